"""Pattern-matching callbacks: dict ids with ALL, MATCH and ALLSMALLER, including components that
callbacks add and remove (rules P-1 to P-9, C-3, C-8 a/b/d, C-11c)."""
from __future__ import annotations

import pytest

from learndash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, ctx, dcc, html
from learndash.exceptions import CallbackDefinitionError, PreventUpdate
from learndash.testing import AppHarness


def add_chart_app() -> Dash:
    """The docs' 'Add Filter' with MATCH: each new dropdown gets its own output (P-5, C-8 a)."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("Add Filter", id="dynamic-add-filter-btn", n_clicks=0),
            html.Div(id="dynamic-dropdown-container-div", children=[]),
        ]
    )

    @app.callback(
        Output("dynamic-dropdown-container-div", "children"),
        Input("dynamic-add-filter-btn", "n_clicks"),
        State("dynamic-dropdown-container-div", "children"),
    )
    def display_dropdowns(n_clicks, children):
        new_element = html.Div(
            [
                dcc.Dropdown(["NYC", "MTL", "LA", "TOKYO"], id={"type": "dynamic-dropdown", "index": n_clicks}),
                html.Div(id={"type": "dynamic-output", "index": n_clicks}),
            ]
        )
        children.append(new_element)
        return children

    @app.callback(
        Output({"type": "dynamic-output", "index": MATCH}, "children"),
        Input({"type": "dynamic-dropdown", "index": MATCH}, "value"),
        State({"type": "dynamic-dropdown", "index": MATCH}, "id"),
    )
    def display_output(value, id):
        return f"Dropdown {id['index']} = {value}"

    return app


def out(index: int) -> dict:
    return {"type": "dynamic-output", "index": index}


def dropdown(index: int) -> dict:
    return {"type": "dynamic-dropdown", "index": index}


def test_match_items_added_by_a_callback_get_their_initial_call(calls_of):
    """C-8 a, P-5: each inserted MATCH output fires once, initially, with its own instance's values.

    The container is rebuilt from State on each click, and every insertion counts as new (C-8), so
    a click re-runs the MATCH callback once for every item, old and new.
    """
    h = AppHarness(add_chart_app())
    assert h.get_prop(out(0), "children") == "Dropdown 0 = None"
    assert len(calls_of(h, "display_output")) == 1
    h.click("dynamic-add-filter-btn")
    assert len(calls_of(h, "display_output")) == 3
    h.click("dynamic-add-filter-btn")
    assert [h.get_prop(out(k), "children") for k in range(3)] == [f"Dropdown {k} = None" for k in range(3)]
    last_click = calls_of(h, "display_output")[3:]
    assert sorted(next(iter(r.states.values()))["index"] for r in last_click) == [0, 1, 2]
    assert [list(r.states) for r in last_click if next(iter(r.states.values()))["index"] == 2] == [
        ['{"index":2,"type":"dynamic-dropdown"}.id']
    ]
    assert all(r.triggered == [] and r.initial for r in last_click)


def test_match_change_updates_only_its_own_output(calls_of):
    """P-8, P-6: a change to index 1 runs the MATCH callback for index 1 only."""
    h = AppHarness(add_chart_app())
    h.click("dynamic-add-filter-btn")
    h.click("dynamic-add-filter-btn")
    before = len(calls_of(h, "display_output"))
    h.set_props(dropdown(1), {"value": "MTL"})
    assert len(calls_of(h, "display_output")) == before + 1
    assert calls_of(h, "display_output")[-1].triggered == ['{"index":1,"type":"dynamic-dropdown"}.value']
    assert [h.get_prop(out(k), "children") for k in range(3)] == [
        "Dropdown 0 = None",
        "Dropdown 1 = MTL",
        "Dropdown 2 = None",
    ]


def test_user_values_survive_when_the_container_is_rebuilt_from_state():
    """C-1, C-8: State(children) carries the value chosen by the user into the rebuilt list."""
    h = AppHarness(add_chart_app())
    h.set_props(dropdown(0), {"value": "LA"})
    h.click("dynamic-add-filter-btn")
    assert h.get_prop(dropdown(0), "value") == "LA"
    assert h.get_prop(out(0), "children") == "Dropdown 0 = LA"


def add_filter_all_app(prevent: bool = False) -> Dash:
    """The docs' 'Add Filter' with ALL: one output lists every dropdown's value (P-7, C-8 b/d)."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("Add Filter", id="add-filter-btn"),
            html.Button("Clear", id="clear-btn"),
            html.Div(id="dropdown-container-div", children=[]),
            html.Div(id="dropdown-container-output-div"),
        ]
    )

    @app.callback(
        Output("dropdown-container-div", "children"),
        Input("add-filter-btn", "n_clicks"),
        Input("clear-btn", "n_clicks"),
        State("dropdown-container-div", "children"),
        prevent_initial_call=True,
    )
    def display_dropdowns(add_clicks, clear_clicks, children):
        if ctx.triggered_id == "clear-btn":
            return []
        return children + [dcc.Dropdown(["NYC", "MTL", "LA"], id={"type": "city-filter-dropdown", "index": add_clicks})]

    @app.callback(
        Output("dropdown-container-output-div", "children"),
        Input({"type": "city-filter-dropdown", "index": ALL}, "value"),
        prevent_initial_call=prevent,
    )
    def display_output(values):
        return [f"Dropdown {i + 1} = {value}" for i, value in enumerate(values)]

    return app


