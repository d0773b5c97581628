"""`ctx` / `callback_context`: what triggered the running callback and what it received
(rules X-1 to X-4, I-4)."""
from __future__ import annotations

import json

import pytest

from learndash import ALL, MATCH, Dash, Input, Output, State, callback_context, ctx, dcc, html
from learndash.exceptions import MissingCallbackContextException
from learndash.testing import AppHarness


def buttons_app(seen: list) -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([html.Button(f"Button {k}", id=f"btn-{k}") for k in range(1, 4)] + [html.Div(id="out")])

    @app.callback(Output("out", "children"), [Input(f"btn-{k}", "n_clicks") for k in range(1, 4)])
    def which(*clicks):
        seen.append(
            {
                "truthy": bool(ctx.triggered),
                "triggered": list(ctx.triggered),
                "triggered_id": ctx.triggered_id,
                "prop_ids": dict(ctx.triggered_prop_ids),
            }
        )
        return ctx.triggered_id

    return app


def test_initial_call_has_the_falsy_placeholder():
    """X-2, I-4 (test_cbcx004): on an initial call triggered is falsy but holds
    [{"prop_id": ".", "value": None}]; triggered_id is None."""
    seen: list = []
    AppHarness(buttons_app(seen))
    [first] = seen
    assert first["truthy"] is False
    assert first["triggered"] == [{"prop_id": ".", "value": None}]
    assert first["triggered"][0]["prop_id"].split(".") == ["", ""]
    assert first["triggered_id"] is None
    assert first["prop_ids"] == {}


def test_triggered_names_the_clicked_button():
    """X-1, X-3 (test_cbcx002, test_cbcx007): triggered lists the changed props with their values;
    triggered_id is the first one's id."""
    seen: list = []
    h = AppHarness(buttons_app(seen))
    h.click("btn-2")
    last = seen[-1]
    assert last["truthy"] is True
    assert last["triggered"] == [{"prop_id": "btn-2.n_clicks", "value": 1}]
    assert last["triggered_id"] == "btn-2"
    assert last["prop_ids"] == {"btn-2.n_clicks": "btn-2"}
    h.click("btn-3")
    h.click("btn-3")
    assert seen[-1]["triggered"] == [{"prop_id": "btn-3.n_clicks", "value": 2}]
    assert h.get_prop("out", "children") == "btn-3"


def test_triggered_id_of_a_dict_id_is_a_dict_with_attributes():
    """X-3 (test_cbcx008): for dict ids triggered_id equals the dict and reads keys as attributes."""
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button("x", id={"type": "btn", "index": "myindex"}), html.Button("y", id={"type": "btn", "index": 2}), html.Div(id="out")]
    )
    seen = []

    @app.callback(Output("out", "children"), Input({"type": "btn", "index": ALL}, "n_clicks"), prevent_initial_call=True)
    def which(clicks):
        seen.append((ctx.triggered_id, ctx.triggered_id.index, ctx.triggered_id.type, ctx.triggered[0]["prop_id"]))
        return str(ctx.triggered_id.index)

    h = AppHarness(app)
    h.click({"type": "btn", "index": "myindex"})
    assert seen[-1] == (
        {"index": "myindex", "type": "btn"},
        "myindex",
        "btn",
        '{"index":"myindex","type":"btn"}.n_clicks',
    )
    h.click({"index": 2, "type": "btn"})
    assert seen[-1][0] == {"index": 2, "type": "btn"}
    assert h.get_prop("out", "children") == "2"


def test_one_click_triggers_both_props():
    """X-1, C-2 item 1 (test_cbsc014): a click is one edit, so triggered holds n_clicks and its timestamp."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id="btn"), html.Div(id="out")])
    seen = []

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), Input("btn", "n_clicks_timestamp"), prevent_initial_call=True)
    def both(n, stamp):
        seen.append(sorted(t["prop_id"] for t in ctx.triggered))
        return n

    h = AppHarness(app)
    h.click("btn")
    assert seen == [["btn.n_clicks", "btn.n_clicks_timestamp"]]


def test_merged_chain_lists_every_trigger():
    """X-1, I-5 (test_cbcx006): a callback triggered by a user edit and by a predecessor in the same
    chain runs once, with both props in triggered (in no promised order)."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="input-number-1", value=1), html.Div(id="sum-number"), html.Div(id="out")])
    seen = []

    @app.callback(Output("sum-number", "children"), Input("input-number-1", "value"))
    def total(a):
        return a + 1

    @app.callback(Output("out", "children"), Input("input-number-1", "value"), Input("sum-number", "children"))
    def report(a, s):
        seen.append(sorted(t["prop_id"] for t in ctx.triggered))
        return s

    h = AppHarness(app)
    seen.clear()
    h.set_props("input-number-1", {"value": 5})
    assert seen == [["input-number-1.value", "sum-number.children"]]


