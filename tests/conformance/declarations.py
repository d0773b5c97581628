"""Scenarios for the ways a callback is declared beyond `Output, Input, State` in a row (rules
R-11, O-1, W-9 step 3, X-3) and for the callback options `on_error=` (W-9 step 5) and `running=`
(C-2 item 3), on a real page."""
from __future__ import annotations

import json

from .vocabulary import ID, Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_mixed_arguments(lib):
    """R-11: positional Inputs and States with output= as a keyword, and a positional Output with
    inputs=/state= keywords, both run like the plain form."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="first", value="Ada"), dcc.Input(id="last", value="Lovelace"),
                           html.Div(id="full"), html.Div(id="initials")])

    @app.callback(lib.Input("first", "value"), lib.State("last", "value"), output=lib.Output("full", "children"))
    def full_name(first, last):
        return f"{first} {last}"

    @app.callback(lib.Output("initials", "children"), inputs=[lib.Input("first", "value")],
                  state=[lib.State("last", "value")])
    def initials(first, last):
        return first[:1] + last[:1]

    return app


SCENARIOS.append(Scenario(
    name="R-11-keywords-and-positions-mixed",
    rule_ids=("R-11", "O-1"),
    build=build_mixed_arguments,
    steps=[
        load(expect={("full", "children"): "Ada Lovelace", ("initials", "children"): "AL"},
             calls={"full_name": 1, "initials": 1}),
        set_props("first", {"value": "Grace"}, expect={("full", "children"): "Grace Lovelace",
                                                       ("initials", "children"): "GL"}),
        set_props("last", {"value": "Hopper"}, calls={"full_name": 0, "initials": 0}),
    ],
))


def build_nested_groupings(lib):
    """O-1, W-9 step 3, X-3: dependencies nested in dicts and lists at any depth; the function
    receives and returns values of the declared shape, and ctx.args_grouping marks the trigger."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id="w", value=2), dcc.Input(id="h", value=3), dcc.Input(id="unit", value="cm"),
        html.Div(id="area"), html.Div(id="perimeter"), html.Div(id="sides"),
    ])

    @app.callback(
        output={"area": lib.Output("area", "children"),
                "more": [lib.Output("perimeter", "children"), {"sides": lib.Output("sides", "children")}]},
        inputs={"size": {"w": lib.Input("w", "value"), "h": lib.Input("h", "value")},
                "unit": lib.State("unit", "value")},
    )
    def measure(size, unit):
        w, h = float(size["w"]), float(size["h"])
        grouping = lib.ctx.args_grouping
        changed = [key for key, leaf in grouping["size"].items() if leaf["triggered"]]
        return {
            "area": f"{w * h:g} {unit}²",
            "more": [f"{2 * (w + h):g} {unit} ({','.join(changed) or 'load'})", {"sides": json.dumps([w, h])}],
        }

    return app


SCENARIOS.append(Scenario(
    name="O-1-nested-groupings-of-dependencies",
    rule_ids=("O-1", "W-9", "X-3"),
    build=build_nested_groupings,
    steps=[
        load(expect={("area", "children"): "6 cm²", ("perimeter", "children"): "10 cm (load)",
                     ("sides", "children"): "[2.0, 3.0]"}, calls={"measure": 1}),
        set_props("h", {"value": 5}, expect={("area", "children"): "10 cm²", ("perimeter", "children"): "14 cm (h)",
                                             ("sides", "children"): "[2.0, 5.0]"}, calls={"measure": 1}),
        set_props("unit", {"value": "m"}, calls={"measure": 0}),
        set_props("w", {"value": 1}, expect={("area", "children"): "5 m²", ("perimeter", "children"): "12 m (w)"}),
    ],
))


def build_on_error(lib):
    """W-9 step 5: a callback-level on_error and an app-wide Dash(on_error=) turn exceptions into
    return values (None: no update) and may set_props; the page shows no error."""

    def app_wide(error):
        lib.set_props("log", {"children": f"app-wide: {type(error).__name__}"})

    app = lib.Dash(__name__, on_error=app_wide)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="n", value=5), html.Div(id="ratio"), html.Div(id="inverse"),
                           html.Div(id="log", children="no errors")])

    @app.callback(lib.Output("ratio", "children"), lib.Input("n", "value"),
                  on_error=lambda error: f"cannot divide: {error}")
    def ratio(n):
        return f"{100 / int(n):g}"

    @app.callback(lib.Output("inverse", "children"), lib.Input("n", "value"))
    def inverse(n):
        return f"{1 / int(n):g}"

    return app