def city(index: int) -> dict:
    return {"type": "city-filter-dropdown", "index": index}


def test_all_callback_fires_at_load_with_an_empty_list(calls_of):
    """I-3 exception, P-7 (test_cbmi005): every Input is ALL and matches nothing → called with []."""
    h = AppHarness(add_filter_all_app())
    [record] = calls_of(h, "display_output")
    assert record.inputs == {}
    assert h.get_prop("dropdown-container-output-div", "children") == []


def test_adding_an_all_input_triggers_the_all_callback(calls_of):
    """C-8 b, P-8 (test_cbwc004): inserting a matching component re-runs the ALL callback whose
    output lies outside the chunk, triggered by the new component's prop."""
    h = AppHarness(add_filter_all_app())
    h.click("add-filter-btn")
    records = calls_of(h, "display_output")
    assert len(records) == 2
    assert records[-1].triggered == ['{"index":1,"type":"city-filter-dropdown"}.value']
    assert h.get_prop("dropdown-container-output-div", "children") == ["Dropdown 1 = None"]
    h.set_props(city(1), {"value": "NYC"})
    h.click("add-filter-btn")
    h.set_props(city(2), {"value": "LA"})
    assert h.get_prop("dropdown-container-output-div", "children") == ["Dropdown 1 = NYC", "Dropdown 2 = LA"]


def test_input_side_insertion_ignores_prevent_initial_call(calls_of):
    """I-7, C-8 b: the input-side chunk rule never looks at prevent_initial_call."""
    h = AppHarness(add_filter_all_app(prevent=True))
    assert calls_of(h, "display_output") == []
    h.click("add-filter-btn")
    assert len(calls_of(h, "display_output")) == 1
    assert h.get_prop("dropdown-container-output-div", "children") == ["Dropdown 1 = None"]


def test_removing_all_inputs_gives_a_final_call_with_falsy_triggered():
    """C-8 d, P-8, X-2 (test_cbwc001 'Clear Done'): removed components drop out of ALL lists, and the
    ALL listener gets one final call whose ctx.triggered is the falsy placeholder."""
    app = add_filter_all_app()
    seen = []

    @app.callback(Output("dropdown-container-div", "title"), Input({"type": "city-filter-dropdown", "index": ALL}, "value"))
    def watch(values):
        seen.append((len(values), bool(ctx.triggered), ctx.triggered[0]["prop_id"]))
        return str(len(values))

    h = AppHarness(app)
    h.click("add-filter-btn")
    h.click("add-filter-btn")
    seen.clear()
    h.click("clear-btn")
    assert not h.has_component(city(1))
    assert seen == [(0, False, ".")]
    assert h.get_prop("dropdown-container-output-div", "children") == []


