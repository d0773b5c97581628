"""callback_context scenarios (rules X-1 to X-3). Each app writes what `ctx` told the callback into
an output, so any harness can observe it."""
from __future__ import annotations

import json

from .vocabulary import ID, Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_initial_placeholder(lib):
    """X-2, I-4 (cbcx004): on an initial call `ctx.triggered` is falsy but holds the placeholder
    `[{"prop_id": ".", "value": None}]`, and `triggered_id` is None; after an edit it names the
    edited prop."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value="x"), lib.html.Div(id="probe")])

    @app.callback(lib.Output("probe", "children"), lib.Input("inp", "value"))
    def report_trigger(value):
        triggered = lib.ctx.triggered
        first = triggered[0]
        return (f"{bool(triggered)}|{len(triggered)}|{first['prop_id']}|{first['value']}|"
                f"{lib.ctx.triggered_id}|{first['prop_id'].split('.')}")

    return app


SCENARIOS.append(Scenario(
    name="X-2-initial-call-placeholder-is-falsy",
    rule_ids=("X-2", "I-4", "X-1"),
    build=build_initial_placeholder,
    steps=[
        load(expect={("probe", "children"): "False|1|.|None|None|['', '']"}, calls={"report_trigger": 1}),
        set_props("inp", {"value": "y"}, expect={("probe", "children"): "True|1|inp.value|y|inp|['inp', 'value']"},
                  calls={"report_trigger": 1}),
    ],
))


def build_which_button(lib):
    """X-1, X-3 (cbcx002, cbcx007): one callback with several button Inputs tells them apart with
    `ctx.triggered_id` and `ctx.triggered[0]["value"]`."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        *[lib.html.Button(f"Button {k}", id=f"btn-{k}") for k in (1, 2, 3)],
        lib.html.Div(id="which"),
    ])

    @app.callback(lib.Output("which", "children"), lib.Input("btn-1", "n_clicks"), lib.Input("btn-2", "n_clicks"),
                  lib.Input("btn-3", "n_clicks"))
    def which_button(n1, n2, n3):
        if not lib.ctx.triggered:
            return "none yet"
        return f"{lib.ctx.triggered_id}:{lib.ctx.triggered[0]['value']} ({n1},{n2},{n3})"

    return app


SCENARIOS.append(Scenario(
    name="X-1-triggered-id-tells-buttons-apart",
    rule_ids=("X-1", "X-3", "K-1"),
    build=build_which_button,
    steps=[
        load(expect={("which", "children"): "none yet"}, calls={"which_button": 1}),
        click("btn-2", expect={("which", "children"): "btn-2:1 (None,1,None)"}, calls={"which_button": 1}),
        click("btn-2", expect={("which", "children"): "btn-2:2 (None,2,None)"}, calls={"which_button": 1}),
        click("btn-3", expect={("which", "children"): "btn-3:1 (None,2,1)"}, calls={"which_button": 1}),
    ],
))


def build_one_click_two_props(lib):
    """X-1, C-2 item 1, K-1 (cbsc014): a click writes n_clicks and n_clicks_timestamp in one
    edit, so a callback with both as Inputs runs once per click with both triggered."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("Click", id="btn"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("btn", "n_clicks"), lib.Input("btn", "n_clicks_timestamp"))
    def both_props(n_clicks, timestamp):
        triggered = ",".join(sorted(t["prop_id"] for t in lib.ctx.triggered))
        stamped = timestamp is not None and timestamp > 0
        return f"{n_clicks}|{stamped}|{triggered}"

    return app


SCENARIOS.append(Scenario(
    name="X-1-one-click-triggers-once-with-both-props",
    rule_ids=("X-1", "C-2", "K-1"),
    build=build_one_click_two_props,
    steps=[
        load(expect={("out", "children"): "None|False|."}, calls={"both_props": 1}),
        click("btn", expect={("out", "children"): "1|True|btn.n_clicks,btn.n_clicks_timestamp"},
              calls={"both_props": 1}),
        click("btn", expect={("out", "children"): "2|True|btn.n_clicks,btn.n_clicks_timestamp"},
              calls={"both_props": 1}),
    ],
))


def build_dict_triggered_id(lib):
    """X-3, P-8 (cbcx008): for a dict id, `ctx.triggered_id` is the id as a dict that also reads
    as attributes, and `triggered[0]["prop_id"]` is the sorted-key JSON form (W-3)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        *[lib.html.Button(name, id={"type": "btn", "index": name}) for name in ("alpha", "beta")],
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input({"type": "btn", "index": lib.ALL}, "n_clicks"))
    def dict_trigger(clicks):
        if not lib.ctx.triggered:
            return f"none yet {clicks}"
        tid = lib.ctx.triggered_id
        return f"{tid.index}|{tid['type']}|{lib.ctx.triggered[0]['prop_id']}|{clicks}"

    return app


SCENARIOS.append(Scenario(
    name="X-3-dict-triggered-id",
    rule_ids=("X-3", "P-8", "W-3"),
    build=build_dict_triggered_id,
    steps=[
        load(expect={("out", "children"): "none yet [None, None]"}, calls={"dict_trigger": 1}),
        click({"type": "btn", "index": "beta"},
              expect={("out", "children"): 'beta|btn|{"index":"beta","type":"btn"}.n_clicks|[None, 1]'},
              calls={"dict_trigger": 1}),
    ],
))


