"""Chaining and consistency scenarios (rules C-2 to C-11): what a change triggers, and when."""
from __future__ import annotations

import time

from .vocabulary import ID, PageErrorSpec, Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_rereturned_value(lib):
    """C-2 item 2 (cbpu003): a callback response triggers its listeners for every returned prop,
    even when the value equals the current one."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("Go", id="btn"),
        lib.html.Div(id="a_out", children="start"),
        lib.html.Div(id="b_out"),
    ])

    @app.callback(lib.Output("a_out", "children"), lib.Input("btn", "n_clicks"), prevent_initial_call=True)
    def always_same(n_clicks):
        return "same"

    @app.callback(lib.Output("b_out", "children"), lib.Input("a_out", "children"))
    def follow_a(a):
        return f"b saw {a}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-equal-returned-value-still-triggers-downstream",
    rule_ids=("C-2",),
    build=build_rereturned_value,
    steps=[
        load(expect={("b_out", "children"): "b saw start"}, calls={"always_same": 0, "follow_a": 1}),
        click("btn", expect={("b_out", "children"): "b saw same"}, calls={"always_same": 1, "follow_a": 1}),
        click("btn", expect={("b_out", "children"): "b saw same"}, calls={"always_same": 1, "follow_a": 1}),
    ],
))


def build_set_props_side_update(lib):
    """C-2 item 3, O-3, W-7 (arb001, arb006): `set_props` inside a callback writes another
    component and triggers that prop's listeners; when the callback then raises PreventUpdate,
    its `set_props` are lost (204)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("Go", id="go"),
        lib.html.Button("Cancel", id="cancel"),
        lib.html.Div(id="main"),
        lib.html.Div(id="side", children="side 0"),
        lib.html.Div(id="watcher"),
    ])

    @app.callback(lib.Output("main", "children"), lib.Input("go", "n_clicks"), prevent_initial_call=True)
    def go_with_side_update(n_clicks):
        lib.set_props("side", {"children": f"side {n_clicks}"})
        return f"main {n_clicks}"

    @app.callback(lib.Output("main", "children", allow_duplicate=True), lib.Input("cancel", "n_clicks"),
                  prevent_initial_call=True)
    def cancel_with_side_update(n_clicks):
        lib.set_props("side", {"children": "cancelled"})
        raise lib.PreventUpdate

    @app.callback(lib.Output("watcher", "children"), lib.Input("side", "children"))
    def watch_side(side):
        return f"watched {side}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-set-props-side-update-triggers-listeners",
    rule_ids=("C-2", "O-3", "W-7"),
    build=build_set_props_side_update,
    steps=[
        load(expect={("watcher", "children"): "watched side 0"}, calls={"watch_side": 1}),
        click("go", expect={("main", "children"): "main 1", ("side", "children"): "side 1",
                            ("watcher", "children"): "watched side 1"},
              calls={"go_with_side_update": 1, "watch_side": 1}),
        click("cancel", expect={("main", "children"): "main 1", ("side", "children"): "side 1",
                                ("watcher", "children"): "watched side 1"},
              calls={"cancel_with_side_update": ["prevented"], "watch_side": 0}),
    ],
))


def build_self_loop(lib):
    """C-4 step 1 (cbsc015): a callback whose Output is its own Input runs once per change (the
    chain never re-enters it); a follower of that prop waits for it and runs once."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value="abc"), lib.html.Div(id="echo")])

    @app.callback(lib.Output("inp", "value"), lib.Input("inp", "value"))
    def shout(value):
        return value.upper()

    @app.callback(lib.Output("echo", "children"), lib.Input("inp", "value"))
    def echo(value):
        return f"echo {value}"

    return app


SCENARIOS.append(Scenario(
    name="C-4-self-loop-runs-once-per-change",
    rule_ids=("C-4", "C-9"),
    build=build_self_loop,
    steps=[
        load(expect={("inp", "value"): "ABC", ("echo", "children"): "echo ABC"}, calls={"shout": 1, "echo": 1}),
        set_props("inp", {"value": "xyz"}, expect={("inp", "value"): "XYZ", ("echo", "children"): "echo XYZ"},
                  calls={"shout": 1, "echo": 1}),
    ],
))


def build_state_not_awaited(lib):
    """C-4 step 5, Appendix B.2: readiness looks at Inputs only. `reader` has the same Input as
    `upper` and reads upper's output as State, so both run together and `reader` sees the
    State's old value."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="a"),
        lib.html.Div(id="s", children="s0"),
        lib.html.Div(id="r"),
    ])

    @app.callback(lib.Output("s", "children"), lib.Input("inp", "value"))
    def upper(value):
        return value.upper()

    @app.callback(lib.Output("r", "children"), lib.Input("inp", "value"), lib.State("s", "children"))
    def reader(value, s):
        return f"{value}/{s}"

    return app