def test_all_values_follow_document_order():
    """P-9: ALL lists follow document order on load (a depth-first walk of children)."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div([dcc.Input(id={"t": "v", "k": "b"}, value="first")]),
            dcc.Input(id={"t": "v", "k": "a"}, value="second"),
            html.Div([html.Div([dcc.Input(id={"t": "v", "k": "c"}, value="third")])]),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input({"t": "v", "k": ALL}, "value"), State({"t": "v", "k": ALL}, "id"))
    def collect(values, ids):
        return [values, [i["k"] for i in ids]]

    h = AppHarness(app)
    assert h.get_prop("out", "children") == [["first", "second", "third"], ["b", "a", "c"]]


def test_key_sets_must_be_identical_and_values_strictly_equal():
    """P-3: a pattern matches ids with exactly its keys; 1 and "1" differ, 1 and 1.0 do not."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id={"type": "x", "index": 1}, value="int"),
            dcc.Input(id={"type": "x", "index": "1"}, value="str"),
            dcc.Input(id={"type": "x", "index": 1, "extra": 0}, value="extra"),
            dcc.Input(id={"type": "y", "index": 1}, value="other type"),
            html.Div(id="all"),
            html.Div(id="exact"),
        ]
    )

    @app.callback(Output("all", "children"), Input({"type": "x", "index": ALL}, "value"))
    def gather(values):
        return values

    @app.callback(Output("exact", "children"), Input({"type": "x", "index": 1}, "value"))
    def exact(value):
        return value

    h = AppHarness(app)
    assert h.get_prop("all", "children") == ["int", "str"]
    assert h.get_prop("exact", "children") == "int"
    h.set_props({"type": "x", "index": "1"}, {"value": "str2"})
    assert h.get_prop("exact", "children") == "int"
    h.set_props({"type": "x", "index": 1.0}, {"value": "int2"})
    assert h.get_prop("exact", "children") == "int2"
    assert h.get_prop("all", "children") == ["int2", "str2"]


def test_match_callbacks_fire_once_per_instance_at_load(calls_of):
    """I-2, P-6: a MATCH Output gives one initial request per instance in the layout."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id={"role": "in", "n": k}, value=k) for k in range(3)]
        + [html.Div(id={"role": "out", "n": k}) for k in range(3)]
    )

    @app.callback(Output({"role": "out", "n": MATCH}, "children"), Input({"role": "in", "n": MATCH}, "value"))
    def double(value):
        return value * 2

    h = AppHarness(app)
    assert len(calls_of(h, "double")) == 3
    assert [h.get_prop({"role": "out", "n": k}, "children") for k in range(3)] == [0, 2, 4]


def test_plain_input_feeding_a_match_callback_fans_out(calls_of):
    """C-3 (test_cbmo002): a plain-string Input of a MATCH callback triggers one run per instance."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="prefix", value="p")]
        + [dcc.Input(id={"role": "in", "n": k}, value=str(k)) for k in range(3)]
        + [html.Div(id={"role": "out", "n": k}) for k in range(3)]
    )

    @app.callback(
        Output({"role": "out", "n": MATCH}, "children"),
        Input("prefix", "value"),
        Input({"role": "in", "n": MATCH}, "value"),
    )
    def label(prefix, value):
        return prefix + value

    h = AppHarness(app)
    before = len(calls_of(h, "label"))
    h.set_props("prefix", {"value": "q"})
    assert len(calls_of(h, "label")) == before + 3
    assert [h.get_prop({"role": "out", "n": k}, "children") for k in range(3)] == ["q0", "q1", "q2"]
    h.set_props({"role": "in", "n": 2}, {"value": "Z"})
    assert len(calls_of(h, "label")) == before + 4
    assert h.get_prop({"role": "out", "n": 2}, "children") == "qZ"