def build_inputs_and_states(lib):
    """X-3: `ctx.inputs` and `ctx.states` are flat dicts from prop_id to value, one key per
    component matched by a wildcard; `ctx.inputs_list` keeps the ALL entry as a list."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id={"k": 1}, value="a"),
        dcc.Input(id={"k": 2}, value="b"),
        dcc.Input(id="s", value="state"),
        html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input({"k": lib.ALL}, "value"), lib.State("s", "value"))
    def flat_context(values, state):
        inputs = ";".join(f"{k}={v}" for k, v in sorted(lib.ctx.inputs.items()))
        states = ";".join(f"{k}={v}" for k, v in sorted(lib.ctx.states.items()))
        listed = [entry["id"]["k"] for entry in lib.ctx.inputs_list[0]]
        return f"{inputs} / {states} / {listed}"

    return app


SCENARIOS.append(Scenario(
    name="X-3-inputs-and-states-are-flat",
    rule_ids=("X-3",),
    build=build_inputs_and_states,
    steps=[
        load(expect={("out", "children"): '{"k":1}.value=a;{"k":2}.value=b / s.value=state / [1, 2]'},
             calls={"flat_context": 1}),
        set_props({"k": 2}, {"value": "B"},
                  expect={("out", "children"): '{"k":1}.value=a;{"k":2}.value=B / s.value=state / [1, 2]'},
                  calls={"flat_context": 1}),
    ],
))


def build_filters_with_sorted_ids(lib):
    """X-3, P-6 (observed on Dash 4.4.1): the renderer keeps a dict id as its sorted keys, so every
    id it resolves from a pattern reaches `ctx.outputs_list`, `ctx.inputs_list`, `ctx.states_list`
    and `ctx.args_grouping` with sorted keys, whatever order the layout wrote them in. The value of
    an `id` prop read as State is the layout's own dict, in the layout's order. Filters are added
    by a button with a Patch, each one driving its own output through MATCH."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button("Add filter", id="add-filter"), html.Div(id="filters", children=[]),
                           html.Div(id="chosen")])

    @app.callback(lib.Output("filters", "children"), lib.Input("add-filter", "n_clicks"), prevent_initial_call=True)
    def add_filter(n_clicks):
        filters = lib.Patch()
        filters.append(html.Div([
            dcc.Dropdown(id={"type": "filter", "index": n_clicks}, options=["NYC", "MTL"], value="NYC"),
            html.Div(id={"type": "filter-out", "index": n_clicks}),
        ]))
        return filters

    @app.callback(lib.Output({"type": "filter-out", "index": lib.MATCH}, "children"),
                  lib.Input({"type": "filter", "index": lib.MATCH}, "value"),
                  lib.State({"type": "filter", "index": lib.MATCH}, "id"))
    def show_filter(value, own_id):
        seen = [lib.ctx.outputs_list["id"], lib.ctx.inputs_list[0]["id"], lib.ctx.states_list[0]["id"], own_id]
        return f"{value} " + json.dumps(seen)

    @app.callback(lib.Output("chosen", "children"), lib.Input({"type": "filter", "index": lib.ALL}, "value"),
                  prevent_initial_call=True)
    def all_filters(values):
        return json.dumps([[entry["id"] for entry in lib.ctx.inputs_list[0]],
                           [entry["id"] for entry in lib.ctx.args_grouping]])

    return app


def _seen_by_filter(index: int, value: str) -> str:
    sorted_id = {"index": index, "type": "filter"}
    return f"{value} " + json.dumps([{"index": index, "type": "filter-out"}, sorted_id, sorted_id,
                                     {"type": "filter", "index": index}])


SCENARIOS.append(Scenario(
    name="X-3-resolved-dict-ids-have-sorted-keys",
    rule_ids=("X-3", "P-6", "O-7"),
    build=build_filters_with_sorted_ids,
    steps=[
        load(calls={"show_filter": 0, "all_filters": 0}),
        click("add-filter", expect={(ID(type="filter-out", index=1), "children"): _seen_by_filter(1, "NYC"),
                                    ("chosen", "children"): json.dumps([[{"index": 1, "type": "filter"}]] * 2)},
              calls={"add_filter": 1, "show_filter": 1, "all_filters": 1}),
        # the Patch re-renders the whole `filters` children, so filter 1 runs again (C-8)
        click("add-filter", calls={"add_filter": 1, "show_filter": 2, "all_filters": 1}),
        set_props({"type": "filter", "index": 2}, {"value": "MTL"},
                  expect={(ID(type="filter-out", index=2), "children"): _seen_by_filter(2, "MTL"),
                          (ID(type="filter-out", index=1), "children"): _seen_by_filter(1, "NYC"),
                          ("chosen", "children"): json.dumps([[{"index": 1, "type": "filter"},
                                                               {"index": 2, "type": "filter"}]] * 2)},
                  calls={"show_filter": 1, "all_filters": 1}),
    ],
))