SCENARIOS.append(Scenario(
    name="C-4-state-is-not-awaited",
    rule_ids=("C-4",),
    build=build_state_not_awaited,
    steps=[
        load(expect={("s", "children"): "A", ("r", "children"): "a/s0"}, calls={"upper": 1, "reader": 1}),
        set_props("inp", {"value": "b"}, expect={("s", "children"): "B", ("r", "children"): "b/A"},
                  calls={"upper": 1, "reader": 1}),
    ],
))


def build_countries_triggered(lib):
    """C-11a, X-1 (cbmt013): countries → cities options → cities value, and a display reading
    country and city. The display waits for the whole chain, runs once, never sees an
    inconsistent pair, and is triggered by both the country and the city."""
    options = {"America": ["New York City", "San Francisco"], "Canada": ["Montreal", "Toronto"]}
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.RadioItems(id="country", options=list(options), value="America"),
        lib.dcc.RadioItems(id="city"),
        lib.html.Div(id="display"),
    ])

    @app.callback(lib.Output("city", "options"), lib.Input("country", "value"))
    def city_options(country):
        return options[country]

    @app.callback(lib.Output("city", "value"), lib.Input("city", "options"))
    def first_city(city_options):
        return city_options[0]

    @app.callback(lib.Output("display", "children"), lib.Input("country", "value"), lib.Input("city", "value"))
    def show_pair(country, city):
        if city not in options[country]:
            raise ValueError(f"inconsistent pair: {city} is not in {country}")
        triggered = ",".join(sorted(t["prop_id"] for t in lib.ctx.triggered))
        return f"{city}, {country} by {triggered}"

    return app


SCENARIOS.append(Scenario(
    name="C-11a-countries-cities-consistent-and-merged",
    rule_ids=("C-11a", "C-4", "X-1"),
    build=build_countries_triggered,
    steps=[
        load(expect={("display", "children"): "New York City, America by city.value"},
             calls={"city_options": 1, "first_city": 1, "show_pair": 1}),
        set_props("country", {"value": "Canada"},
                  expect={("city", "value"): "Montreal",
                          ("display", "children"): "Montreal, Canada by city.value,country.value"},
                  calls={"city_options": 1, "first_city": 1, "show_pair": 1}),
        set_props("city", {"value": "Toronto"}, expect={("display", "children"): "Toronto, Canada by city.value"},
                  calls={"city_options": 0, "first_city": 0, "show_pair": 1}),
    ],
))


