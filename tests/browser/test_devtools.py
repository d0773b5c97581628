"""Dev tools beyond Dash (debug=True): the bar, the Callbacks panel with the callback graph and the
trace of each user action. The trace is the same JSON as `CallRecord.to_json()`: the browser's
`window.learndash.calls` equals `AppHarness.calls` for the same app and actions."""
from __future__ import annotations

import os
from pathlib import Path

from learndash import MATCH, Dash, Input, Output, State, dcc, html
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

SCREENSHOT = Path(__file__).parents[2] / "docs" / "img" / "devtools-callbacks.png"


def shop(lib=None):
    """A chain with a clientside step, a State, a prevented call and an error."""
    app = Dash(__name__)
    app.layout = html.Div([
        dcc.Input(id="qty", type="number", value=1),
        dcc.Input(id="price", type="number", value=3),
        html.Div(id="total"),
        html.Div(id="label"),
        html.Div(id="shout"),
    ])

    @app.callback(Output("total", "children"), Input("qty", "value"), State("price", "value"))
    def compute_total(qty, price):
        if qty == 0:
            raise PreventUpdate
        if qty < 0:
            raise ValueError("a negative quantity")
        return qty * price

    @app.callback(Output("label", "children"), Input("total", "children"))
    def describe(total):
        return f"Total: {total}"

    app.clientside_callback(
        "function shout(label) { return (label || '').toUpperCase(); }",
        Output("shout", "children"), Input("label", "children"),
    )
    return app


def act(page):
    page.set_props("qty", {"value": 4})
    page.set_props("qty", {"value": 0})
    page.set_props("qty", {"value": -1})


def test_the_browser_trace_is_the_harness_trace(open_learndash_page):
    """Dev tools, W-6, C-10: the same actions give the same trace entries, in order, in the
    browser (window.learndash.calls) and headless (AppHarness.calls, CallRecord.to_json())."""
    headless = AppHarness(shop(), raise_on_error=False)
    act(headless)
    page = open_learndash_page(lambda lib: shop())
    act(page)
    browser_trace = page.execute_script("return window.learndash.calls;")
    assert browser_trace == [record.to_json() for record in headless.calls]
    assert page.page_calls() == headless.calls
    assert [(r["callback"], r["status"]) for r in browser_trace][-3:] == [
        ("shout", "ok"), ("compute_total", "prevented"), ("compute_total", "error"),
    ]
    assert browser_trace[-1]["inputs"] == {"qty.value": -1} and browser_trace[-1]["states"] == {"price.value": 3}


def test_callbacks_panel_draws_the_graph_and_the_trace(open_learndash_page):
    """Dev tools: with debug=True the bar offers Errors (n) and Callbacks (n); the Callbacks panel
    draws every callback and prop of the graph, highlights what the last action fired, and lists
    each action's calls in order with their status. Its screenshot is in the docs."""
    def debug_app(lib):
        app = shop()
        app.debug = True
        return app

    page = open_learndash_page(debug_app)
    act(page)
    bar = page.execute_script("return [...document.querySelectorAll('.learndash-devtools button')].map(b => b.textContent);")
    assert bar == ["Errors (1)", "Callbacks (8)"]
    page.execute_script("document.querySelector('.learndash-devtools button[data-panel=callbacks]').click();")
    graph = page.execute_script(
        "return [...document.querySelectorAll('.learndash-graph g')].map(g => [g.getAttribute('class'), g.querySelector('title').textContent]);"
    )
    assert ["learndash-graph-callback learndash-graph-fired", "compute_total"] in graph
    assert ["learndash-graph-clientside", "shout"] in graph
    assert ["learndash-graph-prop", "price.value"] in graph
    assert page.execute_script("return document.querySelectorAll('.learndash-graph-edge').length;") == 7  # 3 callbacks: 4 reads, 3 writes
    actions = page.execute_script(
        "return [...document.querySelectorAll('.learndash-trace-action summary')].map(s => s.textContent);"
    )
    assert actions == [
        "edit qty.value: compute_total",
        "edit qty.value: compute_total",
        "edit qty.value: compute_total → describe → shout",
        "page load: compute_total → describe → shout",
    ]
    statuses = page.execute_script(
        "return [...document.querySelectorAll('.learndash-trace-action')].map(d => d.querySelector('tr:last-child td:last-child').textContent);"
    )
    assert statuses == ["error", "prevented", "ok", "ok"]
    page.execute_script(
        "document.querySelector('.learndash-devtools button[data-panel=errors]').click();"
        "const actions = document.querySelectorAll('.learndash-trace-action');"
        "actions[0].open = false; actions[2].open = true;"
    )
    assert page.execute_script("return document.querySelector('.learndash-overlay').hidden;") is True
    if os.environ.get("LEARNDASH_SCREENSHOTS"):  # refresh the docs' picture: LEARNDASH_SCREENSHOTS=1 pytest ...
        page.screenshot(SCREENSHOT)


def rows_app(lib=None):
    """A callback returns rows; a MATCH callback then fills each row's label on the page."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("Add", id="add"), html.Div(id="rows")])

    @app.callback(Output("rows", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def make_rows(n_clicks):
        return [html.Div([dcc.Input(id={"kind": "row", "i": i}, value=f"r{i}"), html.Div(id={"kind": "label", "i": i})]) for i in range(2)]

    @app.callback(Output({"kind": "label", "i": MATCH}, "children"), Input({"kind": "row", "i": MATCH}, "value"))
    def label(value):
        return value.upper()

    return app


def test_the_trace_keeps_each_answer_as_it_arrived(open_learndash_page):
    """Dev tools, W-7: a call's outputs in the trace are what the server answered, even after the
    page edits what it wrote (here a later callback fills the returned rows' labels), in both
    twins: found by the twin drift probe, where the trace showed the labels as already filled."""
    headless = AppHarness(rows_app())
    headless.click("add")
    page = open_learndash_page(lambda lib: rows_app())
    page.click("add")
    for trace in (headless.calls, page.page_calls()):
        answered = next(r for r in trace if r.callback == "make_rows").outputs["rows.children"]
        labels = [row["props"]["children"][1]["props"].get("children") for row in answered]
        assert labels == [None, None]
