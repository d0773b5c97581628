"""Initial load scenarios (rules I-2 to I-9): which callbacks run when the page opens, and how often."""
from __future__ import annotations

from .vocabulary import Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_output_never_on_page(lib):
    """I-2, C-4 step 4 (rddp001): a callback whose Output is not on the page never runs, neither
    at load nor when its Input changes; the callback next to it runs normally."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value="a"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("inp", "value"))
    def show(value):
        return f"shown {value}"

    @app.callback(lib.Output("ghost", "children"), lib.Input("inp", "value"))
    def haunt(value):
        return f"boo {value}"

    return app


SCENARIOS.append(Scenario(
    name="I-2-output-never-on-page-never-runs",
    rule_ids=("I-2", "C-4"),
    build=build_output_never_on_page,
    steps=[
        load(expect={("out", "children"): "shown a"}, calls={"show": 1, "haunt": 0}, absent=("ghost",)),
        set_props("inp", {"value": "b"}, expect={("out", "children"): "shown b"}, calls={"show": 1, "haunt": 0}),
    ],
))


def build_no_output_callback(lib):
    """I-2 (current Dash, 4.2+): a callback with no Output fires once at load when one of its
    Inputs is on the page; it works through `set_props` (C-2 item 3)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value="x"), lib.html.Div(id="log", children="empty")])

    @app.callback(lib.Input("inp", "value"))
    def write_log(value):
        lib.set_props("log", {"children": f"saw {value}"})

    return app


SCENARIOS.append(Scenario(
    name="I-2-no-output-callback-fires-at-load",
    rule_ids=("I-2", "C-2"),
    build=build_no_output_callback,
    steps=[
        load(expect={("log", "children"): "saw x"}, calls={"write_log": 1}),
        set_props("inp", {"value": "y"}, expect={("log", "children"): "saw y"}, calls={"write_log": 1}),
    ],
))


def build_no_input_callback(lib):
    """I-2, I-10 (current Dash, 4.2+): a callback with an Output but no Input fires exactly once,
    at load, and never again."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Div(id="greeting"), lib.dcc.Input(id="inp", value="x")])

    @app.callback(lib.Output("greeting", "children"))
    def greet():
        return "hello"

    return app


SCENARIOS.append(Scenario(
    name="I-2-no-input-callback-fires-once",
    rule_ids=("I-2", "I-10"),
    build=build_no_input_callback,
    steps=[
        load(expect={("greeting", "children"): "hello"}, calls={"greet": 1}),
        set_props("inp", {"value": "y"}, expect={("greeting", "children"): "hello"}, calls={"greet": 0}),
    ],
))


def build_all_inputs_missing(lib):
    """I-3, I-6 (cbmi001): a callback whose only Input is missing is skipped as if it raised
    PreventUpdate (its State being present does not count); a follower fed only by it is
    skipped too; a follower with another, present Input runs with the layout values."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.html.Div(id="title", children="T"),
        lib.dcc.Input(id="present", value="p"),
        lib.html.Div(id="out1"),
        lib.html.Div(id="out2"),
        lib.html.Div(id="out3"),
    ])

    @app.callback(lib.Output("out1", "children"), lib.Input("missing", "value"), lib.State("title", "children"))
    def from_missing(value, title):
        return f"{title} {value}"

    @app.callback(lib.Output("out2", "children"), lib.Input("out1", "children"))
    def after_missing(out1):
        return f"after {out1}"

    @app.callback(lib.Output("out3", "children"), lib.Input("out1", "children"), lib.Input("present", "value"))
    def mixed(out1, present):
        return f"{out1}|{present}"

    return app


SCENARIOS.append(Scenario(
    name="I-3-all-inputs-missing-skips-like-prevent-update",
    rule_ids=("I-3", "I-6"),
    build=build_all_inputs_missing,
    steps=[
        load(
            expect={("out1", "children"): None, ("out2", "children"): None, ("out3", "children"): "None|p"},
            calls={"from_missing": 0, "after_missing": 0, "mixed": 1},
        ),
        set_props(
            "present", {"value": "q"},
            expect={("out3", "children"): "None|q"},
            calls={"from_missing": 0, "after_missing": 0, "mixed": 1},
        ),
    ],
))


