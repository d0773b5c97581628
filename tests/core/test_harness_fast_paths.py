"""The harness's kept work gives what the readable paths give: the same request bodies and the
same page state (rules C-4, C-6, C-8, C-9, P-5, P-9).

A lone queued request is taken without walking the graph (`renderer.ready_requests`): readiness
(C-4.5) or, when it waits only on itself, the deadlock break (C-4.6) would take it too.

A request resolves its Inputs and Outputs several times between two changes of the layout
(pruning C-4.4, readiness C-4.5, the group check I-6, its body C-6, its result C-7); `Request.ids_for` keeps
the answer until the layout index changes. The readable path resolves afresh every time. An app
that adds and removes MATCH items makes the index change under queued requests, which is where
a stale answer would show.
"""
from __future__ import annotations

import copy
from typing import Any

from learndash import ALL, MATCH, Dash, Input, Output, State, dcc, html
from learndash.callback_graph import Request, WireCallback
from learndash.patterns import resolve
from learndash import renderer
from learndash.renderer import Page
from learndash.scheduler import break_deadlock
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


def chain_app() -> Dash:
    """A 3-callback chain beside a cycle through two callbacks (C-9) and a two-way sync (R-3)."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id=name, value=0) for name in ("a", "b", "c", "d", "celsius", "fahrenheit", "x", "y")])
    for source, target in (("a", "b"), ("b", "c"), ("c", "d")):
        app.callback(Output(target, "value"), Input(source, "value"))(lambda value: (value or 0) + 1)

    @app.callback(Output("fahrenheit", "value"), Input("celsius", "value"))
    def to_f(c):
        return c * 9 / 5 + 32

    @app.callback(Output("celsius", "value"), Input("fahrenheit", "value"))
    def to_c(f):
        return (f - 32) * 5 / 9

    @app.callback(Output("x", "value"), Output("y", "value"), Input("x", "value"), Input("y", "value"))
    def sync(x, y):
        return (x, x) if x != y else (x, y)

    return app


ITEM_STEPS = [("add", {"n_clicks": 1}), ("add", {"n_clicks": 2}), ("add", {"n_clicks": 3}), ("drop", {"n_clicks": 1}),
              ("add", {"n_clicks": 4}), ('{"index":1,"type":"pick"}', {"value": "x"})]
CHAIN_STEPS = [("a", {"value": 5}), ("celsius", {"value": 100}), ("x", {"value": 7}), ("fahrenheit", {"value": 50})]


def run(make_app=items_app, steps=ITEM_STEPS) -> tuple[list[dict], Any, list]:
    transport = RecordingTransport(make_app())
    page = Page.open(transport)
    for id_str, props in steps:
        page.set_props(id_str, props)
        page.settle()
    return transport.bodies, page.layout, [(e.title, e.message) for e in page.errors]


def test_a_lone_request_is_taken_as_the_readable_scheduler_takes_it(monkeypatch):
    """C-4.5, C-4.6, C-9, R-3: the same bodies, page and errors as readiness + deadlock break."""
    kept = [run(), run(chain_app, CHAIN_STEPS)]

    def readable(queue, graph, index):
        return graph.ready_to_run(queue, index) or break_deadlock(queue, graph, index)

    monkeypatch.setattr(renderer, "ready_requests", readable)
    assert [run(), run(chain_app, CHAIN_STEPS)] == kept
    assert any(title == "Circular Dependencies" for title, _ in kept[1][2])  # the cycle was on the page


def test_kept_resolutions_send_the_bodies_and_leave_the_page_that_fresh_ones_do(monkeypatch):
    """C-4/C-6/C-8: items added and removed under queued requests; kept vs afresh."""
    kept_bodies, kept_layout, _ = run()

    def afresh(self: Request, role: str, index) -> list[list[Any]]:
        return [resolve(d, index, self.match_values) for d in getattr(self.callback, role)]

    monkeypatch.setattr(Request, "ids_for", afresh)
    fresh_bodies, fresh_layout, _ = run()
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


def test_a_request_alone_under_its_key_comes_out_of_merging_unchanged():
    """C-4.2: merging one request keeps its callback, MATCH values, changed props (DIRECT and
    INDIRECT as they were), initial flag, execution group and predecessors; duplicates still merge."""
    from learndash.callback_graph import DIRECT, INDIRECT, CallbackGraph, parse_callbacks
    from learndash.scheduler import merge_duplicates

    app = items_app()
    app.prepare()
    callbacks = CallbackGraph(parse_callbacks(app.dependencies(), {})).callbacks
    show = next(c for c in callbacks if isinstance(c.outputs[0].component_id, dict))
    total = next(c for c in callbacks if c.outputs[0].component_id == "total")
    lone = Request(show, {"index": 2}, {'{"index":2,"type":"pick"}.value': DIRECT, "x.value": INDIRECT},
                   initial_call=True, execution_group=3, predecessors=(total,))
    first = Request(total, {}, {"a.value": INDIRECT}, execution_group=1)
    second = Request(total, {}, {"a.value": DIRECT, "b.value": INDIRECT}, execution_group=2)
    merged = merge_duplicates([first, lone, second])
    assert [(r.callback, r.match_values, r.changed_prop_ids, r.initial_call, r.execution_group, r.predecessors) for r in merged] == [
        (total, {}, {"a.value": DIRECT, "b.value": INDIRECT}, False, 2, ()),
        (show, {"index": 2}, {'{"index":2,"type":"pick"}.value': DIRECT, "x.value": INDIRECT}, True, 3, (total,)),
    ]


def test_the_callbacks_on_a_dict_id_are_what_a_fresh_graph_finds():
    """P-3: asked again and in any order, a graph names the same (callback, dependency) pairs for
    an id as a graph asked once; ids equal to JavaScript (`1`, `1.0`) share them, `"1"` and `True` do not."""
    from learndash.callback_graph import CallbackGraph, parse_callbacks

    app = Dash(__name__)
    app.layout = html.Div(id="root")
    app.config.suppress_callback_exceptions = True
    app.callback(Output({"type": "show", "index": MATCH}, "children"), Input({"type": "pick", "index": MATCH}, "value"))(str)
    app.callback(Output("root", "title"), Input({"type": "pick", "index": 1}, "value"))(str)
    app.callback(Output("root", "children"), Input({"type": "pick", "index": ALL}, "value"))(str)
    app.prepare()
    callbacks = parse_callbacks(app.dependencies(), {})
    ids = [{"type": "pick", "index": v} for v in (1, 1.0, "1", True, 2)] + [{"type": "show", "index": 1}, {"index": 1}, "root"]
    kept = CallbackGraph(callbacks)
    for component_id in ids + ids[::-1]:
        fresh = CallbackGraph(callbacks)
        assert kept.inputs_on(component_id) == fresh.inputs_on(component_id)
        assert kept.outputs_on(component_id) == fresh.outputs_on(component_id)
    assert len(kept.inputs_on({"type": "pick", "index": 1.0})) == 3
    assert len(kept.inputs_on({"type": "pick", "index": "1"})) == 2
    assert len(kept.inputs_on({"type": "pick", "index": True})) == 2


def numbers_app() -> Dash:
    """Values whose JSON numbers a browser reads its own way (10.0 is 10), in lists and State."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="x", value=1.5), dcc.Checklist([1, 2.5, -0.5], [1.0, 2.5, -0.5], id="picked"),
                           html.Div(id="out"), html.Div(id="text")])

    @app.callback(Output("out", "children"), Input("x", "value"), State("picked", "value"))
    def scale(x, picked):
        picked.append(x)  # the callback's copy: the page's value must not change
        return [x * 2, 10.0, picked, 2**60, 1e300]

    @app.callback(Output("text", "children"), Input("out", "children"))
    def show(values):
        return repr(values)

    return app


