"""callback_context scenarios (rules X-1 to X-3). Each app writes what `ctx` told the callback into
an output, so any harness can observe it."""
from __future__ import annotations

from .vocabulary import Scenario, click, load, set_props

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
