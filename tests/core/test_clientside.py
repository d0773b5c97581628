"""Clientside callbacks (rule C-10): the wire format against real Dash 4.4.1, the headless
harness's V8 engine in process and over HTTP (also against a real Dash server), and the errors
that teach. Scheduling and results are in tests/conformance/clientside.py, on every harness."""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import dash
import pytest

import learndash
from learndash.exceptions import CallbackError, LearndashError
from learndash.testing import AppHarness
from learndash.testing.serving import LocalServer
from learndash.transport import InProcessTransport

ASSETS = str(Path(__file__).parents[1] / "conformance" / "clientside_assets")
SOURCE = "function (value) { return 'got ' + value; }"


def build(lib: Any) -> Any:
    """An inline function and an assets function, written once for both libraries."""
    app = lib.Dash(__name__, assets_folder=ASSETS)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="a"), lib.html.Div(id="out"), lib.html.Div(id="echo"), lib.html.Div(id="server"),
    ])
    app.clientside_callback(SOURCE, lib.Output("out", "children"), lib.Input("inp", "value"))
    lib.clientside_callback(
        lib.ClientsideFunction("shop", "slowEcho"), lib.Output("echo", "children"), lib.Input("out", "children")
    )

    @app.callback(lib.Output("server", "children"), lib.Input("echo", "children"))
    def on_server(echo):
        return f"server: {echo}"

    return app


def inline_scripts(html: str) -> list[str]:
    found = re.findall(r"<script>(.*?)</script>", html, re.DOTALL)
    return [s for s in found if "dash_clientside" in s]


def test_dependencies_and_inline_script_match_dash():
    """C-10, W-5: `clientside_function` names the namespace and function, an inline source lives
    under `_dashprivate_clientside_funcs` named by its SHA-256, and the index page defines it in
    an inline script, as Dash 4.4.1 does (compared with Dash's own bytes)."""
    ld, real = build(learndash).server.test_client(), build(dash).server.test_client()
    keys = ("output", "inputs", "state", "clientside_function", "prevent_initial_call")
    ld_deps = [{k: d[k] for k in keys} for d in ld.get("/_dash-dependencies").get_json()]
    dash_deps = [{k: d[k] for k in keys} for d in real.get("/_dash-dependencies").get_json()]
    assert ld_deps == dash_deps
    assert ld_deps[0]["clientside_function"]["function_name"] == hashlib.sha256(SOURCE.encode()).hexdigest()
    ld_scripts = inline_scripts(ld.get("/").get_data(as_text=True))
    assert len(ld_scripts) == 1 and ld_scripts == inline_scripts(real.get("/").get_data(as_text=True))


def test_assets_are_served_and_loaded_by_the_page():
    """C-10: the app's assets/ scripts are served at /assets/ and the index page loads them."""
    client = build(learndash).server.test_client()
    assert '<script src="/assets/functions.js"></script>' in client.get("/").get_data(as_text=True)
    served = client.get("/assets/functions.js")
    assert served.status_code == 200 and b"slowEcho" in served.data


def test_an_asset_whose_name_has_url_characters_is_linked_so_it_loads(tmp_path):
    """C-10: `#`, `?`, `%` and spaces in an asset's file name are percent-encoded in the page's link,
    so the browser fetches that file (unencoded, `#` would cut the URL and the asset would 404)."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "50% off #1?.js").write_text("window.loaded = true;")
    app = learndash.Dash(__name__, assets_folder=str(tmp_path))
    app.layout = learndash.html.Div()
    client = app.server.test_client()
    url = "/assets/sub/50%25%20off%20%231%3F.js"
    assert f'<script src="{url}"></script>' in client.get("/").get_data(as_text=True)
    served = client.get(url)
    assert served.status_code == 200 and served.data == b"window.loaded = true;"


@pytest.mark.parametrize("lib", [learndash, dash], ids=["learndash-server", "dash-server"])
def test_headless_harness_runs_clientside_functions_of_a_server_over_http(lib):
    """C-10, W-1: over HTTP the harness reads the scripts from the index page (asset scripts and
    the inline script), so it runs a real Dash app's clientside callbacks too."""
    with LocalServer(build(lib).server) as server:
        harness = AppHarness.connect(server.base_url)
        assert harness.get_prop("server", "children") == "server: echo: got a"
        harness.set_props("inp", {"value": "b"})
        assert harness.get_prop("server", "children") == "server: echo: got b"