NUMBER_STEPS = [("x", {"value": 2.0}), ("x", {"value": 0.1}), ("x", {"value": "7"})]


def page_trace(make_app, steps) -> tuple[Any, list, list, list]:
    """(layout, call records, errors, bodies the server received) after `steps`."""
    transport = RecordingTransport(make_app())
    page = Page.open(transport)
    for id_str, props in steps:
        page.set_props(id_str, props)
        page.settle()
    return page.layout, [c.to_json() for c in page.calls], [(e.title, e.message) for e in page.errors], transport.bodies


def test_one_json_round_trip_per_direction_leaves_the_page_two_round_trips_leave(monkeypatch):
    """W-6, W-7, W-9: the in-process transport writes the request body once and reads the answer's
    text once; the readable path sent both through `dumps` + `loads_like_javascript` again, as
    values. Same page, same calls, same errors, and the page's own values are never the callback's."""
    from learndash import transport as transport_module
    from learndash.execute import update_component_answer
    from learndash.protocol import dumps, loads_like_javascript

    scenarios = [(numbers_app, NUMBER_STEPS), (items_app, ITEM_STEPS), (chain_app, CHAIN_STEPS)]
    kept = [page_trace(*scenario) for scenario in scenarios]

    def readable(self: InProcessTransport, body: dict[str, Any]) -> tuple[int, Any]:
        status, text = update_component_answer(self.app.callback_registry, loads_like_javascript(dumps(body)), debug=self.debug)
        return status, None if text is None else loads_like_javascript(dumps(loads_like_javascript(text)))

    monkeypatch.setattr(transport_module.InProcessTransport, "update_component", readable)
    assert [page_trace(*scenario) for scenario in scenarios] == kept
    layout, calls, _, _ = kept[0]
    picked = next(c for c in layout["props"]["children"] if c["props"]["id"] == "picked")
    assert picked["props"]["value"] == [1, 2.5, -0.5]  # untouched by the callback's append
    doubled = next(c["outputs"]["out.children"] for c in calls if c["inputs"] == {"x.value": 2})
    assert doubled[:2] == [4, 10] and type(doubled[1]) is int  # 10.0 arrives as JavaScript reads it


