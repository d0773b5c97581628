"""Several Outputs on one callback: shapes that must come back, and the errors when they don't
(rules O-1, O-2, O-4, O-6, W-7)."""
from __future__ import annotations

import pytest

from learndash import ALL, Dash, Input, Output, dcc, html, no_update
from learndash.exceptions import CallbackError, InvalidCallbackReturnValue
from learndash.testing import AppHarness


def five_outputs_app() -> Dash:
    """The tutorial's 'one input, five outputs': square, cube, twos, threes, x^x."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="num", type="number", value=5)] + [html.Td(id=name) for name in ["sq", "cu", "tw", "th", "xx"]]
    )

    @app.callback(
        Output("sq", "children"),
        Output("cu", "children"),
        Output("tw", "children"),
        Output("th", "children"),
        Output("xx", "children"),
        Input("num", "value"),
    )
    def powers(x):
        return x**2, x**3, 2**x, 3**x, x**x

    return app


def test_five_outputs_from_one_input(calls_of):
    """O-1: a callback with 5 Outputs returns 5 values, one per Output, in order."""
    h = AppHarness(five_outputs_app())
    assert [h.get_prop(i, "children") for i in ["sq", "cu", "tw", "th", "xx"]] == [25, 125, 32, 243, 3125]
    h.set_props("num", {"value": 2})
    assert [h.get_prop(i, "children") for i in ["sq", "cu", "tw", "th", "xx"]] == [4, 8, 4, 9, 4]
    assert len(calls_of(h, "powers")) == 2


def test_outputs_as_a_list_take_a_list_or_tuple():
    """O-1: `[Output(a), Output(b)]` accepts a list or a tuple of 2 values."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), html.Div(id="a"), html.Div(id="b")])

    @app.callback([Output("a", "children"), Output("b", "children")], [Input("inp", "value")])
    def pair(value):
        return [value, value * 2] if value == "v" else (value, value * 3)

    h = AppHarness(app)
    assert (h.get_prop("a", "children"), h.get_prop("b", "children")) == ("v", "vv")
    h.set_props("inp", {"value": "w"})
    assert (h.get_prop("a", "children"), h.get_prop("b", "children")) == ("w", "www")


def test_single_output_in_a_list_needs_a_one_item_list():
    """O-1 (test_cbva003, test_rdmo003): `[Output(a)]` must return a list of length 1."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), html.Div(id="out")])

    @app.callback([Output("out", "children")], [Input("inp", "value")])
    def wrapped(value):
        return [value.upper()] if value == "v" else value.upper()

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "V"
    with pytest.raises(InvalidCallbackReturnValue) as raised:
        h.set_props("inp", {"value": "w"})
    message = str(raised.value)
    assert "wrapped()" in message
    assert "'W'" in message
    assert "out.children" in message
    assert "one-item list" in message
    assert h.get_prop("out", "children") == "V"


def test_three_props_of_one_component(calls_of):
    """O-6 (test_rdmo002): several props of one component can be Outputs of one callback."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="target")])

    @app.callback(
        Output("target", "children"), Output("target", "title"), Output("target", "className"), Input("inp", "value")
    )
    def style(value):
        return value, f"title {value}", f"class-{value}"

    h = AppHarness(app)
    assert h.get_props("target") == {"id": "target", "children": "x", "title": "title x", "className": "class-x"}
    assert calls_of(h, "style")[0].outputs == {
        "target.children": "x",
        "target.title": "title x",
        "target.className": "class-x",
    }


def test_many_outputs_in_one_callback():
    """O-1 (test_rdmo001): a callback with 50 Outputs fills each one."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1)] + [html.Div(id=f"o{k}") for k in range(50)])

    @app.callback([Output(f"o{k}", "children") for k in range(50)], Input("inp", "value"))
    def fill(value):
        return [value + k for k in range(50)]

    h = AppHarness(app)
    h.set_props("inp", {"value": 100})
    assert [h.get_prop(f"o{k}", "children") for k in range(50)] == [100 + k for k in range(50)]


def test_downstream_reads_outputs_in_any_order(calls_of):
    """C-4 step 5 (test_cbmt003, issue #1071): a multi-output whose order differs from downstream use
    still completes the chain, and the downstream callback runs once with both new values."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="a"), html.Div(id="b"), html.Div(id="both")])

    @app.callback(Output("b", "children"), Output("a", "children"), Input("inp", "value"))
    def split(value):
        return value * 2, value

    @app.callback(Output("both", "children"), Input("a", "children"), Input("b", "children"))
    def join(a, b):
        return f"{a},{b}"

    h = AppHarness(app)
    h.set_props("inp", {"value": 5})
    assert h.get_prop("both", "children") == "5,10"
    assert len(calls_of(h, "join")) == 2
    assert sorted(calls_of(h, "join")[-1].triggered) == ["a.children", "b.children"]


# -- O-2 inside multi-outputs -----------------------------------------------------------------


def test_partial_no_update_skips_that_output_and_its_downstream(calls_of):
    """O-2 (test_cbpu002): one output no_update is not written and triggers nothing downstream."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value=0), html.Div(id="even"), html.Div(id="odd"), html.Div(id="odd-copy")]
    )

    @app.callback(Output("even", "children"), Output("odd", "children"), Input("inp", "value"))
    def sort_number(n):
        return (n, no_update) if n % 2 == 0 else (no_update, n)

    @app.callback(Output("odd-copy", "children"), Input("odd", "children"))
    def copy_odd(odd):
        return odd

    h = AppHarness(app)
    assert calls_of(h, "sort_number")[0].outputs == {"even.children": 0}
    h.set_props("inp", {"value": 3})
    assert (h.get_prop("even", "children"), h.get_prop("odd", "children")) == (0, 3)
    assert h.get_prop("odd-copy", "children") == 3
    copies = len(calls_of(h, "copy_odd"))
    h.set_props("inp", {"value": 4})
    assert h.get_prop("even", "children") == 4
    assert h.get_prop("odd", "children") == 3
    assert len(calls_of(h, "copy_odd")) == copies


def test_bare_no_update_for_a_multi_output_skips_everything(calls_of):
    """O-2 (test_cbmo005): a lone no_update from a multi-output callback is valid: nothing changes."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value="keep"), html.Div(id="a", children="A0"), html.Div(id="b", children="B0")]
    )

    @app.callback(Output("a", "children"), Output("b", "children"), Input("inp", "value"))
    def maybe(value):
        return no_update if value == "keep" else (value, value)

    h = AppHarness(app)
    assert h.errors == []
    assert (h.get_prop("a", "children"), h.get_prop("b", "children")) == ("A0", "B0")
    assert calls_of(h, "maybe")[0].outputs == {}
    h.set_props("inp", {"value": "new"})
    assert (h.get_prop("a", "children"), h.get_prop("b", "children")) == ("new", "new")