def build_diamond_with_prevented_branch(lib):
    """C-11b (cbmt002): typing in `a` triggers set_b, set_c and set_out(a, b, c). set_out waits for
    both branches and runs once; a branch that raises PreventUpdate keeps its old value. When
    both branches prevent, set_out still runs once (its request came from the user)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="a", value="x"),
        lib.html.Div(id="b", children="b0"),
        lib.html.Div(id="c", children="c0"),
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("b", "children"), lib.Input("a", "value"))
    def set_b(a):
        if a.startswith(("stop", "halt")):
            raise lib.PreventUpdate
        return a + "b"

    @app.callback(lib.Output("c", "children"), lib.Input("a", "value"))
    def set_c(a):
        if a.startswith("halt"):
            raise lib.PreventUpdate
        return a + "c"

    @app.callback(lib.Output("out", "children"), lib.Input("a", "value"), lib.Input("b", "children"),
                  lib.Input("c", "children"))
    def set_out(a, b, c):
        return f"{a}|{b}|{c}"

    return app


SCENARIOS.append(Scenario(
    name="C-11b-diamond-with-a-prevented-branch",
    rule_ids=("C-11b", "O-3", "C-4"),
    build=build_diamond_with_prevented_branch,
    steps=[
        load(expect={("out", "children"): "x|xb|xc"}, calls={"set_b": 1, "set_c": 1, "set_out": 1}),
        set_props("a", {"value": "stop"}, expect={("out", "children"): "stop|xb|stopc"},
                  calls={"set_b": ["prevented"], "set_c": ["ok"], "set_out": 1}),
        set_props("a", {"value": "halt"}, expect={("out", "children"): "halt|xb|stopc"},
                  calls={"set_b": ["prevented"], "set_c": ["prevented"], "set_out": 1}),
        set_props("a", {"value": "y"}, expect={("out", "children"): "y|yb|yc"},
                  calls={"set_b": 1, "set_c": 1, "set_out": 1}),
    ],
))


def build_fibonacci(lib):
    """C-11c, P-5, C-8 (cbwc002): `n` creates n divs {"i": k}; each div's MATCH callback reads
    all smaller divs (ALLSMALLER), so they run once each in index order; the ALL sum runs once
    per change of n (at load with []), and once as a final call when the divs are removed."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="n", type="number", value=0),
        lib.html.Div(id="series"),
        lib.html.Div(id="sum"),
    ])

    @app.callback(lib.Output("series", "children"), lib.Input("n", "value"))
    def make_items(n):
        return [lib.html.Div(id={"i": k}) for k in range(n or 0)]

    @app.callback(lib.Output({"i": lib.MATCH}, "children"), lib.Input({"i": lib.ALLSMALLER}, "children"))
    def sequence(previous):
        if len(previous) < 2:
            return len(previous)
        return previous[-1] + previous[-2]

    @app.callback(lib.Output("sum", "children"), lib.Input({"i": lib.ALL}, "children"))
    def show_sum(values):
        return f"{len(values)} elements, sum: {sum(v or 0 for v in values)}"

    return app


SCENARIOS.append(Scenario(
    name="C-11c-fibonacci-with-allsmaller",
    rule_ids=("C-11c", "P-5", "C-8"),
    build=build_fibonacci,
    steps=[
        load(expect={("sum", "children"): "0 elements, sum: 0"},
             calls={"make_items": 1, "sequence": 0, "show_sum": 1}),
        set_props("n", {"value": 4},
                  expect={(ID(i=0), "children"): 0, (ID(i=1), "children"): 1, (ID(i=2), "children"): 1,
                          (ID(i=3), "children"): 2, ("sum", "children"): "4 elements, sum: 4"},
                  calls={"make_items": 1, "sequence": 4, "show_sum": 1}),
        set_props("n", {"value": 5},
                  expect={(ID(i=4), "children"): 3, ("sum", "children"): "5 elements, sum: 7"},
                  calls={"make_items": 1, "sequence": 5, "show_sum": 1}),
        set_props("n", {"value": 0}, expect={("sum", "children"): "0 elements, sum: 0"},
                  calls={"make_items": 1, "sequence": 0, "show_sum": 1}, absent=(ID(i=0),)),
    ],
))


def build_new_subtree(lib):
    """C-8 a, O-5 (cbsc002): a callback returns a subtree with an Input and its output; the inner
    callback fires once at insertion (not at load, when its output is missing), works on edits,
    and fires again when the subtree is replaced by a new copy."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([lib.html.Button("Render", id="btn"), lib.html.Div(id="slot")])

    @app.callback(lib.Output("slot", "children"), lib.Input("btn", "n_clicks"), prevent_initial_call=True)
    def render(n_clicks):
        return lib.html.Div([lib.dcc.Input(id="sub-input", value="sub"), lib.html.Div(id="sub-output")])

    @app.callback(lib.Output("sub-output", "children"), lib.Input("sub-input", "value"))
    def inner(value):
        return f"sub says {value}"

    return app


SCENARIOS.append(Scenario(
    name="C-8-new-subtree-fires-its-callbacks-once",
    rule_ids=("C-8", "O-5"),
    build=build_new_subtree,
    steps=[
        load(calls={"render": 0, "inner": 0}, absent=("sub-input", "sub-output")),
        click("btn", expect={("sub-output", "children"): "sub says sub"}, calls={"render": 1, "inner": 1}),
        set_props("sub-input", {"value": "z"}, expect={("sub-output", "children"): "sub says z"},
                  calls={"inner": 1}),
        click("btn", expect={("sub-input", "value"): "sub", ("sub-output", "children"): "sub says sub"},
              calls={"render": 1, "inner": 1}),
    ],
))


def build_ten_inputs_inserted(lib):
    """C-8 b/c, I-3, O-5 (cbsc012): a callback with 10 Inputs, all missing at load (skipped), all
    inserted at once by another callback: it runs exactly once."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([lib.html.Button("Render", id="btn"), lib.html.Div(id="slot"),
                               lib.html.Div(id="total")])

    @app.callback(lib.Output("slot", "children"), lib.Input("btn", "n_clicks"), prevent_initial_call=True)
    def render_inputs(n_clicks):
        return lib.html.Div([lib.dcc.Input(id=f"in{k}", value=str(k)) for k in range(10)])

    @app.callback(lib.Output("total", "children"), *[lib.Input(f"in{k}", "value") for k in range(10)])
    def concatenate(*values):
        return "".join(values)

    return app


