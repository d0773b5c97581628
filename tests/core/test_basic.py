"""Basic callbacks: the initial load, user edits, the decorator styles, component behaviours and
errors raised inside callbacks (rules C-2, I-2, I-3, I-6, K-1, K-3, K-12, O-5, O-8, W-2)."""
from __future__ import annotations

import pytest

import learndash
from learndash import ALL, Dash, Input, Output, State, callback, dcc, html, set_props
from learndash.exceptions import CallbackError, PreventUpdate
from learndash.testing import AppHarness


def text_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="my-input", value="initial"), html.Div(id="my-output")])

    @app.callback(Output("my-output", "children"), Input("my-input", "value"))
    def update_output(value):
        return f"Output: {value}"

    return app


# -- C-2, I-2: the text-input tutorial --------------------------------------------------------


def test_initial_call_runs_once_at_load(calls_of):
    """I-2: a callback whose output is on the page runs once at load, with the layout values."""
    h = AppHarness(text_app())
    [record] = calls_of(h, "update_output")
    assert record.initial is True
    assert record.triggered == []
    assert record.inputs == {"my-input.value": "initial"}
    assert h.get_prop("my-output", "children") == "Output: initial"


def test_each_edit_runs_the_callback_once(calls_of):
    """C-2 item 1 (test_cbsc001): one call per keystroke, reading the new value."""
    h = AppHarness(text_app())
    for text in ["h", "hi", "hi!"]:
        h.set_props("my-input", {"value": text})
    assert [r.inputs["my-input.value"] for r in calls_of(h, "update_output")] == ["initial", "h", "hi", "hi!"]
    assert h.get_prop("my-output", "children") == "Output: hi!"
    assert h.text("my-output") == "Output: hi!"


def test_an_edit_that_changes_nothing_triggers_nothing(calls_of):
    """C-2 item 1: setProps keeps only props whose value really changes; an equal value fires nothing."""
    h = AppHarness(text_app())
    h.set_props("my-input", {"value": "initial"})
    assert len(calls_of(h, "update_output")) == 1


def test_edit_records_the_triggering_prop(calls_of):
    """C-3: a user edit makes a request whose changedPropIds is the edited prop."""
    h = AppHarness(text_app())
    h.set_props("my-input", {"value": "x"})
    last = calls_of(h, "update_output")[-1]
    assert last.triggered == ["my-input.value"]
    assert last.initial is False
    assert last.status == "ok"
    assert last.outputs == {"my-output.children": "Output: x"}


def test_callback_whose_output_is_never_on_the_page_never_runs(names):
    """I-2, C-4 step 4 (test_rddp001): callbacks are found by output; no output on the page, no run."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="inp", value="a")])

    @app.callback(Output("not-there", "children"), Input("inp", "value"))
    def never(value):
        raise AssertionError("must not run")

    h = AppHarness(app)
    h.set_props("inp", {"value": "b"})
    assert names(h) == []


def test_a_stateful_input_feeds_the_output_of_a_later_edit(calls_of):
    """C-1: the layout is the single source of truth; every call reads the values it holds now."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="a", value=1), dcc.Input(id="b", value=2), html.Div(id="sum")])

    @app.callback(Output("sum", "children"), Input("a", "value"), Input("b", "value"))
    def add(a, b):
        return a + b

    h = AppHarness(app)
    h.set_props("a", {"value": 10})
    h.set_props("b", {"value": 20})
    assert h.get_prop("sum", "children") == 30
    assert [r.triggered for r in calls_of(h, "add")] == [[], ["a.value"], ["b.value"]]


