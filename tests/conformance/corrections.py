"""Section 0 of the spec, "Corrections" (R-1 to R-10, R-12): Dash 4.4.1 as observed in Chromium.

Each scenario is one rule in the spec's words: what the user does, what Dash shows, which callbacks
run. R-11 (callback argument mixes) belongs to the callback-declaration scenarios.
"""
from __future__ import annotations

from .vocabulary import ID, Scenario, advance, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_rows_wired_to_own_all_input(lib):
    """R-1: a callback appends rows holding buttons wired to its *own* ALL Input. Inserting them
    does not re-run it (the new buttons' requests inherit it as a predecessor); another callback
    reading the new buttons fires as C-8 says."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="rows", children=[]),
                           html.Div(id="count"), html.Div(id="seen")])

    @app.callback(lib.Output("rows", "children"), lib.Output("count", "children"),
                  lib.Input("add", "n_clicks"), lib.Input({"type": "del", "i": lib.ALL}, "n_clicks"),
                  lib.State("rows", "children"), prevent_initial_call=True)
    def edit_rows(add_clicks, delete_clicks, rows):
        rows = rows or []
        trigger = lib.ctx.triggered_id
        if trigger == "add":
            rows = rows + [html.Button(f"delete {add_clicks}", id={"type": "del", "i": add_clicks})]
        elif isinstance(trigger, dict):
            rows = [row for row in rows if row["props"]["id"]["i"] != trigger["i"]]
        return rows, f"{len(rows)} rows"

    @app.callback(lib.Output("seen", "children"), lib.Input({"type": "del", "i": lib.ALL}, "n_clicks"))
    def seen(delete_clicks):
        return f"{len(delete_clicks)} buttons"

    return app


SCENARIOS.append(Scenario(
    name="R-1-inserted-rows-do-not-rerun-their-own-all-callback",
    rule_ids=("R-1", "C-8", "C-4"),
    build=build_rows_wired_to_own_all_input,
    steps=[
        load(expect={("seen", "children"): "0 buttons"}, calls={"edit_rows": 0, "seen": 1}),
        click("add", expect={("count", "children"): "1 rows", ("seen", "children"): "1 buttons"},
              calls={"edit_rows": 1, "seen": 1}),
        click("add", expect={("count", "children"): "2 rows", ("seen", "children"): "2 buttons"},
              calls={"edit_rows": 1, "seen": 1}),
        click(ID(type="del", i=1), expect={("count", "children"): "1 rows", ("seen", "children"): "1 buttons"},
              absent=(ID(type="del", i=1),), calls={"edit_rows": 1}),
    ],
))


def build_match_output_all_input(lib):
    """R-2: `Output({"t": "pct", "i": MATCH})` with `Input({"t": "val", "i": MATCH})` and
    `Input({"t": "val", "i": ALL})`: editing value `a` re-runs only instance `a` (instance `b`
    goes stale); a plain-string Input still fires every instance."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id="unit", value="%"),
        dcc.Input(id={"t": "val", "i": "a"}, value=1, type="number"),
        dcc.Input(id={"t": "val", "i": "b"}, value=3, type="number"),
        html.Div(id={"t": "pct", "i": "a"}),
        html.Div(id={"t": "pct", "i": "b"}),
    ])

    @app.callback(lib.Output({"t": "pct", "i": lib.MATCH}, "children"),
                  lib.Input({"t": "val", "i": lib.MATCH}, "value"),
                  lib.Input({"t": "val", "i": lib.ALL}, "value"),
                  lib.Input("unit", "value"))
    def share(mine, every, unit):
        return f"{mine}/{sum(every)}{unit}"

    return app


SCENARIOS.append(Scenario(
    name="R-2-match-output-with-all-input-fires-only-the-edited-instance",
    rule_ids=("R-2", "C-3", "P-8"),
    build=build_match_output_all_input,
    steps=[
        load(expect={(ID(t="pct", i="a"), "children"): "1/4%", (ID(t="pct", i="b"), "children"): "3/4%"},
             calls={"share": 2}),
        set_props(ID(t="val", i="a"), {"value": 2},
                  expect={(ID(t="pct", i="a"), "children"): "2/5%", (ID(t="pct", i="b"), "children"): "3/4%"},
                  calls={"share": 1}),
        set_props("unit", {"value": " pct"},
                  expect={(ID(t="pct", i="a"), "children"): "2/5 pct", (ID(t="pct", i="b"), "children"): "3/5 pct"},
                  calls={"share": 2}),
    ],
))