SCENARIOS.append(Scenario(
    name="C-8-ten-inserted-inputs-one-call",
    rule_ids=("C-8", "I-3", "O-5"),
    build=build_ten_inputs_inserted,
    steps=[
        load(expect={("total", "children"): None}, calls={"render_inputs": 0, "concatenate": 0}),
        click("btn", expect={("total", "children"): "0123456789"}, calls={"render_inputs": 1, "concatenate": 1}),
        set_props("in3", {"value": "x"}, expect={("total", "children"): "012x456789"}, calls={"concatenate": 1}),
    ],
))


def build_input_side_insertion(lib):
    """C-8 a/b, I-7 (cbwc004): an inserted Input triggers a callback whose Output lies outside the
    new subtree even though it is prevent_initial_call; a prevented callback whose Output is
    inside the new subtree does not fire."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.html.Button("Add", id="add"),
        lib.html.Div(id="holder"),
        lib.html.Div(id="watch", children="nothing yet"),
    ])

    @app.callback(lib.Output("holder", "children"), lib.Input("add", "n_clicks"), prevent_initial_call=True)
    def add_late_input(n_clicks):
        return lib.html.Div([lib.dcc.Input(id="late", value="hi"), lib.html.Div(id="late-out", children="inner 0")])

    @app.callback(lib.Output("watch", "children"), lib.Input("late", "value"), prevent_initial_call=True)
    def watch_outside(value):
        return f"late={value} via {lib.ctx.triggered_id}"

    @app.callback(lib.Output("late-out", "children"), lib.Input("late", "value"), prevent_initial_call=True)
    def watch_inside(value):
        return f"inner {value}"

    return app


SCENARIOS.append(Scenario(
    name="C-8-inserted-input-ignores-prevent-initial-call",
    rule_ids=("C-8", "I-7"),
    build=build_input_side_insertion,
    steps=[
        load(expect={("watch", "children"): "nothing yet"},
             calls={"add_late_input": 0, "watch_outside": 0, "watch_inside": 0}),
        click("add", expect={("watch", "children"): "late=hi via late", ("late-out", "children"): "inner 0"},
              calls={"add_late_input": 1, "watch_outside": 1, "watch_inside": 0}),
        set_props("late", {"value": "yo"},
                  expect={("watch", "children"): "late=yo via late", ("late-out", "children"): "inner yo"},
                  calls={"watch_outside": 1, "watch_inside": 1}),
    ],
))


def build_content_switching(lib):
    """C-8 a, C-1 (cbmt011, cblp001): switching a content area between two chapters re-runs the
    shown chapter's callbacks once each (every insertion counts as new); the hidden chapter's
    callbacks do not run."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.dcc.RadioItems(id="chapter", options=["one", "two"], value="one"),
        lib.html.Div(id="content"),
    ])

    @app.callback(lib.Output("content", "children"), lib.Input("chapter", "value"))
    def show_chapter(chapter):
        if chapter == "one":
            return lib.html.Div([lib.dcc.Input(id="in-one", value="1"), lib.html.Div(id="out-one")])
        return lib.html.Div([lib.dcc.Input(id="in-two", value="2"), lib.html.Div(id="out-two")])

    @app.callback(lib.Output("out-one", "children"), lib.Input("in-one", "value"))
    def chapter_one(value):
        return f"one:{value}"

    @app.callback(lib.Output("out-two", "children"), lib.Input("in-two", "value"))
    def chapter_two(value):
        return f"two:{value}"

    return app