def test_the_stack_walk_visits_what_the_recursive_walk_visits():
    """W-2, P-9: components and their paths in the same depth-first pre-order as a recursive walk."""
    from learndash.layout import is_component, walk_components

    def recursive(node: Any, path: tuple = ()):
        if isinstance(node, list):
            for index, child in enumerate(node):
                yield from recursive(child, path + (index,))
        elif is_component(node):
            yield path, node
            children = node["props"].get("children")
            if isinstance(children, (list, dict)):
                yield from recursive(children, path + ("props", "children"))

    from learndash.protocol import dumps, loads_like_javascript

    layout = loads_like_javascript(dumps(html.Div([
        html.Div([html.P("a", id="p"), [dcc.Input(id="i"), "text", None, html.B(html.I(id="deep"))]], id="outer"),
        html.Div(children={"props": None, "type": "data"}), html.Span(), [], html.Div([html.Div([html.Div(id="last")])]),
    ], id="root")))
    for node in (layout, layout["props"]["children"], [layout, layout], "text", None):
        assert list(walk_components(node, ("start",))) == list(recursive(node, ("start",)))
    assert [c["props"].get("id") for _, c in walk_components(layout)][:6] == ["root", "outer", "p", "i", None, "deep"]


def test_the_kept_index_is_the_index_of_the_layout_after_every_step():
    """C-1, C-8: whatever re-indexing a write skips (a text replaced by a text), the page's index
    names every id at the path a fresh index of its layout finds."""
    from learndash.layout import LayoutIndex

    for make_app, steps in [(items_app, ITEM_STEPS), (numbers_app, NUMBER_STEPS), (chain_app, CHAIN_STEPS)]:
        page = Page.open(InProcessTransport(make_app()))
        for id_str, props in [(None, None)] + steps:
            if id_str is not None:
                page.set_props(id_str, props)
                page.settle()
            fresh = LayoutIndex.of(page.layout)
            assert (page.index.paths, page.index.ids) == (fresh.paths, fresh.ids)


def patch_app() -> Dash:
    """A list grown by Patches and reset by a whole value, set_props Patches, and a Patch on a
    prop with no value, which fails (O-7, C-2 item 3)."""
    from learndash import Patch, set_props

    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="grow"), html.Button(id="reset"), html.Button(id="bad"), html.Div(id="items", children=[]),
                           html.Div(id="count"), html.Div(id="side", children=["start"])])

    @app.callback(Output("items", "children"), Input("grow", "n_clicks"), prevent_initial_call=True)
    def grow(n):
        side, patch = Patch(), Patch()
        side.append(f"grew {n}")
        set_props("side", {"children": side})
        patch.append(n)
        return patch

    @app.callback(Output("items", "children", allow_duplicate=True), Input("reset", "n_clicks"), prevent_initial_call=True)
    def reset(n):
        return [0]

    @app.callback(Output("count", "title"), Input("bad", "n_clicks"), prevent_initial_call=True)
    def bad(n):
        patch = Patch()
        patch.append(n)
        return patch

    @app.callback(Output("count", "children"), Input("items", "children"))
    def count(items):
        return len(items or [])

    return app


PATCH_STEPS = [("grow", {"n_clicks": 1}), ("grow", {"n_clicks": 2}), ("reset", {"n_clicks": 1}), ("grow", {"n_clicks": 3}),
               ("bad", {"n_clicks": 1}), ("grow", {"n_clicks": 4})]