def test_inputs_states_and_lists():
    """X-3: inputs/states are flat {prop_id: value}; inputs_list/states_list are the raw request
    entries (a list per ALL dependency, dict ids stay dicts); outputs_list gives the resolved outputs."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="name", value="Ada"),
            dcc.Input(id={"f": "a"}, value=1),
            dcc.Input(id={"f": "b"}, value=2),
            dcc.Input(id="note", value="n"),
            html.Div(id="out"),
            html.Div(id="out2"),
        ]
    )
    seen = {}

    @app.callback(
        Output("out", "children"),
        Output("out2", "children"),
        Input("name", "value"),
        Input({"f": ALL}, "value"),
        State("note", "value"),
    )
    def show(name, values, note):
        seen.update(
            inputs=ctx.inputs,
            states=ctx.states,
            inputs_list=ctx.inputs_list,
            states_list=ctx.states_list,
            outputs_list=ctx.outputs_list,
        )
        return name, sum(values)

    AppHarness(app)
    assert seen["inputs"] == {"name.value": "Ada", '{"f":"a"}.value': 1, '{"f":"b"}.value': 2}
    assert seen["states"] == {"note.value": "n"}
    assert seen["inputs_list"] == [
        {"id": "name", "property": "value", "value": "Ada"},
        [{"id": {"f": "a"}, "property": "value", "value": 1}, {"id": {"f": "b"}, "property": "value", "value": 2}],
    ]
    assert seen["states_list"] == [{"id": "note", "property": "value", "value": "n"}]
    assert seen["outputs_list"] == [{"id": "out", "property": "children"}, {"id": "out2", "property": "children"}]


def test_single_output_outputs_list_is_one_dict():
    """X-3: for a bare Output, outputs_list is a single {id, property} dict."""
    seen = []
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id={"k": 1, "role": "in"}, value="v"), html.Div(id={"k": 1, "role": "out"})])

    @app.callback(Output({"k": MATCH, "role": "out"}, "children"), Input({"k": MATCH, "role": "in"}, "value"))
    def echo(value):
        seen.append(ctx.outputs_list)
        return value

    AppHarness(app)
    assert seen[-1] == {"id": {"k": 1, "role": "out"}, "property": "children"}


def test_absent_value_has_no_value_key_but_the_argument_is_none():
    """X-4: a prop absent from the layout has no 'value' key in inputs_list; the argument and
    ctx.inputs give None."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="blank"), html.Div(id="out")])
    seen = {}

    @app.callback(Output("out", "children"), Input("blank", "value"))
    def show(value):
        seen.update(arg=value, inputs=ctx.inputs, raw=ctx.inputs_list)
        return "ok"

    AppHarness(app)
    assert seen["arg"] is None
    assert seen["inputs"] == {"blank.value": None}
    assert seen["raw"] == [{"id": "blank", "property": "value"}]


def test_callback_context_is_ctx():
    """X (§6): `callback_context` is `ctx`; both read the running callback's context."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), html.Div(id="out")])
    seen = []

    @app.callback(Output("out", "children"), Input("inp", "value"), prevent_initial_call=True)
    def show(value):
        seen.append((callback_context.triggered_id, ctx.triggered_id))
        return value

    h = AppHarness(app)
    h.set_props("inp", {"value": "w"})
    assert seen == [("inp", "inp")]


def test_ctx_outside_a_callback_is_a_teaching_error():
    """X (§6): reading ctx outside a callback raises MissingCallbackContextException, naming the attribute."""
    with pytest.raises(MissingCallbackContextException) as raised:
        ctx.triggered_id
    assert "ctx.triggered_id" in str(raised.value)
    assert "only available while a callback runs" in str(raised.value)


def test_calling_the_function_directly_has_no_context():
    """X (§6), A: a decorated function called directly in a test has no ctx to read."""
    app = Dash(__name__)

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def uses_ctx(value):
        return ctx.triggered_id

    with pytest.raises(MissingCallbackContextException):
        uses_ctx("x")


def test_ctx_set_props_is_a_side_update():
    """X-3, W-7: ctx.set_props queues a side update like dash.set_props."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id="btn"), html.Div(id="target")])

    @app.callback(Input("btn", "n_clicks"), prevent_initial_call=True)
    def side(n):
        ctx.set_props("target", {"children": f"clicked {n}"})

    h = AppHarness(app)
    h.click("btn")
    assert h.get_prop("target", "children") == "clicked 1"