def test_a_throwing_function_is_a_page_error_naming_the_outputs():
    """C-10, W-8: a JavaScript error is a callback error on the page; the app keeps running."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="ok"), learndash.html.Div(id="out")])
    app.clientside_callback(
        "function check(v) { if (v === 'bad') { throw new TypeError('bad value: ' + v); } return v; }",
        learndash.Output("out", "children"), learndash.Input("inp", "value"),
    )
    harness = AppHarness(app)
    with pytest.raises(CallbackError, match="bad value: bad"):
        harness.set_props("inp", {"value": "bad"})
    assert harness.errors[-1].title == "Callback error updating out.children"
    assert harness.errors[-1].message == "TypeError: bad value: bad"
    assert harness.calls[-1].callback == "check" and harness.calls[-1].status == "error"
    harness.set_props("inp", {"value": "fine"})
    assert harness.get_prop("out", "children") == "fine"


@pytest.mark.parametrize(
    ("thrown", "message"),
    [
        ("Object.create(null)", "Error: a thrown object with no text form (its toString failed or is missing)"),
        ("{toString() { throw new Error('no'); }}", "Error: a thrown object with no text form (its toString failed or is missing)"),
        ("'plain text'", "Error: plain text"),
        ("null", "Error: null"),
    ],
)
def test_whatever_a_function_throws_is_a_callback_error_not_a_stuck_call(thrown, message):
    """C-10, W-8: JavaScript may throw any value; one with no text form used to reject the call's
    promise, which crashed the harness with V8's JSPromiseError (the page showed a TypeError)."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.html.Button(id="go"), learndash.html.Div("before", id="out")])
    app.clientside_callback(
        f"function fail(n) {{ throw {thrown}; }}",
        learndash.Output("out", "children"), learndash.Input("go", "n_clicks"), prevent_initial_call=True,
    )
    harness = AppHarness(app, raise_on_error=False)
    harness.click("go")
    assert (harness.errors[-1].title, harness.errors[-1].message) == ("Callback error updating out.children", message)
    assert harness.calls[-1].status == "error" and harness.get_prop("out", "children") == "before"


def test_a_missing_assets_function_says_where_to_define_it():
    """C-10: a ClientsideFunction that no script defines is an error naming the namespace, the
    function and the assets/ folder."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback(
        learndash.ClientsideFunction("ui", "nope"), learndash.Output("out", "children"), learndash.Input("inp", "value")
    )
    with pytest.raises(CallbackError, match=r"dash_clientside\.ui\.nope is not a function.*assets/"):
        AppHarness(app)


def test_missing_engine_names_the_extra(monkeypatch):
    """C-10: without mini-racer the harness says which package runs clientside functions headless,
    how to install it, and the browser alternative; apps without clientside callbacks need nothing."""
    monkeypatch.setitem(sys.modules, "py_mini_racer", None)  # `import py_mini_racer` now fails
    plain = learndash.Dash(__name__)
    plain.layout = learndash.html.Div("no JavaScript here", id="x")
    assert AppHarness(plain).text("x") == "no JavaScript here"
    with pytest.raises(LearndashError, match=r"clientside_[0-9a-f]{8}.*mini-racer.*learndash\[clientside\].*BrowserHarness"):
        AppHarness(build(learndash))


def test_the_server_refuses_to_run_a_clientside_callback():
    """C-10: a POST for a clientside callback is answered with an error saying it runs in the page."""
    client = build(learndash).server.test_client()
    body = {"output": "out.children", "outputs": {"id": "out", "property": "children"},
            "inputs": [{"id": "inp", "property": "value", "value": "a"}], "changedPropIds": []}
    answer = client.post("/_dash-update-component", json=body)
    assert answer.status_code == 500
    assert "runs in the page, not on the server" in answer.get_json()["error"]["message"]


def test_clientside_function_must_be_javascript_or_a_reference():
    """C-10: passing a Python function to clientside_callback is a teaching error."""
    with pytest.raises(LearndashError, match=r"takes the JavaScript function first.*ClientsideFunction"):
        learndash.Dash(__name__).clientside_callback(
            lambda v: v, learndash.Output("out", "children"), learndash.Input("inp", "value")
        )


def test_a_script_that_does_not_parse_is_named():
    """C-10: JavaScript with a syntax error stops the headless page with an error that quotes the
    script and says where to fix it."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback("function (v) { return v +; }", learndash.Output("out", "children"), learndash.Input("inp", "value"))
    with pytest.raises(LearndashError, match=r"script 1 of 1 failed.*SyntaxError.*return v \+;.*clientside_callback source"):
        AppHarness(app)