def test_the_kept_shortcuts_send_the_bodies_and_leave_the_page_that_the_readable_steps_do(monkeypatch):
    """O-7, C-4.4: an answer without a Patch is written as it came, and pruning keeps the changed
    props when their ids are all on the page; the readable steps (every answer through
    `patch_props`, the changed props rebuilt) send the same bodies and leave the same page and
    errors."""
    scenarios = [(items_app, ITEM_STEPS), (chain_app, CHAIN_STEPS), (patch_app, PATCH_STEPS)]
    kept = [run(make_app, steps) for make_app, steps in scenarios]

    def prune_by_outputs(requests: list, graph: Any, index: Any) -> list:
        kept_requests = []
        for request in requests:
            if request.callback.outputs and not any(graph.resolve_outputs(request, index)):
                continue
            request.changed_prop_ids = {
                p: k for p, k in request.changed_prop_ids.items() if p.rpartition(".")[0] in index.paths
            }
            kept_requests.append(request)
        return kept_requests

    # Every value counts as a Patch: each answer goes through patch_props, the readable step.
    monkeypatch.setattr(renderer, "is_patch", lambda value: True)
    monkeypatch.setattr(renderer, "prune_by_outputs", prune_by_outputs)
    assert [run(make_app, steps) for make_app, steps in scenarios] == kept
    assert "Cannot patch undefined" in [title for title, _ in kept[2][2]]  # the failing Patch was on the page


def test_components_outside_dcc_write_nothing_on_their_own():
    """R-5 to R-8, K-3, K-9: `Page.component_did_update` skips components that are not core ones,
    as the readable path (asking `writes_after_update` and `navigation_target`) finds nothing to
    write for them, whatever changed."""
    import json

    from learndash.behaviors import navigation_target, writes_after_update
    from learndash.serialize import to_json

    props = {"id": "x", "value": "v", "options": ["a"], "data": [1], "clear_data": True, "pathname": "/next", "href": "/h"}
    components = [html.Div(**{"id": "x", "title": "t"}), html.Button("b", id="x"), html.A("a", href="/h", id="x"),
                  {"namespace": "my_components", "type": "Location", "props": dict(props)},
                  {"namespace": "dash_html_components", "type": "Store", "props": dict(props)}]
    for component in components:
        component = json.loads(to_json(component)) if not isinstance(component, dict) else component
        changed = set(component["props"]) | set(props)
        assert writes_after_update(component, changed, url="/", now_ms=lambda: 1, storage={"local:x": [2]}) == {}
        assert navigation_target(component, changed, url="/") is None


def string_ids_app() -> Dash:
    """Callbacks named by string ids in every shape a body takes (W-6): one and several Outputs, a
    duplicate Output (its `@hash`), State, a prop the layout does not hold, an Input that only
    arrives with a callback's children (missing until then), an optional Input that never arrives,
    and a callback with no Output."""
    from learndash import set_props

    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="a", value=1), html.Div(id="slot"), html.Div(id="one"), html.Div(id="two"),
                           html.Div(id="log"), html.Div(id="memo")])

    @app.callback(Output("one", "children"), Output("two", "children"), Input("a", "value"), State("one", "title"),
                  State("two", "children"))
    def both(value, title, before):
        return f"one {value} {title} {before}", f"two {value}"

    @app.callback(Output("slot", "children"), Input("a", "value"))
    def slot(value):
        return dcc.Input(id="late", value=value * 10) if value and value > 2 else "empty"

    @app.callback(Output("log", "children"), Input("late", "value"), Input("never", "value", allow_optional=True))
    def late(value, never):
        return f"late {value} {never}"

    @app.callback(Output("one", "children", allow_duplicate=True), Input("two", "children"), prevent_initial_call=True)
    def again(two):
        return f"again {two}"

    @app.callback(Input("log", "children"))
    def no_output(log):
        set_props("memo", {"title": log})

    return app


STRING_ID_STEPS = [("a", {"value": 2}), ("a", {"value": 3}), ("late", {"value": 7}), ("a", {"value": 1})]


def test_bodies_of_string_ids_are_the_bodies_the_walk_builds(monkeypatch):
    """C-6, W-6, I-3: a callback named only by string ids gets its body straight from the layout;
    the bodies, the page and its errors are what the general walk (wildcards resolved, missing
    components judged) gives, also while a component is missing and the walk takes over."""
    kept = run(string_ids_app, STRING_ID_STEPS)
    monkeypatch.setattr(WireCallback, "names_components_only_by_string", property(lambda self: False))
    assert run(string_ids_app, STRING_ID_STEPS) == kept
    bodies = kept[0]
    assert [body["inputs"] for body in bodies if body["output"] == "log.children"][0] == [  # once "late" arrived
        {"id": "late", "property": "value", "value": 30}, {"id": "never", "property": "value", "value": None}]
    assert any("@" in body["outputs"]["property"] for body in bodies if isinstance(body.get("outputs"), dict))
    assert any("outputs" not in body for body in bodies)  # the callback with no Output
    assert any(body.get("state", [{}])[-1].get("value") == "two 2" for body in bodies)  # a State read from the page