def test_five_inputs_fire_one_call_at_load_and_one_per_edit(calls_of):
    """I-5 (test_cbsc011): a callback with many Inputs present at load runs exactly once."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id=f"in-{k}", value=k) for k in range(5)] + [html.Div(id="out")])

    @app.callback(Output("out", "children"), [Input(f"in-{k}", "value") for k in range(5)])
    def total(*values):
        return sum(values)

    h = AppHarness(app)
    assert len(calls_of(h, "total")) == 1
    assert h.get_prop("out", "children") == 10
    h.set_props("in-3", {"value": 30})
    assert len(calls_of(h, "total")) == 2
    assert h.get_prop("out", "children") == 37


# -- the decorator forms (O-1, A) -------------------------------------------------------------


def test_decorated_function_stays_directly_callable():
    """A (test_cbsc017): the decorator returns the plain function, so students can unit-test it."""
    app = Dash(__name__)

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def shout(value):
        return value.upper()

    assert shout("hi") == "HI"
    assert shout.__name__ == "shout"


def test_global_callback_function_stays_directly_callable():
    """A: the global `@callback` also returns the plain function."""

    @callback(Output("out", "children"), Input("inp", "value"))
    def shout(value):
        return value.upper()

    assert shout("hi") == "HI"


@pytest.mark.parametrize(
    "style",
    ["flat", "lists", "keywords"],
)
def test_flat_list_and_keyword_decorator_styles_behave_alike(style, calls_of):
    """O-1: `Output, Input, State` flat, `Output, [Input], [State]` lists, and output=/inputs=/state=."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value="a"), dcc.Input(id="st", value="s"), html.Div(id="out")]
    )

    def join(value, state):
        return f"{value}+{state}"

    if style == "flat":
        app.callback(Output("out", "children"), Input("inp", "value"), State("st", "value"))(join)
    elif style == "lists":
        app.callback(Output("out", "children"), [Input("inp", "value")], [State("st", "value")])(join)
    else:
        app.callback(output=Output("out", "children"), inputs=[Input("inp", "value")], state=[State("st", "value")])(join)

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "a+s"
    h.set_props("st", {"value": "t"})
    assert len(calls_of(h, "join")) == 1  # State never triggers
    h.set_props("inp", {"value": "b"})
    assert h.get_prop("out", "children") == "b+t"


def test_dependencies_module_has_the_dash_1_spellings():
    """A: `from learndash.dependencies import Input, Output, State, ALL, MATCH, ALLSMALLER` (Dash 1.x)."""
    from learndash.dependencies import ALL as ALL_
    from learndash.dependencies import ALLSMALLER, MATCH
    from learndash.dependencies import Input as Input_
    from learndash.dependencies import Output as Output_
    from learndash.dependencies import State as State_

    assert (Input_, Output_, State_, ALL_) == (learndash.Input, learndash.Output, learndash.State, learndash.ALL)
    assert MATCH is learndash.MATCH and ALLSMALLER is learndash.ALLSMALLER


def test_dependencies_module_has_clientside_function():
    """A: Dash 4.4.1's dash.dependencies also holds ClientsideFunction; Stack Overflow answers import it from
    there with Input and Output (`from dash.dependencies import Input, Output, ClientsideFunction`)."""
    from learndash.dependencies import ClientsideFunction

    assert ClientsideFunction is learndash.ClientsideFunction


def test_public_api_names():
    """A: the names a Dash tutorial imports all exist on `learndash`."""
    for name in [
        "Dash", "html", "dcc", "Input", "Output", "State", "ALL", "MATCH", "ALLSMALLER",
        "callback", "ctx", "callback_context", "no_update",
    ]:
        assert hasattr(learndash, name), name
    assert learndash.callback_context is learndash.ctx


def test_global_callback_is_adopted_by_the_app(calls_of):
    """A, W-5: a global `@callback` lands in the app that serves the page, and behaves the same."""
    app = Dash(__name__)
    app.layout = text_app().layout

    @callback(Output("my-output", "children"), Input("my-input", "value"))
    def update_output(value):
        return f"global: {value}"

    h = AppHarness(app)
    assert h.get_prop("my-output", "children") == "global: initial"
    h.set_props("my-input", {"value": "x"})
    assert h.get_prop("my-output", "children") == "global: x"
    assert len(calls_of(h, "update_output")) == 2


