"""Hostile content is inert on learndash's page, in real headless Chromium (W-2, K-1, K-8, K-14).

Every vector below is a payload that, if it ran, would post "xss:<name>" to the top window; a
listener installed before the page's own scripts records each one in localStorage (which survives
a navigation). The page is loaded, every clickable vector is clicked, the data-built vectors are
inserted by a callback, and a Location is sent to a javascript: URL; then no flag may be set.
The same detector run on Dash's page proves it can see a payload run: Dash 4.4.1 runs the
srcDoc and Location vectors, which learndash is stricter about (docs: Differences from Dash).
"""
from __future__ import annotations

from typing import Any

import dash

import learndash
from learndash.testing.browser import BrowserHarness


PAYLOADS: set[str] = set()  # every vector's name, as the app is built


def run(name: str) -> str:
    """JavaScript that reports vector `name` when it runs, from any frame of any origin."""
    PAYLOADS.add(name)
    return f"top.postMessage('xss:{name}', '*')"


# Installed in every frame before any page script: records reports, and keeps a click on a link or
# form that learndash blocked (rewritten to about:blank) from unloading the page under test.
DETECTOR = """
window.addEventListener("message", (event) => {
  const data = String(event.data);
  if (data.startsWith("xss:")) { localStorage.setItem(data, "1"); }
});
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("a, area");
  if (link && link.href === "about:blank") { event.preventDefault(); }
}, true);
document.addEventListener("submit", (event) => {
  const submitter = event.submitter;
  const url = submitter && submitter.hasAttribute("formaction") ? submitter.formAction : event.target.action;
  if (url === "about:blank") { event.preventDefault(); }
}, true);
"""

SCRIPT_URLS = {
    "a_href": f"javascript:{run('a_href')}",
    "a_case": f"  JaVaScRiPt:{run('a_case')}",
    "a_tab": f"java\tscript:{run('a_tab')}",
    "a_newline": f"\njavascript:{run('a_newline')}",
    "a_control": f"\x01javascript:{run('a_control')}",
    "a_vbscript": "vbscript:msgbox(1)",
}

DATA_PAGE = f"data:text/html,<script>{run('iframe_data')}</script>"
SVG_PAGE = f"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload=\"{run('embed_svg')}\"/>"


# Raw HTML that an app let into a Markdown with dangerously_allow_html=True.
MARKUP = (
    f'<img src="/no-such-image.png" onerror="{run("markup_onerror")}">'
    f'<a href="javascript:{run("markup_href")}">a</a>'
    f'<svg><a><set attributeName="href" to="javascript:{run("markup_svg_set")}"/><text y="20">svg</text></a></svg>'
    f'<iframe srcdoc="<script>{run("markup_srcdoc")}</script>"></iframe>'
    '<base href="https://example.invalid/">'
)


def html_component(type_: str, props: dict[str, Any], namespace: str = "dash_html_components") -> dict[str, Any]:
    """A component written as data, the way a callback could build one from a database row."""
    return {"type": type_, "namespace": namespace, "props": props}


DATA_VECTORS = [
    html_component("Script", {"children": run("dict_script")}),
    html_component("Iframe", {"srcDoc": f"<script>{run('unknown_iframe')}</script>"}, namespace="evil_components"),
    html_component("iframe", {"srcdoc": f"<script>{run('lowercase_type')}</script>"}),
    html_component("Img", {"id": "bad-img", "src": "/no-such-image.png", "onError": run("on_error"),
                            "ONERROR": run("on_error_upper"), "on error": "x", "1bad": "x"}),
    html_component("A", {"id": "upper-href", "HREF": f"javascript:{run('upper_href')}", "children": "upper"}),
    html_component("Iframe", {"srcdoc": f"<script>{run('srcdoc_lower')}</script>", "sandbox": "allow-scripts"}),
    html_component("Meta", {"http-equiv": "refresh", "content": f"0;url=javascript:{run('meta_refresh')}"}),
    html_component("Div", None),
]


def hostile_app(lib: Any) -> Any:
    html, dcc = lib.html, lib.dcc
    app = lib.Dash(__name__)
    app.layout = html.Div([
        html.Script(run("layout_script"), id="script"),
        *[html.A(name, id=name, href=url) for name, url in SCRIPT_URLS.items()],
        html.Form([html.Button("submit", id="form-submit", type="submit")], action=f"javascript:{run('form_action')}"),
        html.Form([html.Button("formaction", id="formaction", formAction=f"javascript:{run('form_formaction')}")]),
        html.Iframe(src=f"javascript:{run('iframe_src')}"),
        html.Iframe(src=DATA_PAGE),
        html.Iframe(srcDoc=f"<script>{run('srcdoc')}</script>"),
        html.Iframe(srcDoc=f"<script>{run('srcdoc_allow_scripts')}</script>", sandbox="allow-scripts"),
        html.ObjectEl(data=f"javascript:{run('object_data')}"),
        html.Embed(src=f"javascript:{run('embed_src')}"),
        html.Embed(src=SVG_PAGE),
        dcc.Link("link", id="link", href=f"javascript:{run('dcc_link')}"),
        # Markdown link targets end at a space or ")", so this payload has neither (a tagged template).
        dcc.Markdown("[markdown](javascript:top.postMessage`xss:markdown`)", id="markdown"),
        dcc.Markdown(MARKUP, id="markup", dangerously_allow_html=True),
        dcc.Location(id="url"),
        html.Button("inject", id="inject"),
        html.Button("navigate", id="navigate"),
        html.Div(id="injected"),
    ])

    @app.callback(lib.Output("injected", "children"), lib.Input("inject", "n_clicks"), prevent_initial_call=True)
    def inject(_):
        return DATA_VECTORS

    @app.callback(lib.Output("script", "src"), lib.Input("inject", "n_clicks"), prevent_initial_call=True)
    def script_source(_):
        return f"data:text/javascript,{run('script_src_later')}"

    @app.callback(lib.Output("url", "href"), lib.Input("navigate", "n_clicks"), prevent_initial_call=True)
    def navigate(_):
        return f"javascript:{run('location_href')}"

    return app