def test_an_endless_clientside_function_is_stopped_and_named(monkeypatch):
    """C-10: the page's JavaScript is the student's code; a clientside callback that never returns
    is stopped at the engine's time limit and becomes a callback error, and the page goes on."""
    monkeypatch.setattr("learndash.clientside_engine.TIMEOUT_S", 0.5)
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback(
        "function spin(v) { while (v === 'loop') {} return v; }",
        learndash.Output("out", "children"), learndash.Input("inp", "value"),
    )
    harness = AppHarness(app, raise_on_error=False)
    harness.set_props("inp", {"value": "loop"})
    assert harness.errors[-1].title == "Callback error updating out.children"
    assert "did not finish within 0.5 seconds" in harness.errors[-1].message
    assert harness.get_prop("out", "children") == "x"
    harness.set_props("inp", {"value": "fine"})
    assert harness.get_prop("out", "children") == "fine"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("var v = 'deep'; for (var i = 0; i < 5000; i++) v = [v]; return v;", "nested deeper than the parser follows"),
        ("var a = []; for (var i = 0; i < 1100000; i++) a.push([]); return a;", "over the limit of 1,000,000"),
        ("dash_clientside.set_props('out', 7); return v;", "set_props('out', 7) needs a component id"),
        ("dash_clientside.set_props(5, {children: v}); return v;", "set_props(5, {'children': 'loop'}) needs a component id"),
    ],
)
def test_a_clientside_answer_the_harness_cannot_read_is_a_callback_error(body, words):
    """C-10: what a clientside function returns or passes to set_props is the student's data, read
    by the harness's (or the grader's) own process: too deep, too large, or of the wrong shape, it
    becomes a callback error naming what was wrong, and the page goes on."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback(
        "function odd(v) { if (v !== 'loop') { return v; } " + body + " }",
        learndash.Output("out", "children"), learndash.Input("inp", "value"),
    )
    harness = AppHarness(app, raise_on_error=False)
    harness.set_props("inp", {"value": "loop"})
    assert harness.errors[-1].title == "Callback error updating out.children"
    assert words in harness.errors[-1].message
    assert harness.get_prop("out", "children") == "x"
    harness.set_props("inp", {"value": "fine"})
    assert harness.get_prop("out", "children") == "fine"


def test_the_set_props_calls_of_a_failed_clientside_callback_are_dropped():
    """C-10, C-2 item 3: a clientside callback that calls set_props and then fails writes nothing,
    and its calls are not taken for the next clientside callback's."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.html.Button(id="first"), learndash.html.Button(id="second"),
                                     learndash.html.Div(id="one"), learndash.html.Div(id="two"), learndash.html.Div("start", id="side")])
    app.clientside_callback(
        "function (n) { if (!n) { return 'init'; } dash_clientside.set_props('side', {children: 'from the first'});"
        " var v = 0; for (var i = 0; i < 3000; i++) v = [v]; return v; }",
        learndash.Output("one", "children"), learndash.Input("first", "n_clicks"),
    )
    app.clientside_callback("function (n) { return n ? 'second ran' : 'init'; }",
                            learndash.Output("two", "children"), learndash.Input("second", "n_clicks"))
    harness = AppHarness(app, raise_on_error=False)
    harness.click("first")
    assert "nested deeper than the parser follows" in harness.errors[-1].message
    harness.click("second")
    assert (harness.text("two"), harness.text("side")) == ("second ran", "start")