def test_global_callback_ignores_app_wide_prevent_initial_callbacks(calls_of):
    """I-7: `Dash(prevent_initial_callbacks=True)` changes app.callback only; `@callback` still fires."""
    app = Dash(__name__, prevent_initial_callbacks=True)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="by-app"), html.Div(id="by-global")])

    @app.callback(Output("by-app", "children"), Input("inp", "value"))
    def app_wide(value):
        return value

    @callback(Output("by-global", "children"), Input("inp", "value"))
    def global_one(value):
        return value

    h = AppHarness(app)
    assert calls_of(h, "app_wide") == []
    assert len(calls_of(h, "global_one")) == 1
    assert h.get_prop("by-app", "children") is None
    assert h.get_prop("by-global", "children") == "a"


def test_component_object_can_stand_in_for_its_id():
    """O-1: `Input(my_component, "value")` uses that component's id."""
    app = Dash(__name__)
    box = dcc.Input(id="box", value="v")
    out = html.Div(id="echo")
    app.layout = html.Div([box, out])

    @app.callback(Output(out, "children"), Input(box, "value"))
    def echo(value):
        return value

    h = AppHarness(app)
    assert h.get_prop("echo", "children") == "v"


# -- JavaScript number semantics (W-3) --------------------------------------------------------


def test_returned_tuple_comes_back_as_a_list():
    """W-2: values cross JSON as in the browser, so a returned tuple is a list in the layout."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Store(id="store"), dcc.Input(id="inp", value=1), html.Div(id="seen")])

    @app.callback(Output("store", "data"), Input("inp", "value"))
    def to_store(value):
        return (value, value + 1)

    @app.callback(Output("seen", "children"), Input("store", "data"))
    def read_store(data):
        return type(data).__name__

    h = AppHarness(app)
    assert h.get_prop("store", "data") == [1, 2]
    assert h.get_prop("seen", "children") == "list"


def test_integral_float_reaches_the_next_callback_as_int():
    """W-3: JavaScript has one number type; `10.0` returned arrives at the next callback as `10`."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=4), dcc.Store(id="store"), html.Div(id="seen")])

    @app.callback(Output("store", "data"), Input("inp", "value"))
    def halve(value):
        return {"half": value / 2, "items": [value * 2.5]}

    @app.callback(Output("seen", "children"), Input("store", "data"))
    def kinds(data):
        return [type(data["half"]).__name__, type(data["items"][0]).__name__]

    h = AppHarness(app)
    assert h.get_prop("store", "data") == {"half": 2, "items": [10]}
    assert h.get_prop("seen", "children") == ["int", "int"]
    h.set_props("inp", {"value": 5})
    assert h.get_prop("seen", "children") == ["float", "float"]
    assert h.get_prop("store", "data") == {"half": 2.5, "items": [12.5]}


def test_float_typed_by_the_user_arrives_as_int():
    """W-3: a user edit crosses JSON too; `3.0` typed in arrives as the integer 3."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", type="number"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def kind(value):
        return type(value).__name__

    h = AppHarness(app)
    h.set_props("inp", {"value": 3.0})
    assert h.get_prop("out", "children") == "int"


# -- what components do on their own (K-*) ----------------------------------------------------


def test_n_clicks_is_none_before_the_first_click():
    """K-1, K-0a (test_cbsc010): JS defaults never reach the layout; n_clicks reads None at load."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("Go", id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def show(n):
        return repr(n)

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "None"
    assert h.get_prop("btn", "n_clicks") is None
    h.click("btn")
    assert h.get_prop("out", "children") == "1"
    h.click("btn")
    assert h.get_prop("out", "children") == "2"


