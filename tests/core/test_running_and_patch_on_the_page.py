"""The page's side of `running=` (C-2 item 3) and `Patch` (O-7), on the headless page: the running
values while a request is in flight, and what the page does with a Patch that cannot apply.
Their counterparts on real Dash are the conformance scenarios C-2-running-values-around-a-request
and O-7-*, and tests/browser/test_running_and_patch.py."""
from __future__ import annotations

from learndash import Dash, Input, Output, Patch, dcc, html
from learndash.testing import AppHarness


def test_running_values_show_while_the_request_is_in_flight():
    """C-2 item 3: the "on" values are on the page while the callback runs, the "off" values after."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("save", id="save"), html.Div(id="status", children="idle"), html.Div(id="out")])
    seen = []

    @app.callback(Output("out", "children"), Input("save", "n_clicks"), prevent_initial_call=True,
                  running=[(Output("save", "disabled"), True, False), (Output("status", "children"), "saving", "done")])
    def save(n_clicks):
        seen.append((page.get_prop("save", "disabled"), page.text("status")))
        return f"saved {n_clicks}"

    page = AppHarness(app)
    assert page.get_prop("save", "disabled") is None  # prevented at load: running= never applied
    page.click("save")
    assert seen == [(True, "saving")]
    assert (page.get_prop("save", "disabled"), page.text("status"), page.text("out")) == (False, "done", "saved 1")


def test_running_off_values_are_written_when_the_callback_fails():
    """C-2 item 3, O-8: the "off" values arrive with the error too, so a button is not left disabled."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True,
                  running=[(Output("go", "disabled"), True, False)])
    def fail(n_clicks):
        raise RuntimeError("broken")

    page = AppHarness(app, raise_on_error=False)
    page.click("go")
    assert page.get_prop("go", "disabled") is False
    assert [e.title for e in page.errors] == ["Callback error updating out.children"]


def test_running_target_missing_is_a_page_error_unless_suppressed():
    """C-2 item 3: a running Output that is not on the page is reported, as Dash's dev tools do."""

    def build(**options):
        app = Dash(__name__, **options)
        app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out")])
        app.callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True,
                     running=[(Output("spinner", "children"), "...", "")])(lambda n: n)
        return app

    page = AppHarness(build(suppress_callback_exceptions=True), raise_on_error=False)
    page.click("go")
    assert page.errors == [] and page.text("out") == "1"
    page = AppHarness(build(), raise_on_error=False)
    page.click("go")
    assert {e.title for e in page.errors} == {"ID running component not found in layout"}
    assert "running=[(Output('spinner', ...), ...)]" in page.errors[0].message


def test_patch_of_a_prop_with_no_value_fails_the_whole_answer():
    """O-7: Dash shows "Cannot patch undefined" and writes nothing of that answer; learndash says
    which callback, which prop, and how to fix it."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), dcc.Store(id="store"), html.Div(id="note", children="before")])

    @app.callback(Output("store", "data"), Output("note", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def grow(n_clicks):
        patch = Patch()
        patch.append(n_clicks)
        return patch, "after"

    page = AppHarness(app, raise_on_error=False)
    page.click("go")
    assert page.get_prop("store", "data") is None and page.text("note") == "before"
    [error] = page.errors
    assert error.title == "Cannot patch undefined"
    assert "grow()" in error.message and "'data'" in error.message and "data=[]" in error.message