def test_all_with_match_on_another_key_runs_once_per_match_value(calls_of):
    """P-6 (test_cbmo002): Outputs `{"i": ALL, "j": MATCH}` give one request per j."""
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button("all", id="fill-all")]
        + [html.Button(f"row {j}", id={"j": j, "kind": "btn"}) for j in range(2)]
        + [html.Div(id={"i": i, "j": j}) for j in range(2) for i in range(3)]
    )

    @app.callback(
        Output({"i": ALL, "j": MATCH}, "children"),
        Input("fill-all", "n_clicks"),
        Input({"j": MATCH, "kind": "btn"}, "n_clicks"),
        prevent_initial_call=True,
    )
    def fill(all_clicks, row_clicks):
        row = ctx.outputs_list[0]["id"]["j"]
        return [f"{row}:{all_clicks}:{row_clicks}"] * len(ctx.outputs_list)

    h = AppHarness(app)
    h.click({"j": 1, "kind": "btn"})
    assert len(calls_of(h, "fill")) == 1
    assert [h.get_prop({"i": i, "j": 1}, "children") for i in range(3)] == ["1:None:1"] * 3
    assert [h.get_prop({"i": i, "j": 0}, "children") for i in range(3)] == [None] * 3
    h.click("fill-all")
    assert len(calls_of(h, "fill")) == 3
    assert [h.get_prop({"i": i, "j": 0}, "children") for i in range(3)] == ["0:1:None"] * 3
    assert [h.get_prop({"i": i, "j": 1}, "children") for i in range(3)] == ["1:1:1"] * 3


def test_match_input_with_fixed_output(calls_of):
    """P-4, C-3 (current Dash 4.2, test_cbwc009): MATCH in Inputs with a fixed Output is legal;
    each firing is bound to the trigger's MATCH values, and a MATCH State follows it."""
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button(f"b{k}", id={"type": "btn", "index": k}) for k in range(3)]
        + [dcc.Input(id={"type": "name", "index": k}, value=f"name {k}") for k in range(3)]
        + [html.Div(id="out")]
    )

    @app.callback(
        Output("out", "children"),
        Input({"type": "btn", "index": MATCH}, "n_clicks"),
        State({"type": "name", "index": MATCH}, "value"),
        prevent_initial_call=True,
    )
    def which(n, name):
        return f"{ctx.triggered_id['index']}: {name} ({n})"

    h = AppHarness(app)
    h.click({"type": "btn", "index": 2})
    assert h.get_prop("out", "children") == "2: name 2 (1)"
    h.click({"type": "btn", "index": 0})
    assert h.get_prop("out", "children") == "0: name 0 (1)"
    assert len(calls_of(h, "which")) == 2