def build_all_inputs_empty_wildcards(lib):
    """I-3 exception (cbmi005), C-8 b/d: a callback whose every Input is ALL fires at load even
    though nothing matches (it gets []); inserted items trigger it through their Inputs."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    app.layout = lib.html.Div([
        lib.html.Button("Add", id="add"),
        lib.html.Div(id="items", children=[]),
        lib.html.Div(id="count"),
    ])

    @app.callback(lib.Output("count", "children"), lib.Input({"type": "item", "i": lib.ALL}, "value"))
    def count_items(values):
        return f"{len(values)}: {','.join(values)}"

    @app.callback(
        lib.Output("items", "children"), lib.Input("add", "n_clicks"), lib.State("items", "children"),
        prevent_initial_call=True,
    )
    def add_item(n_clicks, children):
        return children + [lib.dcc.Input(id={"type": "item", "i": n_clicks}, value=f"v{n_clicks}")]

    return app


SCENARIOS.append(Scenario(
    name="I-3-all-wildcard-inputs-fire-with-empty-lists",
    rule_ids=("I-3", "C-8", "P-7"),
    build=build_all_inputs_empty_wildcards,
    steps=[
        load(expect={("count", "children"): "0: "}, calls={"count_items": 1, "add_item": 0}),
        click("add", expect={("count", "children"): "1: v1"}, calls={"add_item": 1, "count_items": 1}),
        set_props({"type": "item", "i": 1}, {"value": "x"}, expect={("count", "children"): "1: x"},
                  calls={"count_items": 1}),
        click("add", expect={("count", "children"): "2: x,v2"}, calls={"add_item": 1, "count_items": 1}),
    ],
))


def build_direct_chain(lib):
    """I-5, C-4 step 5 (cbmt008): in a chain a → b → c, where c also reads the input, each
    callback runs exactly once at load and once per change, and c sees consistent values."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="x"),
        lib.html.Div(id="a"), lib.html.Div(id="b"), lib.html.Div(id="c"),
    ])

    @app.callback(lib.Output("a", "children"), lib.Input("inp", "value"))
    def chain_a(value):
        return value + "a"

    @app.callback(lib.Output("b", "children"), lib.Input("a", "children"))
    def chain_b(a):
        return a + "b"

    @app.callback(lib.Output("c", "children"), lib.Input("b", "children"), lib.Input("inp", "value"))
    def chain_c(b, value):
        return f"{b}c from {value}"

    return app


SCENARIOS.append(Scenario(
    name="I-5-direct-chain-runs-each-once",
    rule_ids=("I-5", "C-4"),
    build=build_direct_chain,
    steps=[
        load(expect={("c", "children"): "xabc from x"}, calls={"chain_a": 1, "chain_b": 1, "chain_c": 1}),
        set_props("inp", {"value": "y"}, expect={("c", "children"): "yabc from y"},
                  calls={"chain_a": 1, "chain_b": 1, "chain_c": 1}),
    ],
))


def build_diamond(lib):
    """I-5, X-1 (cbmt009/010, cbcx006): a diamond inp → left, inp → right, (left, right) → join.
    join runs once at load and once per change, after both branches, and its `ctx.triggered`
    lists both branches (merged requests)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="x"),
        lib.html.Div(id="left"), lib.html.Div(id="right"), lib.html.Div(id="join"),
    ])

    @app.callback(lib.Output("left", "children"), lib.Input("inp", "value"))
    def branch_left(value):
        return value + "L"

    @app.callback(lib.Output("right", "children"), lib.Input("inp", "value"))
    def branch_right(value):
        return value + "R"

    @app.callback(lib.Output("join", "children"), lib.Input("left", "children"), lib.Input("right", "children"))
    def join_branches(left, right):
        triggered = ",".join(sorted(t["prop_id"] for t in lib.ctx.triggered))
        return f"{left}+{right} by {triggered}"

    return app


SCENARIOS.append(Scenario(
    name="I-5-diamond-join-runs-once-with-merged-triggers",
    rule_ids=("I-5", "X-1", "C-4"),
    build=build_diamond,
    steps=[
        load(expect={("join", "children"): "xL+xR by left.children,right.children"},
             calls={"branch_left": 1, "branch_right": 1, "join_branches": 1}),
        set_props("inp", {"value": "y"}, expect={("join", "children"): "yL+yR by left.children,right.children"},
                  calls={"branch_left": 1, "branch_right": 1, "join_branches": 1}),
    ],
))


def build_early_prevent_update(lib):
    """I-6, O-3 (cbmt007, cbpi001 E): `gate` raises PreventUpdate at load. `after_gate`, fed
    only by gate's output, is dropped from the init chain; `mixed`, which also reads a plain
    layout value, runs once with the old value; an unrelated initial callback is not blocked."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="x"),
        lib.html.Div(id="a", children="A0"),
        lib.html.Div(id="b"), lib.html.Div(id="c"), lib.html.Div(id="d"),
    ])

    @app.callback(lib.Output("a", "children"), lib.Input("inp", "value"))
    def gate(value):
        if value == "x":
            raise lib.PreventUpdate
        return value

    @app.callback(lib.Output("b", "children"), lib.Input("a", "children"))
    def after_gate(a):
        return f"b:{a}"

    @app.callback(lib.Output("c", "children"), lib.Input("a", "children"), lib.Input("inp", "value"))
    def mixed(a, value):
        return f"c:{a}:{value}"

    @app.callback(lib.Output("d", "children"), lib.Input("inp", "value"))
    def unrelated(value):
        return f"d:{value}"

    return app


SCENARIOS.append(Scenario(
    name="I-6-prevented-init-chain-drops-only-dependent-callbacks",
    rule_ids=("I-6", "O-3"),
    build=build_early_prevent_update,
    steps=[
        load(
            expect={("a", "children"): "A0", ("b", "children"): None, ("c", "children"): "c:A0:x",
                    ("d", "children"): "d:x"},
            calls={"gate": ["prevented"], "after_gate": 0, "mixed": 1, "unrelated": 1},
        ),
        set_props(
            "inp", {"value": "y"},
            expect={("a", "children"): "y", ("b", "children"): "b:y", ("c", "children"): "c:y:y",
                    ("d", "children"): "d:y"},
            calls={"gate": ["ok"], "after_gate": 1, "mixed": 1, "unrelated": 1},
        ),
    ],
))