@pytest.mark.parametrize(
    "script",
    ["answerClientside = function () { return Promise.resolve(5); };",
     "answerClientside = function () { return Promise.reject(new Error('replaced')); };",
     "JSON.stringify = function () { return 7; };",
     "answerClientside = function () { learndashSetProps.push(['out', {children: 'side'}]); return Promise.resolve([200, 5]); };"],
)
def test_a_script_that_replaces_the_engines_own_functions_gives_callback_errors(script, tmp_path):
    """C-10: the page's scripts share the engine's global scope, as they share the browser's window
    with Dash's renderer; one that replaces the engine's functions breaks the clientside callbacks,
    each a callback error, never the harness."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "replace.js").write_text(script, encoding="utf-8")
    app = learndash.Dash(__name__, assets_folder=str(tmp_path / "assets"))
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback("function echo(v) { return v; }", learndash.Output("out", "children"), learndash.Input("inp", "value"))
    harness = AppHarness(app, raise_on_error=False)
    assert harness.errors[-1].title == "Callback error updating out.children"
    assert "ClientsideError" in harness.errors[-1].message


def test_an_endless_clientside_function_stops_within_the_time_its_transport_has_left():
    """C-10: a grader runs the page's JavaScript in its own process, where no deadline of the child's
    reaches; its transport says how much of the check's time is left (`clientside_seconds`), and an
    endless function is stopped then, not at the engine's own 10 seconds."""

    class CheckTransport(InProcessTransport):
        def clientside_seconds(self) -> float:
            return 0.4

    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback(
        "function spin(v) { while (v === 'loop') {} return v; }",
        learndash.Output("out", "children"), learndash.Input("inp", "value"),
    )
    harness = AppHarness.over(CheckTransport(app), raise_on_error=False)
    harness.set_props("inp", {"value": "loop"})
    assert "did not finish within 0.4 seconds" in harness.errors[-1].message


def test_a_script_that_never_finishes_loading_is_stopped(monkeypatch, tmp_path):
    """C-10: an assets script that loops at load time is stopped at the time limit and named,
    instead of hanging the harness (or a grader)."""
    monkeypatch.setattr("learndash.clientside_engine.TIMEOUT_S", 0.5)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "spin.js").write_text("while (true) {}\n", encoding="utf-8")
    app = learndash.Dash(__name__, assets_folder=str(tmp_path / "assets"))
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value="x"), learndash.html.Div(id="out")])
    app.clientside_callback(
        "function echo(v) { return v; }", learndash.Output("out", "children"), learndash.Input("inp", "value")
    )
    with pytest.raises(LearndashError, match=r"script 1 of 2 failed"):
        AppHarness(app)


@pytest.mark.parametrize("confined, answer", [(False, "8 object"), (True, "undefined undefined")])
def test_only_a_confined_engine_lacks_memory_outside_the_heap(confined, answer):
    """C-10: a grader's engine (`confined`, it runs hostile scripts in the grading process) has no
    array buffers or WebAssembly, whose memory V8's heap limit does not count; the harness's engine
    keeps them, as the browser has them."""
    from learndash.clientside_engine import ClientsideEngine

    function = ("function (v) { return (typeof Float64Array === 'function' ? new Float64Array(1).byteLength : undefined)"
                " + ' ' + typeof globalThis.WebAssembly; }")
    engine = ClientsideEngine([f"window.dash_clientside.probe = {{size: {function}}};"], callback_names=["size"], confined=confined)
    body = {"output": "out.children", "outputs": {"id": "out", "property": "children"},
            "inputs": [{"id": "inp", "property": "value", "value": 1}], "changedPropIds": ["inp.value"]}
    status, reply = engine.answer({"namespace": "probe", "function_name": "size"}, body)
    assert (status, reply["response"]["out"]["children"]) == (200, answer)