def fibonacci_app(counts: dict) -> Dash:
    """Dash's test_cbwc002: ALLSMALLER → MATCH builds the Fibonacci series; an ALL sum on top."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="n", value=4, type="number"), html.Div(id="series"), html.Div(id="sum")])

    @app.callback(Output("series", "children"), Input("n", "value"))
    def items(n):
        return [html.Div(id={"i": i}) for i in range(n)]

    @app.callback(Output({"i": MATCH}, "children"), Input({"i": ALLSMALLER}, "children"))
    def sequence(prev):
        counts.setdefault("order", []).append(ctx.outputs_list["id"]["i"])
        if len(prev) < 2:
            return len(prev)
        return int(prev[-1] or 0) + int(prev[-2] or 0)

    @app.callback(Output("sum", "children"), Input({"i": ALL}, "children"))
    def show_sum(seq):
        counts["sum"] = counts.get("sum", 0) + 1
        return f"{len(seq)} elements, sum: {sum(int(v or 0) for v in seq)}"

    return app


def test_fibonacci_with_allsmaller(calls_of):
    """C-11c (test_cbwc002): each MATCH item runs once, in index order; the sum runs twice at load
    (once with [], once after the chunk); 4 → 5 re-creates all 5 items; 0 gives only the sum's final call."""
    counts: dict = {}
    h = AppHarness(fibonacci_app(counts))
    assert counts["order"] == [0, 1, 2, 3]
    assert counts["sum"] == 2
    assert [h.get_prop({"i": i}, "children") for i in range(4)] == [0, 1, 1, 2]
    assert h.get_prop("sum", "children") == "4 elements, sum: 4"

    counts.clear()
    h.set_props("n", {"value": 5})
    assert counts["order"] == [0, 1, 2, 3, 4]
    assert counts["sum"] == 1
    assert h.get_prop("sum", "children") == "5 elements, sum: 7"

    counts.clear()
    h.set_props("n", {"value": 0})
    assert "order" not in counts
    assert counts["sum"] == 1
    assert h.get_prop("sum", "children") == "0 elements, sum: 0"


def test_allsmaller_gets_an_empty_list_for_the_first_item():
    """P-7: ALLSMALLER on the first item is []."""
    counts: dict = {}
    h = AppHarness(fibonacci_app(counts))
    first = [r for r in h.calls if r.callback == "sequence"][0]
    assert first.inputs == {}
    assert h.get_prop({"i": 0}, "children") == 0


def test_all_output_matching_nothing_is_not_called(names):
    """P-7, C-4 step 4 (test_cbmo001): a callback whose only Output is ALL and matches nothing never runs."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1)])

    @app.callback(Output({"type": "cell", "index": ALL}, "children"), Input("inp", "value"))
    def fill(value):
        raise AssertionError("must not be called with nothing to fill")

    h = AppHarness(app)
    h.set_props("inp", {"value": 2})
    assert names(h) == []


def test_empty_all_output_next_to_a_present_output_gets_an_empty_list():
    """P-7 (test_cbmo001 with_simple): with another Output present, the callback runs and the empty
    ALL group takes []."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="simple")])

    @app.callback(
        Output({"type": "cell", "index": ALL}, "children"), Output("simple", "children"), Input("inp", "value")
    )
    def fill(value):
        return [], f"filled {len(ctx.outputs_list[0])}"

    h = AppHarness(app)
    assert h.get_prop("simple", "children") == "filled 0"


def test_no_update_inside_an_all_list_skips_that_component():
    """O-2: no_update as one element of an ALL list leaves that component unchanged."""
    from learndash import no_update

    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value="x")] + [html.Div(id={"c": k}, children=f"old{k}") for k in range(3)]
    )

    @app.callback(Output({"c": ALL}, "children"), Input("inp", "value"), prevent_initial_call=True)
    def fill(value):
        return [value, no_update, value]

    h = AppHarness(app)
    h.set_props("inp", {"value": "new"})
    assert [h.get_prop({"c": k}, "children") for k in range(3)] == ["new", "old1", "new"]
    assert h.calls[-1].outputs == {'{"c":0}.children': "new", '{"c":2}.children': "new"}