SCENARIOS.append(Scenario(
    name="C-8-switching-content-reruns-shown-chapter",
    rule_ids=("C-8", "C-1"),
    build=build_content_switching,
    steps=[
        load(expect={("out-one", "children"): "one:1"},
             calls={"show_chapter": 1, "chapter_one": 1, "chapter_two": 0}, absent=("out-two",)),
        set_props("in-one", {"value": "edited"}, expect={("out-one", "children"): "one:edited"},
                  calls={"chapter_one": 1}),
        set_props("chapter", {"value": "two"}, expect={("out-two", "children"): "two:2"},
                  calls={"show_chapter": 1, "chapter_one": 0, "chapter_two": 1}, absent=("out-one",)),
        set_props("chapter", {"value": "one"}, expect={("out-one", "children"): "one:1"},
                  calls={"show_chapter": 1, "chapter_one": 1, "chapter_two": 0}),
    ],
))


def build_set_props_insertion(lib):
    """C-2 item 3, Appendix B.7 (arb008): components inserted through `set_props` get no initial
    calls, yet they are live: editing the inserted Input runs its callback."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([lib.html.Button("Insert", id="btn"), lib.html.Div(id="holder")])

    @app.callback(lib.Input("btn", "n_clicks"), prevent_initial_call=True)
    def insert_by_set_props(n_clicks):
        lib.set_props("holder", {"children": lib.html.Div([
            lib.dcc.Input(id="side-input", value="first"),
            lib.html.Div(id="side-output", children="not run"),
        ])})

    @app.callback(lib.Output("side-output", "children"), lib.Input("side-input", "value"))
    def side_echo(value):
        return f"echo {value}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-set-props-insertion-gets-no-initial-calls",
    rule_ids=("C-2", "C-8"),
    build=build_set_props_insertion,
    steps=[
        load(calls={"insert_by_set_props": 0, "side_echo": 0}, absent=("side-input",)),
        click("btn", expect={("side-output", "children"): "not run"}, calls={"insert_by_set_props": 1, "side_echo": 0}),
        set_props("side-input", {"value": "second"}, expect={("side-output", "children"): "echo second"},
                  calls={"side_echo": 1}),
    ],
))


def build_multi_output_order(lib):
    """C-4 step 5 (cbmt003, issue #1071): a multi-output callback whose outputs feed downstream
    callbacks in another order; the chain completes with one call each and consistent values."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="a"),
        lib.html.Div(id="x"), lib.html.Div(id="y"), lib.html.Div(id="z"), lib.html.Div(id="final"),
    ])

    @app.callback(lib.Output("x", "children"), lib.Output("y", "children"), lib.Input("inp", "value"))
    def split_xy(value):
        return value + "x", value + "y"

    @app.callback(lib.Output("z", "children"), lib.Input("y", "children"))
    def from_y(y):
        return y + "z"

    @app.callback(lib.Output("final", "children"), lib.Input("z", "children"), lib.Input("x", "children"))
    def combine(z, x):
        return f"{x}+{z}"

    return app


SCENARIOS.append(Scenario(
    name="C-4-multi-output-feeding-in-another-order",
    rule_ids=("C-4", "I-5"),
    build=build_multi_output_order,
    steps=[
        load(expect={("final", "children"): "ax+ayz"}, calls={"split_xy": 1, "from_y": 1, "combine": 1}),
        set_props("inp", {"value": "b"}, expect={("final", "children"): "bx+byz"},
                  calls={"split_xy": 1, "from_y": 1, "combine": 1}),
    ],
))


