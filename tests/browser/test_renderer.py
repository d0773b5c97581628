"""The renderer in real headless Chromium, each scenario on learndash's page and on Dash's own."""
from __future__ import annotations

import browser_apps as apps


def test_typing_in_an_input_updates_the_div(open_page):
    """Rule C-2 item 1 and K-2: every keystroke writes `value` and fires the callback; the initial
    call (rule I-2) already shows the layout value."""
    page = open_page(apps.text_input_app)
    assert page.text("greeting") == "Hello world"
    page.type_text("name", "Ada")
    assert page.text("greeting") == "Hello Ada"
    assert page.get_prop("name", "value") == "Ada"


def test_chained_radios_never_show_an_inconsistent_pair(open_page):
    """Rule C-11a (C-4 step 5): `display` waits for everything upstream, so it never receives a
    city of the other country, at load or after a click, and runs once per change."""
    seen: list = []
    page = open_page(lambda lib: apps.chained_radios_app(lib, seen))
    assert page.text("display") == "New York City is a city in America"
    assert seen == [("America", "New York City")]
    page.select_option("countries", "Canada")
    assert page.text("display") == "Montreal is a city in Canada"
    assert page.get_prop("cities", "value") == "Montreal"
    assert seen == [("America", "New York City"), ("Canada", "Montreal")]


def test_match_callbacks_follow_components_added_by_a_callback(open_page):
    """Rules C-8 a/b and P-5: each added pair fires its MATCH callback once at insertion, a change
    re-runs only its own MATCH instance, and the ALL callback sees every choice in order."""
    page = open_page(apps.add_chart_app)
    assert page.text("summary") == "nothing"
    page.click("add")
    page.click("add")
    assert page.text({"type": "shown", "index": 1}) == "chose a"
    assert page.text({"type": "shown", "index": 2}) == "chose a"
    assert page.text("summary") == "a a"
    page.set_props({"type": "choice", "index": 2}, {"value": "c"})
    assert page.text({"type": "shown", "index": 2}) == "chose c"
    assert page.text({"type": "shown", "index": 1}) == "chose a"
    assert page.text("summary") == "a c"


def test_text_children_are_text_never_html(open_page):
    """Rule W-2: a string child is rendered as characters, in the layout and from a callback, so
    markup in user data can't run script."""
    page = open_page(apps.xss_app)
    assert page.text("static") == apps.XSS
    page.click("go")
    assert page.text("inner") == apps.XSS
    assert apps.XSS in page.text("dynamic")
    assert page.execute_script("return document.querySelectorAll('img, b').length") == 0
    assert page.execute_script("return window.hacked === undefined")


def test_overlay_lists_a_callback_error_and_the_app_keeps_working(open_learndash_page):
    """Rules O-8 and W-8: a raising callback leaves its output unchanged, the debug overlay shows
    "Callback error updating result.children" with the server's message, and other callbacks and
    later edits keep working."""
    app_builder = apps.failing_app
    page = open_learndash_page(lambda lib: _debug(app_builder(lib)))
    assert page.text("result") == "1/x = 1.0"
    page.type_text("number", "0")
    assert page.text("result") == "1/x = 1.0"
    assert page.text("echo") == "x = 0"
    titles = [error.title for error in page.errors]
    assert "Callback error updating result.children" in titles
    overlay = page.execute_script("return document.querySelector('.learndash-overlay').innerText")
    assert "Callback error updating result.children" in overlay
    assert "ZeroDivisionError" in overlay
    page.type_text("number", "4")
    assert page.text("result") == "1/x = 0.25"


def _debug(app):
    app.debug = True
    return app


def test_console_is_free_of_errors_and_warnings(open_learndash_page):
    """Issue 3: every page works with the console free of errors and warnings, here with every
    interactive core component on one page."""
    page = open_learndash_page(apps.components_app)
    page.click("recolour")
    page.select_option("checklist", "b")
    messages = [m for m in page.console_messages() if m["level"] in ("SEVERE", "WARNING")]
    assert messages == []


def test_core_components_write_their_props_like_dash(open_page):
    """Rules I-9, K-3, K-4, K-6, K-9, K-13: mount writes (Location pathname, Store timestamp,
    Slider drag_value, Tabs value), Dropdown dropping a value no longer offered, Checklist in click
    order, a slider release writing value, Store writing modified_timestamp after data changes."""
    page = open_page(apps.components_app)
    assert page.text("echo-url") == "path /"
    assert page.text("echo-store") == "store {'n': 1} True"
    assert page.text("echo-slider") == "slider 3 3"
    assert page.text("echo-tabs") == "tabs one"
    assert page.text("echo-checklist") == "checklist None"
    page.click("recolour")
    assert page.get_prop("dropdown", "value") is None
    assert page.text("echo-dropdown") == "dropdown None"
    page.select_option("checklist", "c")
    page.select_option("checklist", "a")
    assert page.text("echo-checklist") == "checklist ['c', 'a']"
    page.drag_slider("slider", 7)
    assert page.text("echo-slider") == "slider 7 7"
    page.set_props("tabs", {"value": "two"})
    assert page.text("echo-tabs") == "tabs two"
    before = page.get_prop("store", "modified_timestamp")
    page.set_props("store", {"data": {"n": 2}})
    assert page.text("echo-store") == "store {'n': 2} True"
    assert page.get_prop("store", "modified_timestamp") >= before
    assert page.text("markdown") == "Title\nSome text and <b>html</b>"