CLICKED = [*SCRIPT_URLS, "form-submit", "formaction", "link", "inject", "bad-img", "navigate"]
def fired_vectors(page: BrowserHarness, clicked: list[str]) -> list[str]:
    """Load the page with the detector, click `clicked`, and list the vectors that ran."""
    page.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": DETECTOR})
    page.open("/")
    page.execute_script("localStorage.clear();")
    page.open("/")
    for name in clicked:
        page.click(name)
    page.execute_script(
        "document.querySelectorAll('#markdown a, #markup a').forEach((link) =>"
        " link.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})));"
    )
    page.wait_idle()
    # Reports arrive as message events; one posted now arrives after those already sent.
    page.execute_script("window.postMessage('xss:~done', '*');")
    page.wait_until("localStorage.getItem('xss:~done') === '1'")
    keys = page.execute_script("return Object.keys(localStorage);")
    return sorted(key.removeprefix("xss:") for key in keys if key.startswith("xss:") and key != "xss:~done")


def test_no_vector_runs_on_learndashs_page():
    """W-2, K-1, K-8, K-14: no payload runs, whether in the layout, in dict children a callback
    built from data, in any spelling of a URL, or in a Location href a callback sets."""
    with BrowserHarness(hostile_app(learndash)) as page:
        assert fired_vectors(page, CLICKED) == []
        assert len(PAYLOADS) == 30  # all ran through run(), the vbscript and Markdown-link ones are written out
        assert page.execute_script("return document.baseURI") == page.base_url + "/"
        boxes = page.execute_script("return [...document.querySelectorAll('.learndash-unknown-component')].map((e) => e.textContent);")
        assert len(boxes) == 2
        assert 'type "evil_components.Iframe"' in boxes[0] and 'type "dash_html_components.iframe"' in boxes[1]
        titles = [error.title for error in page.errors]
        assert titles.count("Unknown component type") == 2
        assert "Blocked navigation" in titles
        assert page.get_prop("url", "href") == "javascript:" + run("location_href")  # kept, not followed
        assert page.execute_script("return document.querySelector('iframe[srcdoc]').getAttribute('sandbox')") == ""


def test_the_detector_sees_the_vectors_dash_runs():
    """The positive control: on Dash 4.4.1's own page the same detector reports the srcDoc and
    Location vectors, so an empty list above means blocked, not unseen."""
    with BrowserHarness(lambda: hostile_app(dash), dash_mode=True) as page:
        fired = fired_vectors(page, ["navigate"])
    assert {"srcdoc", "location_href"} <= set(fired)


SCRIPT_URL_SPELLINGS = [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " \t javascript:alert(1)", "\x00javascript:alert(1)",
    "java\nscript:alert(1)", "java\rscript:alert(1)", "\u200bjavascript:alert(1)", "\ufeffjavascript:alert(1)",
    "vbscript:msgbox(1)", "VbScRiPt:msgbox(1)", "livescript:x", "data:text/html,<script>x</script>",
    "DATA:TEXT/HTML;base64,PHNjcmlwdD4=", " data:text/html,x", "data:image/svg+xml,<svg onload=x>",
    "data:application/xhtml+xml,x", "data:text/xml,x", "data:text/javascript,x",
]
HARMLESS_URLS = [
    "https://example.com/a?b=javascript:x", "/relative/javascript:x", "#javascript:x", "javascript&colon;alert(1)",
    "data:image/png;base64,iVBORw0KGgo=", "data:text/csv;charset=utf-8,a,b", "data:,hello", "mailto:a@b.c",
    "data:;base64,PHNjcmlwdD4=",  # no type is text/plain: shown as text
    "data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,UEsDBA==",
]


def test_every_spelling_of_a_script_url_is_caught_and_harmless_urls_pass():
    """W-2, K-1: dom.js isScriptUrl reads a URL as a browser does (case, tabs, newlines, control
    and invisible characters) and lets links, files and pictures through."""
    with BrowserHarness(hostile_app(learndash)) as page:
        verdicts = page.execute_async_script(
            """
            const done = arguments[arguments.length - 1];
            import('/_learndash/static/components/dom.js').then((dom) => done(arguments[0].map(dom.isScriptUrl)));
            """,
            SCRIPT_URL_SPELLINGS + HARMLESS_URLS,
        )
    assert verdicts == [True] * len(SCRIPT_URL_SPELLINGS) + [False] * len(HARMLESS_URLS)