def build_two_way_sync(lib):
    """R-3: one callback keeps two boxes in sync (each box is Input and Output of it). Edges inside
    one callback never form a reported cycle: no "Circular Dependencies" error, and each edit runs
    the callback once."""
    app = lib.Dash(__name__)
    dcc = lib.dcc
    app.layout = lib.html.Div([dcc.Input(id="celsius", value=0, type="number"),
                               dcc.Input(id="fahrenheit", value=32, type="number")])

    @app.callback(lib.Output("celsius", "value"), lib.Output("fahrenheit", "value"),
                  lib.Input("celsius", "value"), lib.Input("fahrenheit", "value"), prevent_initial_call=True)
    def sync(celsius, fahrenheit):
        if lib.ctx.triggered_id == "celsius":
            return lib.no_update, celsius * 9 / 5 + 32
        return (fahrenheit - 32) * 5 / 9, lib.no_update

    return app


SCENARIOS.append(Scenario(
    name="R-3-two-way-sync-in-one-callback-is-no-cycle",
    rule_ids=("R-3", "C-9"),
    build=build_two_way_sync,
    steps=[
        load(expect={("celsius", "value"): 0, ("fahrenheit", "value"): 32}, calls={"sync": 0}, errors=0),
        set_props("celsius", {"value": 100}, expect={("fahrenheit", "value"): 212}, calls={"sync": 1}),
        set_props("fahrenheit", {"value": 50}, expect={("celsius", "value"): 10}, calls={"sync": 1}),
    ],
))


def build_plain_and_all_inputs_missing(lib):
    """R-4: a callback with one plain Input that nothing fills (its component is never in the
    layout) and one ALL Input that matches nothing is skipped at load, and so is its follower."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html = lib.html
    app.layout = html.Div([html.Div(id="first"), html.Div(id="second"), html.Div(id="other")])

    @app.callback(lib.Output("first", "children"), lib.Input("later", "value"),
                  lib.Input({"type": "item", "i": lib.ALL}, "value"))
    def first(later, items):
        return "first ran"

    @app.callback(lib.Output("second", "children"), lib.Input("first", "children"))
    def second(text):
        return f"second saw {text}"

    @app.callback(lib.Output("other", "children"), lib.Input({"type": "item", "i": lib.ALL}, "value"))
    def other(items):
        return f"{len(items)} items"

    return app


SCENARIOS.append(Scenario(
    name="R-4-one-all-input-among-plain-ones-exempts-nothing",
    rule_ids=("R-4", "I-3"),
    build=build_plain_and_all_inputs_missing,
    steps=[
        load(expect={("first", "children"): None, ("second", "children"): None, ("other", "children"): "0 items"},
             calls={"first": 0, "second": 0, "other": 1}),
    ],
))


def build_dropdown_empty_values(lib):
    """R-5: when a Dropdown's options change, an empty value (None, "", or [] with multi) stays as
    it is; only a non-empty value missing from the new options is cleared (or dropped from the list)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Dropdown(id="blank", options=["a", "b"], value=""),
        dcc.Dropdown(id="none", options=["a", "b"], value=None),
        dcc.Dropdown(id="empty-multi", options=["a", "b"], value=[], multi=True),
        dcc.Dropdown(id="picked", options=["a", "b"], value="a"),
        dcc.Dropdown(id="picked-multi", options=["a", "b"], value=["a", "b"], multi=True),
        html.Button("new options", id="swap"),
        html.Div(id="values"),
    ])

    @app.callback([lib.Output(i, "options") for i in ("blank", "none", "empty-multi", "picked", "picked-multi")],
                  lib.Input("swap", "n_clicks"), prevent_initial_call=True)
    def swap(n_clicks):
        return [["b", "c"]] * 5

    @app.callback(lib.Output("values", "children"),
                  [lib.Input(i, "value") for i in ("blank", "none", "empty-multi", "picked", "picked-multi")])
    def show(*values):
        return repr(list(values))

    return app


SCENARIOS.append(Scenario(
    name="R-5-dropdown-pruning-leaves-empty-values",
    rule_ids=("R-5", "K-3"),
    build=build_dropdown_empty_values,
    steps=[
        load(calls={"show": 1}),
        click("swap", expect={("blank", "value"): "", ("none", "value"): None, ("empty-multi", "value"): [],
                              ("picked", "value"): None, ("picked-multi", "value"): ["b"]},
              calls={"swap": 1, "show": 1}),
    ],
))


