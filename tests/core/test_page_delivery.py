"""How the page reaches the browser: the layout and dependencies inside the index page, the renderer
modules bundled into one versioned script, caching and compression (rules W-1, W-2, W-5, W-10, I-1).

The embedded JSON must be the very text the endpoints serve, so the renderer starts from the same
state whether it reads the page or fetches; real Dash is the oracle for how often a layout function
runs per page load.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import dash
import pytest

import learndash
from learndash.bundle import BundleError, build_bundle, renderer_bundle, variable_for
from learndash.page import has_graph
from learndash.server import BUNDLE_URL
from learndash.shrink import ShrinkError, shrink

STATIC = Path(learndash.__file__).parent / "static"


def small_app(lib, layout=None):
    app = lib.Dash(__name__, title="Delivery")
    app.layout = layout or lib.html.Div([lib.dcc.Input(id="name", value="world"), lib.html.Div(id="greeting")])

    @app.callback(lib.Output("greeting", "children"), lib.Input("name", "value"))
    def greet(name):
        return f"Hello {name}"

    return app


def embedded(page: str, element_id: str) -> str:
    """The text of `<script id=element_id type="application/json">` in the page."""
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match, f"no {element_id} element in the page"
    return match.group(1)


def test_index_embeds_the_layout_and_dependencies_the_endpoints_serve():
    """W-2, W-5, I-1: the page carries the same JSON as /_dash-layout and /_dash-dependencies."""
    client = small_app(learndash).server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert json.loads(embedded(page, "_dash-layout")) == client.get("/_dash-layout").get_json()
    assert json.loads(embedded(page, "_dash-dependencies")) == client.get("/_dash-dependencies").get_json()


def test_embedded_json_cannot_end_its_script_element():
    """W-10: a prop holding "</script>" stays a string in the page; it does not close the element."""
    hostile = "</script><script>alert(1)</script>&"
    app = small_app(learndash, learndash.html.Div([learndash.dcc.Input(id="name", value=hostile), learndash.html.Div(id="greeting")]))
    page = app.server.test_client().get("/").get_data(as_text=True)
    layout = json.loads(embedded(page, "_dash-layout"))
    assert layout["props"]["children"][0]["props"]["value"] == hostile
    assert page.count("</script>") == page.count("<script")


@pytest.mark.parametrize("lib", [dash, learndash], ids=["dash", "learndash"])
def test_a_layout_function_runs_once_per_page_load(lib):
    """W-1, W-2: one page load calls a layout function once. Dash's page fetches /_dash-layout
    after the index; learndash's page reads the layout embedded in the index. (Dash also calls it
    when the layout is set and on its first request, to validate; so count a later load.)"""
    calls = []

    def serve():
        calls.append(1)
        return lib.html.Div([lib.dcc.Input(id="name", value=str(len(calls))), lib.html.Div(id="greeting")])

    app = small_app(lib, serve)
    client = app.server.test_client()

    def load_page():
        client.get("/")
        if lib is dash:
            client.get("/_dash-layout")

    load_page()
    before = len(calls)
    load_page()
    assert len(calls) - before == 1


def test_plotly_is_preloaded_only_when_a_graph_is_coming():
    """K-7: a page whose layout holds a dcc.Graph asks for plotly.js with the page; others never do."""
    with_graph = small_app(learndash, learndash.html.Div([learndash.dcc.Input(id="name"), learndash.html.Div(id="greeting"), learndash.dcc.Graph(id="g")]))
    page = with_graph.server.test_client().get("/").get_data(as_text=True)
    plotly_script = re.search(r'<script id="plotly-js" defer src="([^"]+)"></script>', page)
    assert plotly_script and with_graph.server.test_client().get(plotly_script.group(1)).status_code == 200
    # After the renderer's script, so the renderer runs (and sends its requests) first.
    assert page.index('<script type="module"') < plotly_script.start()
    assert "plotly-js" not in small_app(learndash).server.test_client().get("/").get_data(as_text=True)


def test_has_graph_looks_through_nested_children():
    """K-7: a Graph deep in the tree counts; an html element named like it does not."""
    inner = learndash.html.Div(learndash.html.Div([learndash.html.P("x"), learndash.dcc.Graph(id="g")]))
    layout = json.loads(learndash.serialize.to_json(learndash.html.Div([inner])))
    assert has_graph(layout)
    assert not has_graph({"type": "Graph", "namespace": "my_components", "props": {}})


def test_the_page_loads_one_script_the_bundle_of_every_module():
    """I-1: the page asks for one script; it and its chunks hold every renderer module, each
    line of code unchanged but for its indentation and comments (`shrink.py`)."""
    client = small_app(learndash).server.test_client()
    page = client.get("/").get_data(as_text=True)
    scripts = re.findall(r'<script type="module" src="([^"]+)"', page)
    assert len(scripts) == 1 and "modulepreload" not in page
    bundle = renderer_bundle()
    assert client.get(scripts[0]).get_data(as_text=True) == bundle.text
    text = bundle.text + "".join(chunk.text for chunk in bundle.chunks.values())
    for path in STATIC.rglob("*.js"):
        module = path.relative_to(STATIC).as_posix()
        assert f"const {variable_for(module)} = (() => {{\n" in text
        for line in path.read_text().splitlines():
            if line.startswith(("import", "export")) or line.strip().startswith(("*", "/*", "//")) or "import(" in line:
                continue  # imports and exports are rewritten, comments left out
            try:
                code = shrink(line)
            except ShrinkError:  # a line inside a template literal spanning lines
                continue
            assert code.strip() in text, f"{module}: {line!r} is missing from the bundle"


def test_the_dev_tools_are_a_chunk_only_the_debug_page_loads():
    """The dev tools UI (config.ui) is left out of the bundle; the debug page fetches its chunk
    along with the bundle (modulepreload), other pages never."""
    bundle = renderer_bundle()
    assert "module_devtools" not in bundle.text and "class DevTools" in bundle.chunks["devtools.js"].text
    app = small_app(learndash)
    app.debug = True  # what app.run(debug=True) sets
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    preloaded = re.findall(r'<link rel="modulepreload" href="([^"]+)">', page)
    assert preloaded == [BUNDLE_URL.format(version=bundle.chunks["devtools.js"].version)]
    chunk = client.get(preloaded[0])
    assert chunk.get_data(as_text=True) == bundle.chunks["devtools.js"].text
    assert chunk.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    # The bundle imports the chunk by the same name, relative to its own URL.
    assert f'import("./{preloaded[0].rsplit("/", 1)[1]}")' in bundle.text


def test_the_bundle_is_cached_for_a_year_under_its_hash_and_gzipped_when_accepted():
    """The versioned URL never changes meaning, so the browser keeps it; an old hash is not kept."""
    client = small_app(learndash).server.test_client()
    url = re.search(r'<script type="module" src="([^"]+)"', client.get("/").get_data(as_text=True)).group(1)
    plain = client.get(url)
    assert plain.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert plain.mimetype == "text/javascript" and "Content-Encoding" not in plain.headers
    packed = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    stale = client.get(url.replace(renderer_bundle().version, "0" * 16))
    assert stale.headers["Cache-Control"] == "no-cache" and stale.get_data() == plain.get_data()


def test_plotly_js_is_plotlys_own_file_gzipped_when_accepted_and_kept_for_a_year():
    """K-7: the versioned plotly.js URL serves the package's plotly.min.js byte for byte (unpacked),
    compressed for a browser that accepts gzip, and cacheable for a year (the URL names the release)."""
    from importlib import resources

    app = small_app(learndash, learndash.html.Div([learndash.dcc.Input(id="name"), learndash.html.Div(id="greeting"), learndash.dcc.Graph(id="g")]))
    client = app.server.test_client()
    url = re.search(r'<script id="plotly-js" defer src="([^"]+)"></script>', client.get("/").get_data(as_text=True)).group(1)
    shipped = (resources.files("plotly") / "package_data" / "plotly.min.js").read_bytes()
    plain = client.get(url)
    assert plain.get_data() == shipped and "Content-Encoding" not in plain.headers
    assert plain.mimetype == "text/javascript"
    for _ in range(2):  # the second answer comes from the kept compressed copy
        packed = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert packed.headers["Content-Encoding"] == "gzip" and gzip.decompress(packed.get_data()) == shipped
        assert packed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert packed.headers["Vary"] == "Accept-Encoding"


def test_the_index_page_is_gzipped_when_accepted():
    client = small_app(learndash).server.test_client()
    plain = client.get("/").get_data()
    packed = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["Content-Encoding"] == "gzip" and gzip.decompress(packed.get_data()) == plain


def test_the_bundler_turns_imports_into_reads_of_the_imported_module():
    """Named imports (with `as`) and namespace imports read the exports object of the module they name."""
    bundle = build_bundle({
        "main.js": 'import { double as twice } from "./lib/math.js";\nimport * as Math2 from "./lib/math.js";\ntwice(Math2.ONE);\n',
        "lib/math.js": 'import { check } from "../check.js";\nexport const ONE = 1;\nexport function double(x) {\n  return check(x) * 2;\n}\n',
        "check.js": "/** Docs live in the module. */\nexport function check(x) {\n  return x;\n}\n",
    })
    text = bundle.text
    assert text.index("const module_check =") < text.index("const module_lib_math =") < text.index("const module_main =")
    assert "const { double: twice } = module_lib_math;" in text
    assert "const Math2 = module_lib_math;" in text
    assert "const { check } = module_check;" in text
    assert "return { ONE, double };" in text
    assert "Docs live in the module" not in text
    assert "export" not in text and "import" not in text


def test_the_rarer_components_are_chunks_a_page_fetches_when_its_layout_holds_them():
    """The bundle leaves out Dropdown, Graph, Markdown and Tabs; a page whose first layout holds
    one has the browser fetch its chunk with the bundle (modulepreload), so it renders at once."""
    bundle = renderer_bundle()
    later = ["components/Dropdown.js", "components/Graph.js", "components/Markdown.js", "components/Tabs.js"]
    assert sorted(bundle.chunks) == later + ["devtools.js"]
    for module in later:
        assert f"const {variable_for(module)} =" not in bundle.text
    lib = learndash
    app = small_app(lib, lib.html.Div([lib.dcc.Input(id="name"), lib.html.Div(id="greeting"), lib.html.Div(lib.dcc.Dropdown(["a"], id="pick"))]))
    page = app.server.test_client().get("/").get_data(as_text=True)
    preloaded = re.findall(r'<link rel="modulepreload" href="([^"]+)">', page)
    assert preloaded == [BUNDLE_URL.format(version=bundle.chunks["components/Dropdown.js"].version)]


def test_a_dynamic_import_becomes_a_chunk_run_with_the_bundles_modules():
    """`import("./x.js")` of a module the bundle does not hold loads a chunk of x.js and what only
    it imports; the chunk gets the bundle's modules it needs, and runs its modules once."""
    bundle = build_bundle({
        "main.js": 'import { ONE } from "./one.js";\nexport const later = () => [import("./tools.js"), import("./one.js")];\n',
        "one.js": "export const ONE = 1;\n",
        "tools.js": 'import { ONE } from "./one.js";\nimport { TWO } from "./two.js";\nexport const THREE = ONE + TWO;\n',
        "two.js": "export const TWO = 2;\n",
    })
    chunk = bundle.chunks["tools.js"]
    assert bundle.file(chunk.version) is chunk and bundle.file(bundle.version) is bundle and bundle.file("0" * 16) is None
    assert f'import("./renderer-{chunk.version}.js").then((chunk) => chunk.load({{ module_one }}))' in bundle.text
    assert "Promise.resolve(module_one)" in bundle.text  # a module the bundle holds is not a chunk
    assert "module_two" not in bundle.text and "module_tools" not in bundle.text
    assert "export function load({ module_one }) {" in chunk.text and "const module_two =" in chunk.text
    assert "const module_one =" not in chunk.text


def test_the_bundler_refuses_what_it_cannot_translate():
    """A form it does not know, a bare import or a cycle is refused, naming the module."""
    with pytest.raises(BundleError, match="main.js: the bundler does not translate"):
        build_bundle({"main.js": "export default 1;\n"})
    with pytest.raises(BundleError, match="only relative imports"):
        build_bundle({"main.js": 'import { x } from "lodash";\n'})
    with pytest.raises(BundleError, match="cycle: main.js → a.js → main.js"):
        build_bundle({"main.js": 'import { a } from "./a.js";\n', "a.js": 'import { m } from "./main.js";\nexport const a = 1;\n'})
    with pytest.raises(BundleError, match="a.js: only the bundle's own modules can import a module when needed"):
        build_bundle({"main.js": 'import("./a.js");\n', "a.js": 'import("./b.js");\n', "b.js": ""})