def build_prevent_initial_call(lib):
    """I-7 (cbpi001): `prevented_a` (prevent_initial_call=True) is left out of the init chain, so
    `reads_a` runs at load with a's layout value; `prevented_f` is prevented too but runs at
    load because the initial callback `initial_c` updated its Input. All run on user changes."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="x"),
        lib.html.Div(id="a", children="A0"),
        lib.html.Div(id="b"), lib.html.Div(id="c"), lib.html.Div(id="f"),
    ])

    @app.callback(lib.Output("a", "children"), lib.Input("inp", "value"), prevent_initial_call=True)
    def prevented_a(value):
        return f"A:{value}"

    @app.callback(lib.Output("b", "children"), lib.Input("a", "children"))
    def reads_a(a):
        return f"B:{a}"

    @app.callback(lib.Output("c", "children"), lib.Input("inp", "value"))
    def initial_c(value):
        return f"C:{value}"

    @app.callback(lib.Output("f", "children"), lib.Input("c", "children"), prevent_initial_call=True)
    def prevented_f(c):
        return f"F:{c}"

    return app


SCENARIOS.append(Scenario(
    name="I-7-prevent-initial-call-is-not-prevent-update",
    rule_ids=("I-7",),
    build=build_prevent_initial_call,
    steps=[
        load(
            expect={("a", "children"): "A0", ("b", "children"): "B:A0", ("c", "children"): "C:x",
                    ("f", "children"): "F:C:x"},
            calls={"prevented_a": 0, "reads_a": 1, "initial_c": 1, "prevented_f": 1},
        ),
        set_props(
            "inp", {"value": "y"},
            expect={("a", "children"): "A:y", ("b", "children"): "B:A:y", ("c", "children"): "C:y",
                    ("f", "children"): "F:C:y"},
            calls={"prevented_a": 1, "reads_a": 1, "initial_c": 1, "prevented_f": 1},
        ),
    ],
))


def build_app_wide_prevent(lib):
    """I-7: `Dash(prevent_initial_callbacks=True)` makes `app.callback` default to
    prevent_initial_call=True; an explicit `prevent_initial_call=False` still fires at load."""
    app = lib.Dash(__name__, prevent_initial_callbacks=True)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value="x"), lib.html.Div(id="q"), lib.html.Div(id="l")])

    @app.callback(lib.Output("q", "children"), lib.Input("inp", "value"))
    def quiet(value):
        return f"Q:{value}"

    @app.callback(lib.Output("l", "children"), lib.Input("inp", "value"), prevent_initial_call=False)
    def loud(value):
        return f"L:{value}"

    return app


SCENARIOS.append(Scenario(
    name="I-7-app-wide-prevent-initial-callbacks",
    rule_ids=("I-7",),
    build=build_app_wide_prevent,
    steps=[
        load(expect={("q", "children"): None, ("l", "children"): "L:x"}, calls={"quiet": 0, "loud": 1}),
        set_props("inp", {"value": "y"}, expect={("q", "children"): "Q:y", ("l", "children"): "L:y"},
                  calls={"quiet": 1, "loud": 1}),
    ],
))


def build_trailing_bool(lib):
    """I-7, O-1 (cbpi004): `prevent_initial_call` given positionally as a trailing `True`."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("Go", id="btn"), lib.html.Div(id="out", children="waiting")])

    @app.callback(lib.Output("out", "children"), lib.Input("btn", "n_clicks"), True)
    def on_click(n_clicks):
        return f"clicked {n_clicks}"

    return app


SCENARIOS.append(Scenario(
    name="I-7-trailing-positional-prevent-initial-call",
    rule_ids=("I-7", "O-1"),
    build=build_trailing_bool,
    steps=[
        load(expect={("out", "children"): "waiting"}, calls={"on_click": 0}),
        click("btn", expect={("out", "children"): "clicked 1"}, calls={"on_click": 1}),
    ],
))


def build_location_mount(lib):
    """I-9, K-8 (cbsc007): `dcc.Location` writes `pathname` as it mounts, so the routing
    callback sees "/" (never a final None), triggered by the location. Call counts at load are
    not checked: Dash only usually merges the mount write with the initial request."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Location(id="url"), lib.html.Div(id="page")])

    @app.callback(lib.Output("page", "children"), lib.Input("url", "pathname"))
    def route(pathname):
        return f"page for {pathname} ({lib.ctx.triggered_id})"

    return app


SCENARIOS.append(Scenario(
    name="I-9-location-mount-write-reaches-callbacks",
    rule_ids=("I-9", "K-8"),
    build=build_location_mount,
    steps=[
        load(expect={("url", "pathname"): "/", ("page", "children"): "page for / (url)"}),
    ],
))