def test_click_writes_n_clicks_and_timestamp_in_one_edit(calls_of):
    """K-1, C-2 item 1 (test_cbsc014): both props in one setProps, so a callback on both runs once."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("Go", id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), Input("btn", "n_clicks_timestamp"))
    def both(n, stamp):
        return f"{n}"

    h = AppHarness(app)
    h.click("btn")
    clicks = calls_of(h, "both")[1:]
    assert len(clicks) == 1
    assert set(clicks[0].triggered) == {"btn.n_clicks", "btn.n_clicks_timestamp"}
    first_stamp = h.get_prop("btn", "n_clicks_timestamp")
    assert isinstance(first_stamp, int) and first_stamp > 0
    h.click("btn")
    assert len(calls_of(h, "both")) == 3
    assert h.get_prop("btn", "n_clicks_timestamp") > first_stamp


def test_click_on_dict_id_button():
    """K-1, P-1: dict ids work for clicks and reads."""
    app = Dash(__name__)
    button_id = {"type": "btn", "index": 3}
    app.layout = html.Div([html.Button("Go", id=button_id), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input(button_id, "n_clicks"))
    def show(n):
        return n

    h = AppHarness(app)
    h.click(button_id)
    h.click({"index": 3, "type": "btn"})
    assert h.get_prop(button_id, "n_clicks") == 2
    assert h.get_prop("out", "children") == 2


def test_dropdown_drops_a_value_no_longer_in_its_options(calls_of):
    """K-3: when options change, a Dropdown clears a value that is gone, and callbacks on value fire."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.RadioItems(id="kind", options=["fruit", "veg"], value="fruit"),
            dcc.Dropdown(id="item", value="apple"),
            html.Div(id="chosen"),
        ]
    )
    choices = {"fruit": ["apple", "pear"], "veg": ["leek", "kale"]}

    @app.callback(Output("item", "options"), Input("kind", "value"))
    def options_for(kind):
        return choices[kind]

    @app.callback(Output("chosen", "children"), Input("item", "value"))
    def show(value):
        return repr(value)

    h = AppHarness(app)
    assert h.get_prop("item", "value") == "apple"
    assert h.get_prop("chosen", "children") == "'apple'"
    h.set_props("kind", {"value": "veg"})
    assert h.get_prop("item", "value") is None
    assert h.get_prop("chosen", "children") == "None"
    h.set_props("item", {"value": "kale"})
    h.set_props("kind", {"value": "fruit"})
    assert h.get_prop("item", "value") is None


def test_multi_dropdown_keeps_only_values_still_offered():
    """K-3: a multi Dropdown filters its value list when options change."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="filter", value="all"),
            dcc.Dropdown(id="pick", options=["a", "b", "c"], value=["a", "c"], multi=True),
        ]
    )

    @app.callback(Output("pick", "options"), Input("filter", "value"))
    def options_for(mode):
        return [{"label": x.upper(), "value": x} for x in (["a", "b", "c"] if mode == "all" else ["b", "c"])]

    h = AppHarness(app)
    assert h.get_prop("pick", "value") == ["a", "c"]
    h.set_props("filter", {"value": "some"})
    assert h.get_prop("pick", "value") == ["c"]
    assert h.text("pick") == "C"


def test_interval_tick_counts_from_one():
    """K-12: the first tick gives n_intervals == 1 (JS default 0), each tick one edit."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Interval(id="timer"), html.Div(id="out")])
    seen = []

    @app.callback(Output("out", "children"), Input("timer", "n_intervals"))
    def count(n):
        seen.append(n)
        return n

    h = AppHarness(app)
    h.tick("timer")
    h.tick("timer", n=2)
    assert seen == [None, 1, 2, 3]


# -- I-2 extras, I-3, I-6: who runs at load ---------------------------------------------------


def test_no_output_callback_fires_once_at_load_and_can_set_props(calls_of):
    """I-2 (current Dash, test_cbsc022): a no-output callback fires at load; set_props writes (C-2.3)."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="out")])

    @app.callback(Input("inp", "value"))
    def side(value):
        set_props("out", {"children": f"side {value}"})

    h = AppHarness(app)
    assert len(calls_of(h, "side")) == 1
    assert h.get_prop("out", "children") == "side a"
    h.set_props("inp", {"value": "b"})
    assert h.get_prop("out", "children") == "side b"


def test_no_input_callback_fires_once_at_load(calls_of):
    """I-2, I-10 (current Dash, test_cbsc023): a callback without Inputs runs once at load."""
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="out")])

    @app.callback(Output("out", "children"))
    def hello():
        return "hello"

    h = AppHarness(app)
    assert len(calls_of(h, "hello")) == 1
    assert h.get_prop("out", "children") == "hello"


def test_all_inputs_missing_is_skipped_like_prevent_update(names):
    """I-3 (test_cbmi001): all Inputs missing (States present) → not called, no error; a downstream
    callback with another present Input still runs (I-6)."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="here", value="h"), html.Div(id="out1"), html.Div(id="out2", children="layout")])

    @app.callback(Output("out1", "children"), Input("missing", "value"), State("here", "value"))
    def skipped(missing, here):
        raise AssertionError("must not be called")

    @app.callback(Output("out2", "children"), Input("out1", "children"), Input("here", "value"))
    def downstream(out1, here):
        return f"{out1}|{here}"

    h = AppHarness(app)
    assert names(h) == ["downstream"]
    assert h.get_prop("out2", "children") == "None|h"
    assert h.errors == []


