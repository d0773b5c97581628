"""The harness's kept work gives what the readable paths give: the same request bodies and the
same page state (rules C-4, C-6, C-8, P-5, P-9).

A request resolves its Inputs and Outputs several times between two changes of the layout
(pruning C-4.4, readiness C-4.5, the group check I-6, its result C-7); `Request.ids_for` keeps
the answer until the layout index changes. The readable path resolves afresh every time. An app
that adds and removes MATCH items makes the index change under queued requests, which is where
a stale answer would show.
"""
from __future__ import annotations

import copy
from typing import Any

from learndash import ALL, MATCH, Dash, Input, Output, State, dcc, html
from learndash.callback_graph import Request
from learndash.patterns import resolve
from learndash.renderer import Page
from learndash.transport import InProcessTransport


class RecordingTransport(InProcessTransport):
    """The in-process transport, keeping every POST body the page sent."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.bodies: list[dict[str, Any]] = []

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        self.bodies.append(copy.deepcopy(body))
        return super().update_component(body)


def items_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([html.Button("add", id="add"), html.Button("drop", id="drop"), html.Div(id="list"), html.Div(id="total")])

    @app.callback(Output("list", "children"), Input("add", "n_clicks"), Input("drop", "n_clicks"), State("list", "children"))
    def edit(added, dropped, children):
        children = list(children or [])
        count = (added or 0) - (dropped or 0)
        while len(children) < count:
            i = len(children)
            children.append(html.Div([dcc.Input(id={"type": "pick", "index": i}, value=i), html.Div(id={"type": "show", "index": i})]))
        return children[: max(count, 0)]

    @app.callback(Output({"type": "show", "index": MATCH}, "children"), Input({"type": "pick", "index": MATCH}, "value"))
    def show(value):
        return f"picked {value}"

    @app.callback(Output("total", "children"), Input({"type": "show", "index": ALL}, "children"))
    def total(shows):
        return " | ".join(shows)

    return app


def run(monkeypatch=None) -> tuple[list[dict], Any]:
    transport = RecordingTransport(items_app())
    page = Page.open(transport)
    for step in [("add", 1), ("add", 2), ("add", 3), ("drop", 1), ("add", 4)]:
        component = page.component_by_id(step[0])
        page.set_props(step[0], {"n_clicks": step[1] if step[0] == "add" else (component["props"].get("n_clicks") or 0) + 1})
        page.settle()
    page.set_props('{"index":1,"type":"pick"}', {"value": "x"})
    page.settle()
    return transport.bodies, page.layout


def test_kept_resolutions_send_the_bodies_and_leave_the_page_that_fresh_ones_do(monkeypatch):
    """C-4/C-6/C-8: items added and removed under queued requests; kept vs afresh."""
    kept_bodies, kept_layout = run()

    def afresh(self: Request, role: str, index) -> list[list[Any]]:
        return [resolve(d, index, self.match_values) for d in getattr(self.callback, role)]

    monkeypatch.setattr(Request, "ids_for", afresh)
    fresh_bodies, fresh_layout = run()
    assert kept_bodies == fresh_bodies
    assert kept_layout == fresh_layout
    assert any("picked x" in str(body) for body in fresh_bodies)  # the scenario reached the MATCH + ALL chain


def test_a_kept_resolution_follows_the_layout_when_items_come_and_go():
    """P-5/P-9: an ALL Output kept by a request names the items on the page now, in ALL order."""
    from learndash.callback_graph import CallbackGraph, parse_callbacks
    from learndash.layout import LayoutIndex

    app = items_app()
    app.prepare()
    graph = CallbackGraph(parse_callbacks(app.dependencies(), {}))
    total = next(c for c in graph.callbacks if c.outputs[0].component_id == "total")
    item = lambda i: {"type": "Input", "namespace": "dash_core_components", "props": {"id": {"type": "show", "index": i}}}
    layout = {"type": "Div", "namespace": "dash_html_components", "props": {"id": "list", "children": [item(0)]}}
    index = LayoutIndex.of(layout)
    request = Request(total, {})
    assert request.ids_for("inputs", index) == [[{"type": "show", "index": 0}]]
    old, layout["props"]["children"] = layout["props"]["children"], [item(0), item(1)]
    index.replace_subtree(old, layout["props"]["children"], ("props", "children"))
    assert request.ids_for("inputs", index) == [[{"type": "show", "index": 0}, {"type": "show", "index": 1}]]
    old, layout["props"]["children"] = layout["props"]["children"], [item(1)]
    index.replace_subtree(old, layout["props"]["children"], ("props", "children"))
    assert request.ids_for("inputs", index) == [[{"type": "show", "index": 1}]]