def build_slider_drag_value(lib):
    """R-6: a Slider writes `drag_value = value` once it has mounted, after the initial callbacks
    were sent: a `drag_value` listener runs with None, then with the value. When a callback sets
    `value`, even outside min/max, `drag_value` follows it unclamped."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Slider(id="slider", min=0, max=10, step=1, value=5),
                           html.Div(id="dragged"), html.Button("far", id="far")])

    @app.callback(lib.Output("dragged", "children"), lib.Input("slider", "drag_value"))
    def dragged(drag_value):
        return f"drag {drag_value}"

    @app.callback(lib.Output("slider", "value"), lib.Input("far", "n_clicks"), prevent_initial_call=True)
    def far(n_clicks):
        return 20

    return app


SCENARIOS.append(Scenario(
    name="R-6-slider-syncs-drag-value-after-mount-and-on-every-value",
    rule_ids=("R-6", "K-4", "I-9"),
    build=build_slider_drag_value,
    steps=[
        load(expect={("slider", "drag_value"): 5, ("dragged", "children"): "drag 5"}, calls={"dragged": 2}),
        click("far", expect={("slider", "value"): 20, ("slider", "drag_value"): 20, ("dragged", "children"): "drag 20"},
              calls={"far": 1, "dragged": 1}),
    ],
))


def build_slider_rows_trigger_order(lib):
    """R-6, X-1, C-4 (observed on Dash 4.4.1): when a row's Slider is set, the callback reading
    its `value` and `drag_value` runs once, and `ctx.triggered` lists `value` first: the edit's
    own listeners are queued before the Slider answers with its `drag_value`."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Div([dcc.Slider(id={"type": "level", "index": i}, min=0, max=10, value=i),
                  html.Div(id={"type": "level-out", "index": i})])
        for i in (1, 2)
    ])

    @app.callback(lib.Output({"type": "level-out", "index": lib.MATCH}, "children"),
                  lib.Input({"type": "level", "index": lib.MATCH}, "value"),
                  lib.Input({"type": "level", "index": lib.MATCH}, "drag_value"), prevent_initial_call=True)
    def show_level(value, drag_value):
        triggered = ", ".join(t["prop_id"].rpartition(".")[2] for t in lib.ctx.triggered)
        return f"{value}/{drag_value} by {triggered}"

    return app


SCENARIOS.append(Scenario(
    name="R-6-slider-value-is-triggered-before-its-drag-value",
    rule_ids=("R-6", "X-1", "C-4"),
    build=build_slider_rows_trigger_order,
    steps=[
        load(expect={(ID(type="level-out", index=2), "children"): "2/2 by drag_value"}, calls={"show_level": 2}),
        set_props({"type": "level", "index": 1}, {"value": 7},
                  expect={(ID(type="level-out", index=1), "children"): "7/7 by value, drag_value",
                          (ID(type="level-out", index=2), "children"): "2/2 by drag_value"},
                  calls={"show_level": 1}),
    ],
))