def test_follow_on_of_only_skipped_callbacks_is_skipped(names):
    """I-3 (test_cbmi002): a callback whose every Input is an output of an excluded callback is excluded too."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Div(id="mid"), html.Div(id="end")])

    @app.callback(Output("mid", "children"), Input("missing", "value"))
    def first(value):
        raise AssertionError("must not be called")

    @app.callback(Output("end", "children"), Input("mid", "children"))
    def second(mid):
        raise AssertionError("must not be called")

    h = AppHarness(app)
    assert names(h) == []
    assert h.errors == []


def test_some_inputs_missing_is_an_error_and_the_app_keeps_working(names):
    """I-3, V-6 (test_cbmi003): some Inputs missing → 'A nonexistent object was used in an Input';
    the callback does not run; other callbacks keep working."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="here", value="h"), html.Div(id="out"), html.Div(id="other")])

    @app.callback(Output("out", "children"), Input("here", "value"), Input("gone", "value"))
    def needs_both(here, gone):
        raise AssertionError("must not be called")

    @app.callback(Output("other", "children"), Input("here", "value"))
    def fine(here):
        return here

    h = AppHarness(app, raise_on_error=False)
    assert "needs_both" not in names(h)
    assert h.get_prop("other", "children") == "h"
    assert any("nonexistent object" in e.title and "`Input`" in e.title for e in h.errors)
    message = next(e.message for e in h.errors if "nonexistent" in e.title)
    assert "needs_both()" in message and "'gone'" in message and "'here'" in message
    h.set_props("here", {"value": "again"})
    assert h.get_prop("other", "children") == "again"


def test_some_inputs_missing_raises_with_raise_on_error():
    """I-3, V-6: with raise_on_error=True the same problem raises at the action that caused it."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="here", value="h"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("here", "value"), Input("gone", "value"))
    def needs_both(here, gone):
        return "x"

    with pytest.raises(Exception, match="gone"):
        AppHarness(app)


# -- O-5, C-8: components returned by callbacks -----------------------------------------------


def test_inserted_subtree_fires_its_inner_callback_once(calls_of):
    """O-5, C-8 a (test_cbsc002): returned components get their initial callbacks, exactly once."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="outer", value="o"), html.Div(id="slot")])

    @app.callback(Output("slot", "children"), Input("outer", "value"))
    def build(value):
        return html.Div([dcc.Input(id="sub-input", value=f"sub-{value}"), html.Div(id="sub-output")])

    @app.callback(Output("sub-output", "children"), Input("sub-input", "value"))
    def inner(value):
        return value.upper()

    h = AppHarness(app)
    assert len(calls_of(h, "inner")) == 1
    assert calls_of(h, "inner")[0].triggered == []
    assert h.get_prop("sub-output", "children") == "SUB-O"
    h.set_props("sub-input", {"value": "typed"})
    assert h.get_prop("sub-output", "children") == "TYPED"
    h.set_props("outer", {"value": "p"})
    assert len(calls_of(h, "inner")) == 3
    assert h.get_prop("sub-output", "children") == "SUB-P"