SCENARIOS.append(Scenario(
    name="W-9-on-error-callback-and-app-wide",
    rule_ids=("W-9", "O-8", "C-2"),
    build=build_on_error,
    steps=[
        load(expect={("ratio", "children"): "20", ("inverse", "children"): "0.2", ("log", "children"): "no errors"}),
        set_props("n", {"value": 0}, expect={("ratio", "children"): "cannot divide: division by zero",
                                             ("inverse", "children"): "0.2",
                                             ("log", "children"): "app-wide: ZeroDivisionError"},
                  calls={"ratio": ["ok"], "inverse": ["ok"]}, errors=0),
        set_props("n", {"value": 4}, expect={("ratio", "children"): "25", ("inverse", "children"): "0.25"}),
    ],
))


def build_running(lib):
    """C-2 item 3: running= writes its "on" values while the request is in flight and its "off"
    values when the answer arrives, at load too; a MATCH running Output is the triggering row's."""
    app = lib.Dash(__name__)
    html = lib.html
    rows = [html.Div([html.Button(f"row {i}", id={"type": "go", "index": i}),
                      html.Span(id={"type": "result", "index": i})]) for i in (1, 2)]
    app.layout = html.Div([html.Button("save", id="save", disabled=True), html.Div(id="status", children="never ran"),
                           html.Div(id="saved"), *rows])

    @app.callback(lib.Output("saved", "children"), lib.Input("save", "n_clicks"),
                  running=[(lib.Output("save", "disabled"), True, False),
                           (lib.Output("status", "children"), "saving...", "saved")])
    def save(n_clicks):
        return f"saved {n_clicks or 0} times"

    @app.callback(lib.Output({"type": "result", "index": lib.MATCH}, "children"),
                  lib.Input({"type": "go", "index": lib.MATCH}, "n_clicks"),
                  running=[(lib.Output({"type": "go", "index": lib.MATCH}, "disabled"), True, False)],
                  prevent_initial_call=True)
    def go(n_clicks):
        return f"went {n_clicks}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-running-values-around-a-request",
    rule_ids=("C-2", "P-6"),
    build=build_running,
    steps=[
        load(expect={("save", "disabled"): False, ("status", "children"): "saved", ("saved", "children"): "saved 0 times"},
             calls={"save": 1}),
        click("save", expect={("save", "disabled"): False, ("saved", "children"): "saved 1 times"}, calls={"save": 1}),
        click(ID(type="go", index=2), expect={(ID(type="go", index=2), "disabled"): False,
                                              (ID(type="go", index=1), "disabled"): None,
                                              (ID(type="result", index=2), "children"): "went 1"},
              calls={"go": 1}),
    ],
))