def build_reset_controls(lib):
    """R-6, R-5, X-1, C-7 (observed on Dash 4.4.1): a callback's whole response is written and
    its listeners requested before the components answer it: "Reset" sets two Sliders, and the
    summary reading both `value`s and `drag_value`s runs once with both values triggered first;
    new Dropdown options that drop its value list `options` before the pruned `value`."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Button("Reset", id="reset"),
        dcc.Slider(id="low", min=0, max=10, value=1), dcc.Slider(id="high", min=0, max=10, value=2),
        html.Div(id="range"),
        html.Button("New cities", id="new-cities"), dcc.Dropdown(id="city", options=["MTL", "NYC"], value="MTL"),
        html.Div(id="city-out"),
    ])

    def triggered_props() -> str:
        return ", ".join(t["prop_id"] for t in lib.ctx.triggered)

    @app.callback(lib.Output("low", "value"), lib.Output("high", "value"), lib.Input("reset", "n_clicks"),
                  prevent_initial_call=True)
    def reset(n_clicks):
        return 5, 6

    @app.callback(lib.Output("range", "children"), lib.Input("low", "value"), lib.Input("low", "drag_value"),
                  lib.Input("high", "value"), lib.Input("high", "drag_value"), prevent_initial_call=True)
    def show_range(low, low_drag, high, high_drag):
        return f"{low},{low_drag},{high},{high_drag} by {triggered_props()}"

    @app.callback(lib.Output("city", "options"), lib.Input("new-cities", "n_clicks"), prevent_initial_call=True)
    def new_cities(n_clicks):
        return ["SF", "TOR"]

    @app.callback(lib.Output("city-out", "children"), lib.Input("city", "options"), lib.Input("city", "value"),
                  prevent_initial_call=True)
    def show_city(options, value):
        return f"{options} {value} by {triggered_props()}"

    return app


SCENARIOS.append(Scenario(
    name="R-6-a-response-is-answered-after-its-listeners-are-requested",
    rule_ids=("R-6", "R-5", "X-1", "C-7"),
    build=build_reset_controls,
    steps=[
        # The Sliders' mount writes of drag_value are a change of their own (R-6): waiting for it
        # keeps it out of the next step, however late a slow machine makes it.
        load(expect={("range", "children"): "1,1,2,2 by low.drag_value, high.drag_value"}, calls={"show_range": 1}),
        click("reset", expect={("range", "children"): "5,5,6,6 by low.value, high.value, low.drag_value, high.drag_value"},
              calls={"reset": 1, "show_range": 1}),
        click("new-cities", expect={("city", "value"): None,
                                    ("city-out", "children"): "['SF', 'TOR'] None by city.options, city.value"},
              calls={"new_cities": 1, "show_city": 1}),
    ],
))


def build_location_written_back(lib):
    """R-7: a Location prop that a callback sets to None is written back from the address bar.
    Writing the pathname it already has does not navigate (the page keeps its state); like any
    callback output it still triggers its listeners (C-2 item 2)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Location(id="url"), html.Button("clear", id="clear"), html.Button("same", id="same"),
                           html.Div(id="where"), html.Div(id="mark", children="fresh")])

    @app.callback(lib.Output("url", "search"), lib.Output("url", "hash"), lib.Input("clear", "n_clicks"),
                  prevent_initial_call=True)
    def clear(n_clicks):
        return None, None

    @app.callback(lib.Output("url", "pathname"), lib.Output("mark", "children"), lib.Input("same", "n_clicks"),
                  prevent_initial_call=True)
    def same(n_clicks):
        return "/", "kept"

    @app.callback(lib.Output("where", "children"), lib.Input("url", "pathname"), lib.Input("url", "search"))
    def where(pathname, search):
        return f"{pathname}|{search}"

    return app


SCENARIOS.append(Scenario(
    name="R-7-location-none-is-written-back-and-same-pathname-is-silent",
    rule_ids=("R-7", "K-8"),
    build=build_location_written_back,
    steps=[
        load(expect={("url", "pathname"): "/", ("url", "search"): "", ("where", "children"): "/|"},
             calls={"where": 1}),
        click("clear", expect={("url", "search"): "", ("url", "hash"): "", ("where", "children"): "/|"},
              calls={"clear": 1}),
        click("same", expect={("url", "pathname"): "/", ("mark", "children"): "kept", ("where", "children"): "/|"},
              calls={"same": 1, "where": 1}),
    ],
))


def build_store_clear_data(lib):
    """R-8: `clear_data=True` on a memory Store writes `data=None` and a new `modified_timestamp`."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Store(id="store", data={"k": 1}), html.Button("clear", id="clear"),
                           html.Div(id="data")])

    @app.callback(lib.Output("store", "clear_data"), lib.Input("clear", "n_clicks"), prevent_initial_call=True)
    def clear(n_clicks):
        return True

    @app.callback(lib.Output("data", "children"), lib.Input("store", "modified_timestamp"), lib.State("store", "data"))
    def show(timestamp, data):
        return repr(data)

    return app


SCENARIOS.append(Scenario(
    name="R-8-store-clear-data-writes-none",
    rule_ids=("R-8", "K-9"),
    build=build_store_clear_data,
    steps=[
        load(expect={("data", "children"): "{'k': 1}"}),
        click("clear", expect={("store", "data"): None, ("data", "children"): "None"}, calls={"clear": 1, "show": 1}),
    ],
))


def build_store_clear_data_timestamps(lib):
    """R-8: after `clear_data`, a local or session Store's `modified_timestamp` is -1 (its saved
    time went with its data), a memory Store's is the time of the clearing."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Store(id="cleared-local", storage_type="local", data={"k": 1}),
        dcc.Store(id="cleared-memory", data={"k": 1}),
        html.Button("clear", id="clear-both"),
        html.Div(id="local-stamp"), html.Div(id="memory-stamp"),
    ])

    @app.callback(lib.Output("cleared-local", "clear_data"), lib.Output("cleared-memory", "clear_data"),
                  lib.Input("clear-both", "n_clicks"), prevent_initial_call=True)
    def clear_both(n_clicks):
        return True, True

    def shown(timestamp, data):
        return f"{data!r} {'-1' if timestamp == -1 else 'stamped' if timestamp and timestamp > 0 else timestamp}"

    @app.callback(lib.Output("local-stamp", "children"), lib.Input("cleared-local", "modified_timestamp"),
                  lib.State("cleared-local", "data"))
    def show_local(timestamp, data):
        return shown(timestamp, data)

    @app.callback(lib.Output("memory-stamp", "children"), lib.Input("cleared-memory", "modified_timestamp"),
                  lib.State("cleared-memory", "data"))
    def show_memory(timestamp, data):
        return shown(timestamp, data)

    return app