def test_ten_inputs_inserted_at_once_fire_one_call(calls_of):
    """O-5, C-8 c (test_cbsc012): a callback whose 10 Inputs arrive in one chunk runs once."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("load", id="load"), html.Div(id="slot"), html.Div(id="out")])

    @app.callback(Output("slot", "children"), Input("load", "n_clicks"), prevent_initial_call=True)
    def build(n):
        return [dcc.Input(id=f"in-{k}", value=k) for k in range(10)]

    @app.callback(Output("out", "children"), [Input(f"in-{k}", "value") for k in range(10)])
    def total(*values):
        return sum(values)

    h = AppHarness(app)
    assert calls_of(h, "total") == []
    h.click("load")
    assert len(calls_of(h, "total")) == 1
    assert h.get_prop("out", "children") == 45


def test_state_children_arrive_as_plain_json_and_can_be_returned():
    """C-1 (test_roc001): State(children) gives plain JSON dicts with user edits; returning them works."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("reverse", id="rev"),
            html.Div(id="box", children=[dcc.Input(id="first", value="1"), dcc.Input(id="second", value="2")]),
        ]
    )

    @app.callback(Output("box", "children"), Input("rev", "n_clicks"), State("box", "children"), prevent_initial_call=True)
    def reverse(n, children):
        assert all(isinstance(child, dict) for child in children)
        return list(reversed(children))

    h = AppHarness(app)
    h.set_props("first", {"value": "typed"})
    h.click("rev")
    children = h.get_prop("box", "children")
    assert [c["props"]["id"] for c in children] == ["second", "first"]
    assert h.get_prop("first", "value") == "typed"


# -- O-8: errors inside callbacks -------------------------------------------------------------


def error_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value="ok"), html.Div(id="a"), html.Div(id="b"), html.Div(id="c")]
    )

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def explode(value):
        if value == "boom":
            return {"k": 1}["missing_key_in_student_code"]
        return value

    @app.callback(Output("b", "children"), Input("a", "children"))
    def after_a(a):
        return f"b:{a}"

    @app.callback(Output("c", "children"), Input("inp", "value"))
    def independent(value):
        return f"c:{value}"

    return app


def test_callback_error_settles_the_cascade_then_raises(calls_of):
    """O-8: the failing callback changes nothing, its dependents do not fire, independent callbacks
    still run; then the action raises CallbackError naming the callback and the student's line."""
    h = AppHarness(error_app())
    with pytest.raises(CallbackError) as raised:
        h.set_props("inp", {"value": "boom"})
    assert h.get_prop("a", "children") == "ok"
    assert h.get_prop("b", "children") == "b:ok"
    assert len(calls_of(h, "after_a")) == 1
    assert h.get_prop("c", "children") == "c:boom"
    assert calls_of(h, "explode")[-1].status == "error"
    message = str(raised.value)
    assert "explode()" in message
    assert "KeyError" in message
    assert 'return {"k": 1}["missing_key_in_student_code"]' in message
    assert "test_basic.py" in message
    assert raised.value.callback == "explode"


def test_callback_error_collected_when_not_raising():
    """O-8, V-7: with raise_on_error=False errors go to h.errors; the app keeps working."""
    h = AppHarness(error_app(), raise_on_error=False)
    h.set_props("inp", {"value": "boom"})
    [error] = h.errors
    assert "a.children" in error.title
    assert isinstance(error.exception, CallbackError)
    assert "explode()" in error.message
    h.set_props("inp", {"value": "fine"})
    assert h.get_prop("a", "children") == "fine"
    assert h.get_prop("b", "children") == "b:fine"
    assert len(h.errors) == 1


def test_callback_error_at_load_raises_from_the_constructor():
    """O-8: an error in an initial call raises from AppHarness(app) once the load has settled."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="out"), html.Div(id="other")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def divide(value):
        return value / 0

    @app.callback(Output("other", "children"), Input("inp", "value"))
    def fine(value):
        return value

    with pytest.raises(CallbackError, match="divide"):
        AppHarness(app)
    h = AppHarness(app, raise_on_error=False)
    assert h.get_prop("other", "children") == 1
    assert h.get_prop("out", "children") is None
    assert "ZeroDivisionError" in h.errors[0].message


def test_prevent_update_is_not_an_error():
    """O-3 (test_dveh002): PreventUpdate is a normal way to do nothing; no error is recorded."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=""), html.Div(id="out", children="start")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def maybe(value):
        if not value:
            raise PreventUpdate
        return value

    h = AppHarness(app)
    assert h.errors == []
    assert h.get_prop("out", "children") == "start"