def test_links_push_history_and_back_returns(open_page):
    """Rule K-8: a dcc.Link click pushes a history entry that Location writes as pathname; the
    back button writes the old pathname again."""
    page = open_page(apps.pages_app)
    assert page.text("page") == "You are on /"
    page.click("to-2")
    assert page.text("page") == "You are on /page-2"
    page.back()
    assert page.text("page") == "You are on /"


def test_graph_draws_the_figure_and_reports_clicks(open_page):
    """Rule K-7: the figure from a callback is drawn by plotly.js; a click on a point writes
    clickData with the point's x."""
    page = open_page(apps.graph_app)
    assert page.text("clicked") == "none"
    page.wait_until("document.querySelectorAll('#graph .main-svg').length > 0")
    page.set_props("graph", {"clickData": {"points": [{"x": 2, "y": 1, "curveNumber": 0, "pointNumber": 1}]}})
    assert page.text("clicked") == "x=2"
    page.select_option("kind", "bar")
    assert page.get_prop("graph", "figure")["data"][0]["type"] == "bar"


def test_a_page_without_a_graph_never_loads_plotly(open_learndash_page):
    """plotly.js is loaded only when a dcc.Graph mounts, so simple pages stay small."""
    page = open_learndash_page(apps.text_input_app)
    loaded = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert not [name for name in loaded if "plotly" in name]
    assert page.execute_script("return window.Plotly === undefined")


def test_multi_output_no_update_and_prevent_update(open_page):
    """Rules O-1 to O-3: a multi-output callback writes both outputs; no_update leaves one output
    alone and fires nothing downstream of it; PreventUpdate (a 204) changes nothing at all."""
    calls: list = []
    page = open_page(lambda lib: apps.outputs_app(lib, calls))
    assert (page.text("upper"), page.text("length"), page.text("downstream")) == ("START", "5", "after START")
    page.set_props("word", {"value": "stop"})
    assert (page.text("upper"), page.text("length")) == ("START", "5")
    page.set_props("word", {"value": "same"})
    assert (page.text("upper"), page.text("length")) == ("START", "4")
    assert calls == ["START"]
    page.set_props("word", {"value": "go"})
    assert page.text("downstream") == "after GO"
    assert calls == ["START", "GO"]


def test_protocol_js_matches_the_python_wire_format(open_learndash_page):
    """Rules W-3, W-4: protocol.js writes ids and output strings exactly as protocol.py does, and
    parses them back."""
    from learndash.protocol import stringify_id

    page = open_learndash_page(apps.text_input_app)
    ids = ["out", {"type": "item", "index": 1}, {"b": True, "a": "x y", "c": 2.5}]
    result = page.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        import('/_learndash/static/protocol.js').then((p) => done({
          strings: arguments[0].map(p.stringifyId),
          back: arguments[0].map((id) => p.parseId(p.stringifyId(id))),
          split: p.splitPropId('{"a":1}.value'),
          outputs: p.parseCallbackOutputId('..a.children...{"i":["ALL"]}.value@abc..'),
        }));
        """,
        ids,
    )
    assert result["strings"] == [stringify_id(each) for each in ids]
    assert result["back"] == ids
    assert result["split"] == {"idString": '{"a":1}', "property": "value"}
    assert result["outputs"] == {
        "multi": True,
        "outputs": [{"id": "a", "property": "children"}, {"id": {"i": ["ALL"]}, "property": "value@abc"}],
    }


def test_a_page_without_embedded_json_fetches_the_layout_and_dependencies(open_learndash_page):
    """Rule I-1: the renderer reads the layout and dependencies the index embeds, and still works
    from a page that does not embed them, fetching /_dash-layout and /_dash-dependencies as Dash's
    renderer does."""
    import re

    def build(lib):
        app = apps.text_input_app(lib)

        @app.server.get("/fetches")
        def page_without_embedded_json():
            page = app.server.test_client().get("/").get_data(as_text=True)
            return re.sub(r'<script id="_dash-(layout|dependencies)".*?</script>', "", page, flags=re.DOTALL)

        return app

    page = open_learndash_page(build, url="/fetches")
    assert page.text("greeting") == "Hello world"
    fetched = page.execute_script("return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);")
    assert "/_dash-layout" in fetched and "/_dash-dependencies" in fetched
    page.type_text("name", "Ada")
    assert page.text("greeting") == "Hello Ada"


def test_a_clientside_function_throwing_a_value_with_no_text_form_is_a_callback_error(open_learndash_page):
    """C-10, W-8: `throw Object.create(null)` is a callback error with the same text as in the headless
    harness (clientside.js runs in both; the page used to show the TypeError of its own failed
    String(), the harness crashed); the next click runs the callback again."""
    def build(lib):
        app = lib.Dash(__name__)
        app.layout = lib.html.Div([lib.html.Button(id="go"), lib.html.Div("before", id="out")])
        app.clientside_callback(
            "function fail(n) { if (n === 1) { throw Object.create(null); } return 'click ' + n; }",
            lib.Output("out", "children"), lib.Input("go", "n_clicks"), prevent_initial_call=True,
        )
        return _debug(app)

    page = open_learndash_page(build)
    page.click("go")
    assert [(error.title, error.message) for error in page.errors] == [
        ("Callback error updating out.children", "Error: a thrown object with no text form (its toString failed or is missing)")
    ]
    assert page.text("out") == "before"
    page.click("go")
    assert page.text("out") == "click 2"