SCENARIOS.append(Scenario(
    name="R-8-store-clear-data-timestamps",
    rule_ids=("R-8", "K-9"),
    build=build_store_clear_data_timestamps,
    steps=[
        load(expect={("local-stamp", "children"): "{'k': 1} stamped", ("memory-stamp", "children"): "{'k': 1} stamped"}),
        click("clear-both", expect={("local-stamp", "children"): "None -1", ("memory-stamp", "children"): "None stamped"},
              calls={"clear_both": 1, "show_local": 1, "show_memory": 1}),
    ],
))


def build_graph_figure_as_returned(lib):
    """R-9: plotly.js fills in axis types and ranges on the object it draws, but the `figure` prop,
    and what a State reads, is exactly what the callback returned."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="n", value=2, type="number"), dcc.Graph(id="graph"),
                           html.Button("read", id="read"), html.Div(id="keys")])

    @app.callback(lib.Output("graph", "figure"), lib.Input("n", "value"))
    def draw(n):
        return {"data": [{"x": [1, 2], "y": [n, n * 2], "type": "scatter"}], "layout": {"title": {"text": "plain"}}}

    @app.callback(lib.Output("keys", "children"), lib.Input("read", "n_clicks"), lib.State("graph", "figure"),
                  prevent_initial_call=True)
    def keys(n_clicks, figure):
        return f"{sorted(figure['layout'])} {sorted(figure['data'][0])}"

    return app


SCENARIOS.append(Scenario(
    name="R-9-graph-figure-is-what-the-callback-returned",
    rule_ids=("R-9", "K-7"),
    build=build_graph_figure_as_returned,
    steps=[
        load(expect={("graph", "figure"): {"data": [{"x": [1, 2], "y": [2, 4], "type": "scatter"}],
                                           "layout": {"title": {"text": "plain"}}}}),
        click("read", expect={("keys", "children"): "['title'] ['type', 'x', 'y']"}, calls={"keys": 1}),
    ],
))


def build_interval_ticks_alone(lib):
    """R-10: an Interval ticks by itself every `interval` ms until `max_intervals`; raising
    `max_intervals` resumes it."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Interval(id="timer", interval=50, max_intervals=2), html.Div(id="ticks"),
                           html.Button("more", id="more")])

    @app.callback(lib.Output("ticks", "children"), lib.Input("timer", "n_intervals"))
    def ticks(n_intervals):
        return f"ticks={n_intervals}"

    @app.callback(lib.Output("timer", "max_intervals"), lib.Input("more", "n_clicks"), prevent_initial_call=True)
    def more(n_clicks):
        return 4

    return app


SCENARIOS.append(Scenario(
    name="R-10-interval-ticks-by-itself-until-max-intervals",
    rule_ids=("R-10", "K-12"),
    build=build_interval_ticks_alone,
    steps=[
        load(),
        advance(1000, expect={("timer", "n_intervals"): 2, ("ticks", "children"): "ticks=2"}),
        click("more"),
        advance(1000, expect={("timer", "n_intervals"): 4, ("ticks", "children"): "ticks=4"}),
    ],
))