def test_removed_components_drop_out_of_all_lists():
    """P-9, C-8 d: a component removed by a callback no longer appears in ALL lists."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            dcc.Input(id="count", value=3, type="number"),
            html.Div(id="list"),
            html.Button("read", id="read"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("list", "children"), Input("count", "value"))
    def build(n):
        return [dcc.Input(id={"item": k}, value=k * 10) for k in range(n)]

    @app.callback(Output("out", "children"), Input("read", "n_clicks"), State({"item": ALL}, "value"))
    def read(n, values):
        return values

    h = AppHarness(app)
    h.click("read")
    assert h.get_prop("out", "children") == [0, 10, 20]
    h.set_props("count", {"value": 1})
    h.click("read")
    assert h.get_prop("out", "children") == [0]
    assert not h.has_component({"item": 2})


def test_allsmaller_in_an_output_is_refused():
    """P-2: Outputs allow ALL and MATCH only."""
    with pytest.raises(CallbackDefinitionError) as raised:
        Output({"i": ALLSMALLER}, "children")
    assert "ALLSMALLER" in str(raised.value)
    assert "ALL, MATCH" in str(raised.value)


def test_allsmaller_compares_numbers_and_numeric_strings_numerically():
    """P-5: ALLSMALLER keeps ids sorting strictly below the MATCH value; numbers and numeric strings
    compare numerically ("10" > 5), in ALL order."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id={"i": v}, value=str(v)) for v in [2, "10", 5, "3"]] + [html.Div(id={"i": 5, "role": "out"})]
    )

    @app.callback(Output({"i": MATCH, "role": "out"}, "children"), Input({"i": ALLSMALLER}, "value"))
    def below(values):
        return values

    h = AppHarness(app)
    assert h.get_prop({"i": 5, "role": "out"}, "children") == ["2", "3"]



@pytest.mark.parametrize(
    ("value", "number"),
    [(3, 3.0), ("10", 10.0), (" 5 ", 5.0), ("1e1", 10.0), ("0x10", 16.0), ("-.5", -0.5),
     (True, None), ("", None), ("  ", None), ("nan", None), ("Infinity", None), ("1_0", None), ("-0x10", None), ("a1", None), (10**400, None)],
)
def test_id_values_read_as_numbers_as_dashs_renderer_reads_them(value, number):
    """P-5: Dash's isNumeric (fast-isnumeric): finite numbers and text JavaScript's Number() reads
    as one, never booleans, blank text, NaN or Infinity; Python's float() is looser ("nan", "1_0")."""
    from learndash.patterns import numeric_value

    assert numeric_value(value) == number


def test_match_pairs_a_numeric_text_value_with_its_number():
    """P-5: a MATCH key names the same instance for values equal as numbers, as Dash's renderer
    compares them (idValSort == 0): the Input {"i": "1"} feeds the Output {"i": 1}; "1.0" too;
    a constant key stays strict (P-3), and True is not 1."""
    from learndash.patterns import same_match_value

    assert same_match_value("1", 1) and same_match_value("1.0", 1) and same_match_value("a", "a")
    assert not same_match_value(True, 1) and not same_match_value("nan", float("nan")) and not same_match_value("a", "b")
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id={"t": "in", "i": "1"}, value="a"), html.Div(id={"t": "out", "i": 1})])

    @app.callback(Output({"t": "out", "i": MATCH}, "children"), Input({"t": "in", "i": MATCH}, "value"))
    def echo(value):
        return value

    h = AppHarness(app)
    h.set_props({"t": "in", "i": "1"}, {"value": "b"})
    assert h.get_prop({"t": "out", "i": 1}, "children") == "b"

def test_all_inputs_with_no_matches_and_missing_output_do_not_fire(names):
    """I-3 (test_cbmi006/007): all-ALL Inputs with no matches fire only when the outputs are present."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Div(id="here")])

    @app.callback(Output("not-here", "children"), Input({"t": ALL}, "value"))
    def hidden(values):
        raise AssertionError("output missing")

    h = AppHarness(app)
    assert names(h) == []


def test_all_inputs_mixed_with_a_missing_simple_input_do_not_fire(names):
    """I-3 (test_cbmi008): an empty ALL Input next to a missing simple Input: all inputs count as
    missing, so the callback is skipped silently."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Div(id="out")])

    @app.callback(Output("out", "children"), Input({"t": ALL}, "value"), Input("missing", "value"))
    def mixed(values, missing):
        raise AssertionError("must not run")

    h = AppHarness(app)
    assert names(h) == []
    assert h.errors == []