def test_returning_none_is_a_real_update():
    """O-4 (test_dveh001): None sets the prop to null; it is not no_update."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="out", children="before")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def clear(value):
        return None

    h = AppHarness(app)
    assert h.get_prop("out", "children") is None
    assert h.get_props("out")["children"] is None


# -- O-4: the errors --------------------------------------------------------------------------


def totals_app(result):
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="price", value=10), html.Div(id="total"), html.Div(id="tax"), html.Div(id="note")]
    )

    @app.callback(
        Output("total", "children"), Output("tax", "children"), Output("note", "children"), Input("price", "value")
    )
    def update_total(price):
        return result

    return app


def test_too_few_values_names_the_outputs():
    """O-4: wrong number of values → 'update_total() returned 2 values but has 3 Outputs: …' (STYLE.md)."""
    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(totals_app((1, 2)))
    message = str(raised.value)
    assert "update_total() returned 2 values but has 3 Outputs: total.children, tax.children, note.children" in message
    assert "Return one value per Output, in the same order" in message
    assert "no_update" in message


def test_too_many_values_is_the_same_error():
    """O-4: four values for three Outputs."""
    with pytest.raises(InvalidCallbackReturnValue, match="returned 4 values but has 3 Outputs"):
        AppHarness(totals_app([1, 2, 3, 4]))


def test_multi_output_returning_a_single_value():
    """O-4: a multi-output that returns a non-sequence: the message shows the value and the Outputs."""
    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(totals_app("just one"))
    message = str(raised.value)
    assert "update_total() returned one value, 'just one', but has 3 Outputs" in message
    assert "total.children, tax.children, note.children" in message


def test_wrong_return_leaves_every_output_unchanged():
    """O-4, O-8: a return that fails validation changes none of the outputs."""
    h = AppHarness(totals_app((1, 2)), raise_on_error=False)
    assert [h.get_prop(i, "children") for i in ["total", "tax", "note"]] == [None, None, None]
    assert isinstance(h.errors[0].exception, CallbackError)
    assert h.calls[0].status == "error"


def test_unserializable_value_names_output_type_and_path():
    """O-4 (test_cbva002): a value JSON cannot hold names the Output, the type and where it is."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def tags(value):
        return {"tags": [1, {"a", "b"}]} if value == 1 else html.Div([html.Span({"x"})])

    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "tags()" in message
    assert "out.children" in message
    assert "set" in message
    assert '["tags"][1]' in message
    assert "JSON" in message


def test_all_output_needs_a_list_of_the_right_length():
    """O-4, P-7: an ALL Output takes a list with one value per matched component."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value=1)] + [html.Div(id={"type": "cell", "index": k}) for k in range(3)]
    )

    @app.callback(Output({"type": "cell", "index": ALL}, "children"), Input("inp", "value"))
    def fill(value):
        return [value] * (3 if value == 1 else 2)

    h = AppHarness(app)
    assert [h.get_prop({"type": "cell", "index": k}, "children") for k in range(3)] == [1, 1, 1]
    with pytest.raises(InvalidCallbackReturnValue) as raised:
        h.set_props("inp", {"value": 2})
    message = str(raised.value)
    assert "fill()" in message
    assert "list of 3 values" in message
    assert '{"index":["ALL"],"type":"cell"}.children' in message
    assert "2 values" in message


def test_all_output_with_a_scalar_is_an_error():
    """O-4: an ALL Output given a single value."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id={"type": "cell", "index": 0})])

    @app.callback(Output({"type": "cell", "index": ALL}, "children"), Input("inp", "value"))
    def fill(value):
        return "scalar"

    with pytest.raises(InvalidCallbackReturnValue, match="fill\\(\\) must return a list of 1 values"):
        AppHarness(app)


def test_no_output_callback_must_return_none():
    """O-1 (test_arb004): a callback without Outputs returning a value is an error that says so."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1)])

    @app.callback(Input("inp", "value"))
    def log_it(value):
        return "oops"

    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "log_it() has no Output but returned 'oops'" in message
    assert "set_props" in message


def test_returning_a_component_class_instead_of_an_instance_teaches():
    """O-4: a component class (html.Div, not html.Div(...)) cannot be serialized; the message says
    which callback and output, and that the class must be called."""
    from learndash import Dash, Input, Output, dcc, html
    from learndash.exceptions import InvalidCallbackReturnValue
    from learndash.testing import AppHarness

    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def make_box(value):
        return [html.Div]

    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "make_box()" in message and "out.children" in message
    assert "returned the class Div at [0]" in message and "Div(...)" in message