def build_match_input_fixed_outputs(lib):
    """R-12: a MATCH Input with Outputs that have no MATCH is legal in Dash 4: no error at load,
    and each click fires one request bound to the clicked button."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button("one", id={"b": 1}), html.Button("two", id={"b": 2}),
                           html.Div(id="last"), html.Div(id="total")])

    @app.callback(lib.Output("last", "children"), lib.Output("total", "children"),
                  lib.Input({"b": lib.MATCH}, "n_clicks"), prevent_initial_call=True)
    def pressed(n_clicks):
        return f"button {lib.ctx.triggered_id['b']}", f"{n_clicks} clicks"

    return app


SCENARIOS.append(Scenario(
    name="R-12-match-input-with-fixed-outputs-is-legal",
    rule_ids=("R-12", "P-4"),
    build=build_match_input_fixed_outputs,
    steps=[
        load(expect={("last", "children"): None}, calls={"pressed": 0}, errors=0),
        click(ID(b=2), expect={("last", "children"): "button 2", ("total", "children"): "1 clicks"}, calls={"pressed": 1}),
        click(ID(b=1), expect={("last", "children"): "button 1"}, calls={"pressed": 1}),
    ],
))


def build_match_output_only_all_input(lib):
    """R-2 (ALL Input alone): `Output({"i": MATCH, "role": "out"})` fed only by
    `Input({"i": ALL, "role": "in"})`: editing input 0 re-runs only instance 0."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id={"i": k, "role": "in"}, value=k, type="number") for k in range(3)]
                          + [html.Div(id={"i": k, "role": "out"}) for k in range(3)])

    @app.callback(lib.Output({"i": lib.MATCH, "role": "out"}, "children"), lib.Input({"i": lib.ALL, "role": "in"}, "value"))
    def total_for(values):
        return sum(values) * 10 + lib.ctx.outputs_list["id"]["i"]

    return app


SCENARIOS.append(Scenario(
    name="R-2-all-input-alone-fires-only-the-matching-instance",
    rule_ids=("R-2", "C-3"),
    build=build_match_output_only_all_input,
    steps=[
        load(expect={(ID(i=k, role="out"), "children"): 30 + k for k in range(3)}, calls={"total_for": 3}),
        set_props(ID(i=0, role="in"), {"value": 5},
                  expect={(ID(i=0, role="out"), "children"): 80, (ID(i=1, role="out"), "children"): 31,
                          (ID(i=2, role="out"), "children"): 32},
                  calls={"total_for": 1}),
    ],
))


def build_callback_nav(lib):
    """R-7: with `refresh="callback-nav"` a callback's new pathname pushes a history entry and every
    Location on the page updates (their listeners run); the page is not reloaded."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Location(id="nav", refresh="callback-nav"), dcc.Location(id="other"),
                           html.Button("go", id="go"), html.Div(id="seen"), html.Div(id="mark", children="fresh")])

    @app.callback(lib.Output("nav", "pathname"), lib.Output("mark", "children"), lib.Input("go", "n_clicks"),
                  prevent_initial_call=True)
    def go(n_clicks):
        return "/next", "kept"

    @app.callback(lib.Output("seen", "children"), lib.Input("other", "pathname"))
    def seen(pathname):
        return f"other at {pathname}"

    return app


SCENARIOS.append(Scenario(
    name="R-7-callback-nav-updates-every-location",
    rule_ids=("R-7", "K-8"),
    build=build_callback_nav,
    steps=[
        load(expect={("seen", "children"): "other at /"}, calls={"seen": 1}),
        click("go", expect={("nav", "pathname"): "/next", ("other", "pathname"): "/next",
                            ("seen", "children"): "other at /next", ("mark", "children"): "kept"},
              calls={"go": 1, "seen": 1}),
    ],
))


def build_store_remount(lib):
    """R-8: storage belongs to the instance for `memory` (a re-mounted memory Store starts from its
    layout `data`) and to the browser for `local` (a re-mounted local Store restores what was saved)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc

    def stores():
        return [dcc.Store(id="mem", data={"n": 0}), dcc.Store(id="saved", data={"n": 0}, storage_type="local")]

    app.layout = html.Div([html.Div(id="box", children=stores()), html.Button("bump", id="bump"),
                           html.Button("remount", id="remount")])

    @app.callback(lib.Output("mem", "data"), lib.Output("saved", "data"), lib.Input("bump", "n_clicks"),
                  prevent_initial_call=True)
    def bump(n_clicks):
        return {"n": n_clicks}, {"n": n_clicks}

    @app.callback(lib.Output("box", "children"), lib.Input("remount", "n_clicks"), prevent_initial_call=True)
    def remount(n_clicks):
        return stores()

    return app


SCENARIOS.append(Scenario(
    name="R-8-memory-store-is-per-instance-local-store-per-browser",
    rule_ids=("R-8", "K-9"),
    build=build_store_remount,
    steps=[
        load(expect={("mem", "data"): {"n": 0}, ("saved", "data"): {"n": 0}}),
        click("bump", expect={("mem", "data"): {"n": 1}, ("saved", "data"): {"n": 1}}),
        click("remount", expect={("mem", "data"): {"n": 0}, ("saved", "data"): {"n": 1}}),
    ],
))