def test_true_and_1_are_different_id_values():
    """P-3, W-3: id values compare like JavaScript's ===, so True and 1 name different components."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id={"i": True}, value="bool"), dcc.Input(id={"i": 1}, value="int"), html.Div(id="out")]
    )

    @app.callback(Output("out", "children"), Input({"i": 1}, "value"))
    def exact(value):
        return value

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "int"
    h.set_props({"i": True}, {"value": "bool2"})
    assert h.get_prop("out", "children") == "int"
    assert h.get_prop({"i": True}, "value") == "bool2"


def test_inserted_pair_outer_all_is_triggered_inner_match_is_initial():
    """C-8 a/b, X-2 (test_cbwc004): inserting an input/output pair re-runs the outer ALL callback with
    triggered = the new input's prop, and runs the inner MATCH callback as an initial call (falsy triggered)."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("Add", id="add"), html.Div(id="container", children=[]), html.Div(id="output-outer")])

    @app.callback(Output("container", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n):
        return [html.Div([dcc.Input(id={"type": "input", "index": n}, value=f"v{n}"), html.Div(id={"type": "output-inner", "index": n})])]

    @app.callback(Output("output-outer", "children"), Input({"type": "input", "index": ALL}, "value"))
    def outer(values):
        return [ctx.triggered[0]["prop_id"], bool(ctx.triggered), values]

    @app.callback(Output({"type": "output-inner", "index": MATCH}, "children"), Input({"type": "input", "index": MATCH}, "value"))
    def inner(value):
        return [value, bool(ctx.triggered)]

    h = AppHarness(app)
    assert h.get_prop("output-outer", "children") == [".", False, []]
    h.click("add")
    assert h.get_prop("output-outer", "children") == ['{"index":1,"type":"input"}.value', True, ["v1"]]
    assert h.get_prop({"type": "output-inner", "index": 1}, "children") == ["v1", False]
    h.set_props({"type": "input", "index": 1}, {"value": "typed"})
    assert h.get_prop({"type": "output-inner", "index": 1}, "children") == ["typed", True]


def test_all_input_of_a_match_callback_fires_only_the_matching_instance(calls_of):
    """R-2 (amends C-3; checked on Dash 4.4.1 by the R-2 conformance scenarios): a trigger that
    reaches a MATCH callback through ALL on the MATCH key fires only the instance with the
    trigger's value; the others keep their now stale outputs."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id={"i": k, "role": "in"}, value=k) for k in range(3)]
        + [html.Div(id={"i": k, "role": "out"}) for k in range(3)]
    )

    @app.callback(Output({"i": MATCH, "role": "out"}, "children"), Input({"i": ALL, "role": "in"}, "value"))
    def total_for(values):
        return sum(values) * 10 + ctx.outputs_list["id"]["i"]

    h = AppHarness(app)
    assert len(calls_of(h, "total_for")) == 3
    h.set_props({"i": 0, "role": "in"}, {"value": 5})
    assert len(calls_of(h, "total_for")) == 4
    assert [h.get_prop({"i": k, "role": "out"}, "children") for k in range(3)] == [80, 31, 32]


def test_inserted_chain_that_prevents_skips_its_followers():
    """I-6, C-8 c: inside an inserted chunk, a follower whose inputs all come from a chunk callback
    that prevented does not run."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="slot")])
    ran = []

    @app.callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n):
        return [dcc.Input(id={"k": "src"}, value="x"), html.Div(id={"k": "mid"}), html.Div(id={"k": "end"})]

    @app.callback(Output({"k": "mid"}, "children"), Input({"k": "src"}, "value"))
    def mid(value):
        ran.append("mid")
        raise PreventUpdate

    @app.callback(Output({"k": "end"}, "children"), Input({"k": "mid"}, "children"))
    def end(value):
        ran.append("end")
        return "end ran"

    h = AppHarness(app)
    h.click("add")
    assert ran == ["mid"]