def build_running_listeners(lib):
    """C-2 item 3, C-4 (observed on Dash 4.4.1): running= values are side updates, so callbacks
    listening to them run: while the request is in flight with the "on" value, and again with the
    "off" value once the answer is in. A listener that also reads the callback's Output waits for
    the answer and runs once, with the "off" value."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button("save", id="save"), html.Div("idle", id="status"), html.Div(id="saved"),
                           html.Div(id="heard"), html.Div(id="summary")])

    @app.callback(lib.Output("saved", "children"), lib.Input("save", "n_clicks"), prevent_initial_call=True,
                  running=[(lib.Output("status", "children"), "saving...", "idle")])
    def save(n_clicks):
        return f"saved {n_clicks} times"

    @app.callback(lib.Output("heard", "children"), lib.Input("status", "children"), prevent_initial_call=True)
    def hear_status(status):
        return f"heard {status}"

    @app.callback(lib.Output("summary", "children"), lib.Input("status", "children"), lib.Input("saved", "children"),
                  prevent_initial_call=True)
    def summarize(status, saved):
        return f"{saved}, {status}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-running-values-trigger-their-listeners",
    rule_ids=("C-2", "C-4"),
    build=build_running_listeners,
    steps=[
        load(calls={"hear_status": 0, "summarize": 0}),
        click("save", expect={("status", "children"): "idle", ("heard", "children"): "heard idle",
                              ("summary", "children"): "saved 1 times, idle"},
              calls={"save": 1, "hear_status": 2, "summarize": 1}),
    ],
))


def build_running_listener_at_load(lib):
    """C-2 item 3, I-2 (observed on Dash 4.4.1): at load a listener of a running= Output runs three
    times: its initial call, sent with the initial call of the running callback, then with the
    "on" value, then with the "off" value."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button("save", id="save"), html.Div("never ran", id="status"), html.Div(id="saved"),
                           html.Div(id="heard")])

    @app.callback(lib.Output("saved", "children"), lib.Input("save", "n_clicks"),
                  running=[(lib.Output("status", "children"), "saving...", "idle")])
    def save(n_clicks):
        return f"saved {n_clicks or 0} times"

    @app.callback(lib.Output("heard", "children"), lib.Input("status", "children"))
    def hear_status(status):
        return f"heard {status}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-running-values-at-load-trigger-their-listeners",
    rule_ids=("C-2", "I-2"),
    build=build_running_listener_at_load,
    steps=[
        load(expect={("status", "children"): "idle", ("heard", "children"): "heard idle"},
             calls={"save": 1, "hear_status": 3}),
    ],
))


def build_running_and_a_batch_mate(lib):
    """C-2 item 3, C-6 (observed on Dash 4.4.1): the requests of one batch are built from one
    snapshot of the page, before any of them shows its running= values, so a callback sent along
    with a running one reads the value from before the click."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button("save", id="save"), html.Div("idle", id="status"), html.Div(id="saved"),
                           html.Div(id="seen")])

    @app.callback(lib.Output("saved", "children"), lib.Input("save", "n_clicks"), prevent_initial_call=True,
                  running=[(lib.Output("status", "children"), "saving...", "idle")])
    def save(n_clicks):
        return f"saved {n_clicks} times"

    @app.callback(lib.Output("seen", "children"), lib.Input("save", "n_clicks"), lib.State("status", "children"),
                  prevent_initial_call=True)
    def see_status(n_clicks, status):
        return f"status was {status}"

    return app


SCENARIOS.append(Scenario(
    name="C-6-a-batch-is-built-before-running-values-show",
    rule_ids=("C-6", "C-2"),
    build=build_running_and_a_batch_mate,
    steps=[
        load(calls={"save": 0, "see_status": 0}),
        click("save", expect={("seen", "children"): "status was idle", ("status", "children"): "idle",
                              ("saved", "children"): "saved 1 times"},
              calls={"save": 1, "see_status": 1}),
    ],
))


def build_optional_callback(lib):
    """V-4, C-8 (Dash 3.3+): `optional=True` marks every id of a callback as not required on the
    page, so an Input that a later callback inserts is not reported missing at load; once it is
    inserted the callback runs as any other (C-8 b)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button("show", id="show"), html.Div(id="slot"), html.Div(id="echo")])

    @app.callback(lib.Output("slot", "children"), lib.Input("show", "n_clicks"), prevent_initial_call=True)
    def show_field(n_clicks):
        return dcc.Input(id="late", value="hi")

    @app.callback(lib.Output("echo", "children"), lib.Input("late", "value"), optional=True)
    def echo(value):
        return f"echo {value}"

    return app


SCENARIOS.append(Scenario(
    name="V-4-optional-callback-ids-may-be-missing",
    rule_ids=("V-4", "C-8"),
    build=build_optional_callback,
    steps=[
        load(expect={("echo", "children"): None}, calls={"echo": 0}, errors=0),
        click("show", expect={("echo", "children"): "echo hi"}, calls={"show_field": 1, "echo": 1}),
        set_props("late", {"value": "yo"}, expect={("echo", "children"): "echo yo"}, calls={"echo": 1}),
    ],
))