def test_all_inputs_multi_valued_and_empty_still_fires():
    """I-3 exception (test_cbmi005): all Inputs ALL with no matches → the callback fires with []."""
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="items"), html.Div(id="summary")])

    @app.callback(Output("summary", "children"), Input({"type": "item", "index": ALL}, "value"))
    def summarize(values):
        return "no items" if not values else f"{len(values)} items"

    h = AppHarness(app)
    assert h.get_prop("summary", "children") == "no items"


def test_failed_initial_callback_drops_its_only_dependents_at_load(names):
    """I-6, O-8: in the init chain a failed callback counts as 'updated nothing', so a callback whose
    every Input comes from it does not run at load."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="a"), html.Div(id="b")])

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def broken(value):
        raise ValueError("broken at load")

    @app.callback(Output("b", "children"), Input("a", "children"))
    def dependent(a):
        return "ran"

    h = AppHarness(app, raise_on_error=False)
    assert names(h) == ["broken"]
    assert len(h.errors) == 1


def test_interval_stops_at_max_intervals_and_when_disabled():
    """K-12 (test_intv001): ticking stops when n_intervals reaches max_intervals, and a disabled
    Interval does not tick at all."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Interval(id="limited", max_intervals=2), dcc.Interval(id="off", disabled=True)])
    h = AppHarness(app)
    h.tick("limited", n=5)
    assert h.get_prop("limited", "n_intervals") == 2
    h.tick("off", n=3)
    assert h.get_prop("off", "n_intervals") is None


def test_optional_input_missing_reads_none(calls_of):
    """C-6 step 1, X-4 (test_cbop001): an `allow_optional` Input that is missing is None, no error;
    it is live once inserted."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="here", value="h"), html.Button("add", id="add"), html.Div(id="slot"), html.Div(id="out")])

    @app.callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n):
        return dcc.Input(id="later", value="L")

    @app.callback(Output("out", "children"), Input("here", "value"), Input("later", "value", allow_optional=True))
    def show(here, later):
        return f"{here}/{later}"

    h = AppHarness(app)
    assert h.errors == []
    assert h.get_prop("out", "children") == "h/None"
    h.click("add")
    assert h.get_prop("out", "children") == "h/L"
    h.set_props("later", {"value": "M"})
    assert h.get_prop("out", "children") == "h/M"


def test_missing_output_of_a_multi_output_is_an_error_when_inputs_are_present(names):
    """C-6 step 3, V-6: a multi-output with one Output missing but Inputs present does not run and
    reports 'A nonexistent object was used in an `Output`'."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="present")])

    @app.callback(Output("present", "children"), Output("absent", "children"), Input("inp", "value"))
    def two(value):
        return value, value

    h = AppHarness(app, raise_on_error=False)
    assert names(h) == []
    [error] = h.errors
    assert "`Output`" in error.title
    assert "two()" in error.message and "'absent'" in error.message


def test_plugin_fixture_builds_a_harness(app_harness):
    """A: the pytest plugin (entry point `learndash`) gives the `app_harness` fixture."""
    h = app_harness(text_app(), raise_on_error=False)
    assert h.get_prop("my-output", "children") == "Output: initial"