def build_optional_input(lib):
    """C-6 step 1, X-4 (cbop001): an Input declared with `allow_optional=True` reads None while its
    component is missing, and becomes live once the component is inserted."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="main", value="m"),
        lib.html.Button("Insert", id="btn"),
        lib.html.Div(id="holder"),
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("holder", "children"), lib.Input("btn", "n_clicks"), prevent_initial_call=True)
    def insert_optional(n_clicks):
        return lib.dcc.Input(id="maybe", value="here")

    @app.callback(lib.Output("out", "children"), lib.Input("main", "value"),
                  lib.Input("maybe", "value", allow_optional=True))
    def with_optional(main, maybe):
        return f"{main}/{maybe}"

    return app


SCENARIOS.append(Scenario(
    name="C-6-optional-input-reads-none-while-missing",
    rule_ids=("C-6", "X-4", "C-8"),
    build=build_optional_input,
    steps=[
        load(expect={("out", "children"): "m/None"}, calls={"with_optional": 1}),
        click("btn", expect={("out", "children"): "m/here"}, calls={"insert_optional": 1, "with_optional": 1}),
        set_props("maybe", {"value": "edited"}, expect={("out", "children"): "m/edited"}, calls={"with_optional": 1}),
    ],
))


def build_some_inputs_missing(lib):
    """I-3, V-6 (cbmi003): when only some Inputs of a callback are missing, it does not run and the
    page shows one "nonexistent object" error; other callbacks keep working."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([lib.dcc.Input(id="a", value="a0"), lib.html.Div(id="out"), lib.html.Div(id="ok")])

    @app.callback(lib.Output("out", "children"), lib.Input("a", "value"), lib.Input("b", "value"))
    def needs_both(a, b):
        return f"{a}{b}"

    @app.callback(lib.Output("ok", "children"), lib.Input("a", "value"))
    def still_fine(a):
        return f"fine {a}"

    return app


SCENARIOS.append(Scenario(
    name="I-3-some-inputs-missing-is-an-error",
    rule_ids=("I-3", "V-6", "C-6"),
    build=build_some_inputs_missing,
    harness_options={"raise_on_error": False},
    steps=[
        load(expect={("out", "children"): None, ("ok", "children"): "fine a0"},
             calls={"needs_both": 0, "still_fine": 1},
             errors=(PageErrorSpec("A nonexistent object was used in an `Input` of a Dash callback",
                                   "needs_both() uses Input('b', 'value'), but no component with id 'b' is on the page"),)),
    ],
))


def build_inserted_input_of_a_no_output_callback(lib):
    """C-8 b: a callback with no Output has no output outside an inserted chunk, so inserting its
    Input does not queue it; it runs when the user edits that Input."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.html.Button("add", id="add"),
        lib.html.Div(id="holder"),
        lib.html.Div(id="log", children="none"),
    ])

    @app.callback(lib.Output("holder", "children"), lib.Input("add", "n_clicks"), prevent_initial_call=True)
    def insert(n_clicks):
        return lib.html.Div([lib.dcc.Input(id="inner", value="v1")])

    @app.callback(lib.Input("inner", "value"))
    def no_output_listener(value):
        lib.set_props("log", {"children": f"saw {value}"})

    return app


SCENARIOS.append(Scenario(
    name="C-8b-inserted-input-of-a-no-output-callback-waits-for-an-edit",
    rule_ids=("C-8", "I-2"),
    build=build_inserted_input_of_a_no_output_callback,
    steps=[
        load(expect={("log", "children"): "none"}, calls={"no_output_listener": 0}),
        click("add", expect={("log", "children"): "none"}, calls={"insert": 1, "no_output_listener": 0}),
        set_props("inner", {"value": "v2"}, expect={("log", "children"): "saw v2"}, calls={"no_output_listener": 1}),
    ],
))


def build_set_props_inserted_components_mount(lib):
    """C-2 item 3, I-9: components inserted through `set_props` get no initial calls, but they
    still mount, and what they write as they mount is an edit: a Store with data writes
    `modified_timestamp`, so its listener runs; a plain Input writes nothing, so its does not."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="holder"),
                           html.Div(id="stamp", children="none"), html.Div(id="typed", children="none")])

    @app.callback(lib.Input("add", "n_clicks"), prevent_initial_call=True)
    def insert(n_clicks):
        lib.set_props("holder", {"children": [dcc.Store(id="inserted-store", data={"a": 1}),
                                              dcc.Input(id="inserted-input", value="v1")]})

    @app.callback(lib.Output("stamp", "children"), lib.Input("inserted-store", "modified_timestamp"),
                  lib.State("inserted-store", "data"))
    def on_stamp(timestamp, data):
        return f"stamped {data}" if timestamp and timestamp > 0 else repr(timestamp)

    @app.callback(lib.Output("typed", "children"), lib.Input("inserted-input", "value"))
    def on_typed(value):
        return f"typed {value}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-set-props-inserted-components-still-mount",
    rule_ids=("C-2", "I-9", "K-9"),
    build=build_set_props_inserted_components_mount,
    steps=[
        load(expect={("stamp", "children"): "none", ("typed", "children"): "none"}, calls={"on_stamp": 0, "on_typed": 0}),
        click("add", expect={("stamp", "children"): "stamped {'a': 1}", ("typed", "children"): "none"},
              calls={"insert": 1, "on_stamp": 1, "on_typed": 0}),
        set_props("inserted-input", {"value": "v2"}, expect={("typed", "children"): "typed v2"}, calls={"on_typed": 1}),
    ],
))