def test_final_call_after_removal_has_falsy_triggered():
    """X-2, C-8 d: the final call of an ALL listener after its components are removed has the placeholder."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("clear", id="clear"), html.Div(id="items", children=[dcc.Input(id={"i": 0}, value=1)]), html.Div(id="out")])
    seen = []

    @app.callback(Output("items", "children"), Input("clear", "n_clicks"), prevent_initial_call=True)
    def clear(n):
        return []

    @app.callback(Output("out", "children"), Input({"i": ALL}, "value"))
    def count(values):
        seen.append((len(values), bool(ctx.triggered), ctx.triggered_id))
        return len(values)

    h = AppHarness(app)
    h.click("clear")
    assert seen == [(1, False, None), (0, False, None)]


def grouping_app(lib):
    """Interleaved Input/State, an ALL input, a dict id, two outputs: ctx's groupings as JSON."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Input(id="a", value="x"),
            lib.dcc.Input(id="s", value="kept"),
            lib.dcc.Input(id={"type": "item", "index": 1}, value=10),
            lib.dcc.Input(id={"type": "item", "index": 2}, value=20),
            lib.html.Div(id="args"),
            lib.html.Div(id="outs"),
        ]
    )

    @app.callback(
        lib.Output("args", "children"),
        lib.Output("outs", "children"),
        lib.Input("a", "value"),
        lib.State("s", "value"),
        lib.Input({"type": "item", "index": lib.ALL}, "value"),
    )
    def show(a, s, items):
        return json.dumps(lib.ctx.args_grouping, sort_keys=True), json.dumps(lib.ctx.outputs_grouping, sort_keys=True)

    return app


def test_args_and_outputs_grouping_match_dash():
    """X-3 (cbwc006): `ctx.args_grouping` has one leaf per argument in declared order, each with
    id/property/value/str_id/triggered (a list of leaves for ALL); `ctx.outputs_grouping` mirrors
    the outputs. The same request gives the same groupings on real Dash."""
    import dash

    import learndash

    body = {
        "output": "..args.children...outs.children..",
        "outputs": [{"id": "args", "property": "children"}, {"id": "outs", "property": "children"}],
        "inputs": [
            {"id": "a", "property": "value", "value": "y"},
            [
                {"id": {"type": "item", "index": 1}, "property": "value", "value": 10},
                {"id": {"type": "item", "index": 2}, "property": "value", "value": 20},
            ],
        ],
        "state": [{"id": "s", "property": "value", "value": "kept"}],
        "changedPropIds": ['{"index":2,"type":"item"}.value'],
    }
    answers = [
        grouping_app(lib).server.test_client().post("/_dash-update-component", json=body).get_json()["response"]
        for lib in (learndash, dash)
    ]
    assert answers[0] == answers[1]
    args = json.loads(answers[0]["args"]["children"])
    assert [leaf["property"] if isinstance(leaf, dict) else "ALL" for leaf in args] == ["value", "value", "ALL"]
    assert args[2][1]["triggered"] is True and args[2][0]["triggered"] is False


def test_a_misspelt_ctx_attribute_suggests_the_right_one():
    """X-3: inside a callback, `ctx.triggerd_id` is an AttributeError that suggests `triggered_id`."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id="b"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("b", "n_clicks"), prevent_initial_call=True)
    def typo(n):
        return ctx.triggerd_id

    h = AppHarness(app, raise_on_error=False)
    h.click("b")
    assert "Did you mean 'triggered_id'?" in h.errors[0].message