def test_dropdown_with_dict_options_drops_a_stale_value():
    """K-3: options given as {value: label} (values are the string keys) clean the value too."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="mode", value="ab"), dcc.Dropdown(id="dd", value="a")])

    @app.callback(Output("dd", "options"), Input("mode", "value"))
    def options_for(mode):
        return {letter: letter.upper() for letter in mode}

    h = AppHarness(app)
    assert h.get_prop("dd", "value") == "a"
    assert h.text("dd") == "A"
    h.set_props("mode", {"value": "bc"})
    assert h.get_prop("dd", "value") is None


def test_inserted_output_with_prevent_initial_call_does_not_fire(names):
    """C-8 a, I-7: an output-side callback of an inserted component honours prevent_initial_call."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="slot")])

    @app.callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def build(n):
        return [dcc.Input(id="sub-in", value="v"), html.Div(id="sub-out")]

    @app.callback(Output("sub-out", "children"), Input("sub-in", "value"), prevent_initial_call=True)
    def inner(value):
        return value

    h = AppHarness(app)
    h.click("add")
    assert names(h) == ["build"]
    h.set_props("sub-in", {"value": "w"})
    assert h.get_prop("sub-out", "children") == "w"


def test_edits_are_written_even_when_nothing_listens(names):
    """C-2 item 1: a user edit is always written to the layout, whether or not a callback reads it."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="free", value="a"), dcc.Checklist(["x", "y"], id="checks")])
    h = AppHarness(app)
    h.set_props("free", {"value": "b"})
    h.set_props("checks", {"value": ["y", "x"]})
    assert h.get_prop("free", "value") == "b"
    assert h.get_prop("checks", "value") == ["y", "x"]
    assert names(h) == []


def test_click_counts_only_on_html_elements_and_respects_disable_n_clicks():
    """K-1: a click writes n_clicks on an html element with an id, not when it sets
    disable_n_clicks; clicking a dcc component is a teaching error that points to set_props."""
    from learndash import Dash, dcc, html
    from learndash.exceptions import LearndashError

    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Button("off", id="off", disable_n_clicks=True), dcc.Input(id="inp")])
    h = AppHarness(app)
    h.click("go")
    h.click("off")
    assert h.get_prop("go", "n_clicks") == 1
    assert h.get_prop("off", "n_clicks") is None
    with pytest.raises(LearndashError, match=r"dcc\.Input.*set_props\('inp'"):
        h.click("inp")


def test_unknown_id_in_the_harness_suggests_the_nearest():
    """V-6 style: asking the harness for an id that is not on the page lists the ids and suggests
    the closest one."""
    from learndash import Dash, html

    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="my-output")])
    h = AppHarness(app)
    with pytest.raises(KeyError, match=r"Did you mean 'my-output'\?"):
        h.get_prop("my-outptu", "children")


def test_error_titles_name_the_callbacks_output_string_like_dash():
    """W-8, V-7 (observed on Dash 4.4.1): a failing callback's error is titled with the callback's
    own output string, the MATCH pattern included, not the concrete instance
    ('Callback error updating {"index":["MATCH"],"type":"out"}.children'), and a no-output
    callback's with the input that triggered it."""
    from learndash import MATCH

    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id={"type": "btn", "index": 2}), html.Div(id={"type": "out", "index": 2}), html.Button("x", id="x")])

    @app.callback(Output({"type": "out", "index": MATCH}, "children"), Input({"type": "btn", "index": MATCH}, "n_clicks"), prevent_initial_call=True)
    def boom(n):
        raise ValueError("no")

    @app.callback(Input("x", "n_clicks"), prevent_initial_call=True)
    def quiet_boom(n):
        raise ValueError("no")

    h = AppHarness(app, raise_on_error=False)
    h.click({"type": "btn", "index": 2})
    h.click("x")
    assert [e.title for e in h.errors] == [
        'Callback error updating {"index":["MATCH"],"type":"out"}.children',
        "Callback error with no output from input x.n_clicks",
    ]


def test_run_server_is_the_old_spelling_of_run():
    """A (issue 2): `app.run_server(...)` from Dash 1.x/2.x tutorials does what `app.run(...)` does,
    with the same arguments (Dash 3 removed it; see the differences page)."""
    from learndash import Dash

    app = Dash(__name__)
    received = []
    app.run = lambda *args, **kwargs: received.append((args, kwargs))  # record instead of serving
    app.run_server(debug=True, port=8123)
    assert received == [((), {"debug": True, "port": 8123})]