def build_edit_to_true_from_one(lib):
    """C-2 item 1: the 'really changed?' filter compares as JavaScript does, so `1` → `True` is a
    change and fires the listeners (Python's `True == 1` must not hide it)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Store(id="store", data=1), lib.html.Div(id="out", children="start")])

    @app.callback(lib.Output("out", "children"), lib.Input("store", "data"), prevent_initial_call=True)
    def show(data):
        return f"data={data!r}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-true-is-not-one-for-the-change-filter",
    rule_ids=("C-2",),
    build=build_edit_to_true_from_one,
    steps=[
        load(expect={("out", "children"): "start"}),
        set_props("store", {"data": True}, expect={("out", "children"): "data=True", ("store", "data"): True},
                  calls={"show": 1}),
    ],
))


def build_removed_input_in_the_init_chain(lib):
    """I-3, I-6, C-6 step 2: at load one callback removes `x` while another writes it; the reader
    of `x` is then skipped (all inputs missing) and leaves no trace in its group, so the callback
    after it still runs with the layout's value. The write answers last (as a slower callback
    would): a browser sends both at once, and an earlier write would let the reader run first."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.html.Div(id="holder", children=lib.dcc.Input(id="x", value="x0")),
        lib.html.Div(id="out", children="out0"),
        lib.html.Div(id="e", children="e0"),
        lib.html.Div(id="start", children="s"),
    ])

    @app.callback(lib.Output("holder", "children"), lib.Input("start", "children"))
    def remove_x(start):
        return "x removed"

    @app.callback(lib.Output("x", "value"), lib.Input("start", "children"))
    def write_x(start):
        time.sleep(0.3)
        return "x1"

    @app.callback(lib.Output("out", "children"), lib.Input("x", "value"))
    def read_x(value):
        return f"out saw {value}"

    @app.callback(lib.Output("e", "children"), lib.Input("out", "children"))
    def follow_out(value):
        return f"e saw {value}"

    return app


SCENARIOS.append(Scenario(
    name="I-6-a-skipped-reader-leaves-no-trace-in-its-group",
    rule_ids=("I-6", "I-3", "C-6"),
    build=build_removed_input_in_the_init_chain,
    steps=[load(expect={("e", "children"): "e saw out0"}, calls={"follow_out": 1}, absent=("x",))],
))


def build_set_props_ghost(lib):
    """C-2 item 3, V-6: a callback's `set_props` aimed at an id that is not on the page is an error
    on the page ("ID running component not found in layout"); the callback's own outputs apply."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("go", id="go"), lib.html.Div(id="out"), lib.html.Div(id="host")])

    @app.callback(lib.Output("out", "children"), lib.Input("go", "n_clicks"), prevent_initial_call=True)
    def haunt(n_clicks):
        lib.set_props("ghost", {"children": "boo"})
        return "done"

    return app


SCENARIOS.append(Scenario(
    name="C-2-set-props-on-a-missing-id-is-an-error",
    rule_ids=("C-2", "V-6"),
    build=build_set_props_ghost,
    harness_options={"raise_on_error": False},
    steps=[
        load(),
        click("go", expect={("out", "children"): "done"}, calls={"haunt": 1},
              errors=(PageErrorSpec("ID running component not found in layout",
                                    "haunt() called set_props('ghost', ...), but no component with that id is on the page"),)),
    ],
))
