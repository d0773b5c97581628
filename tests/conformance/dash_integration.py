"""Dash's own integration tests, re-expressed as scenarios (the appendix table of dash-semantics.md).

Each builder's docstring names the rule ids and the Dash test (`tests/integration/...`) it follows.
The apps are written for this course, after reading what each Dash test checks; where a Dash test
looks at something the vocabulary cannot express (rendered text, timing, a raw endpoint), the
docstring says so and the scenario checks the props instead.
"""
from __future__ import annotations

from .vocabulary import ID, PageErrorSpec, Scenario, Texts, click, load, set_props

SCENARIOS: list[Scenario] = []


# -- missing inputs and outputs (callbacks/test_missing_inputs.py, test_missing_outputs.py) ------


def build_inserted_input_and_output(lib):
    """C-6, C-8 (cbmi004): a multi-output callback whose Input and one of whose Outputs are missing
    at load does not run (and is no error with suppress_callback_exceptions); once a click inserts
    both, it runs once and writes both Outputs, the present one and the inserted one."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html = lib.html
    app.layout = html.Div([html.Button("click", id="btn"), html.Div(id="content"),
                           html.Div("output1 init", id="out1")])

    @app.callback(lib.Output("content", "children"), lib.Input("btn", "n_clicks"))
    def content(n_clicks):
        return [html.Div("A", id="a"), html.Div("B", id="b")] if n_clicks else "content init"

    @app.callback(lib.Output("out1", "children"), lib.Output("b", "children"), lib.Input("a", "children"))
    def copy_a(a):
        return a, a

    return app


SCENARIOS.append(Scenario(
    name="C-6-cbmi004-input-and-one-output-inserted-later",
    rule_ids=("C-6", "C-8", "I-3"),
    build=build_inserted_input_and_output,
    steps=[
        load(expect={("content", "children"): "content init", ("out1", "children"): "output1 init"},
             calls={"content": 1, "copy_a": 0}, absent=("a", "b"), errors=0),
        click("btn", expect={("out1", "children"): "A", ("b", "children"): "A"}, calls={"content": 1, "copy_a": 1}),
        set_props("a", {"children": "Z"}, expect={("out1", "children"): "Z", ("b", "children"): "Z"},
                  calls={"copy_a": 1}),
    ],
))


def build_match_inputs_all_missing(lib):
    """I-3, I-6, P-5 (cbmi009): cbmi001 through MATCH ids. `join_ab` has both Inputs missing at
    load (its States, one present, do not count) so it is skipped like a PreventUpdate; `second`,
    fed only by join_ab's Output, is skipped too; `third`, which has another present Input, runs
    with the layout value. A click inserts a and b (and c): all three run, and the MATCH States
    resolve to the inserted c and the static title."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, MATCH = lib.html, lib.MATCH
    app.layout = html.Div([
        html.Div("Title", id={"i": 0, "id": "title"}),
        html.Button("click", id="btn"),
        html.Div(id="content"),
        html.Div("output1 init", id={"i": 0, "id": "out1"}),
        html.Div("output2 init", id={"i": 0, "id": "out2"}),
        html.Div("output3 init", id={"i": 0, "id": "out3"}),
    ])

    @app.callback(lib.Output("content", "children"), lib.Input("btn", "n_clicks"))
    def content(n_clicks):
        if not n_clicks:
            return "content init"
        return [html.Div(letter, id={"i": 0, "id": letter.lower()}) for letter in "ABC"]

    @app.callback(lib.Output({"i": MATCH, "id": "out1"}, "children"),
                  lib.Input({"i": MATCH, "id": "a"}, "children"), lib.Input({"i": MATCH, "id": "b"}, "children"),
                  lib.State({"i": MATCH, "id": "c"}, "children"), lib.State({"i": MATCH, "id": "title"}, "children"))
    def join_ab(a, b, c, title):
        return a + b if (c, title) == ("C", "Title") else f"unexpected States {c!r}, {title!r}"

    @app.callback(lib.Output({"i": MATCH, "id": "out2"}, "children"), lib.Input({"i": MATCH, "id": "out1"}, "children"),
                  lib.State({"i": MATCH, "id": "title"}, "children"))
    def second(out1, title):
        return f"{out1} - 2 - {title}"

    @app.callback(lib.Output({"i": MATCH, "id": "out3"}, "children"), lib.Input({"i": MATCH, "id": "out1"}, "children"),
                  lib.Input({"i": MATCH, "id": "title"}, "children"))
    def third(out1, title):
        return f"{out1} - 3 - {title}"

    return app


SCENARIOS.append(Scenario(
    name="I-3-cbmi009-match-inputs-all-missing-skip-the-callback",
    rule_ids=("I-3", "I-6", "P-5"),
    build=build_match_inputs_all_missing,
    steps=[
        load(expect={(ID(i=0, id="out1"), "children"): "output1 init", (ID(i=0, id="out2"), "children"): "output2 init",
                     (ID(i=0, id="out3"), "children"): "output1 init - 3 - Title"},
             calls={"join_ab": 0, "second": 0, "third": 1}, errors=0),
        click("btn", expect={(ID(i=0, id="out1"), "children"): "AB", (ID(i=0, id="out2"), "children"): "AB - 2 - Title",
                             (ID(i=0, id="out3"), "children"): "AB - 3 - Title"},
              calls={"content": 1, "join_ab": 1, "second": 1, "third": 1}),
    ],
))


def build_all_output_sizes(with_simple: bool):
    """The cbmo001 app, in Dash's two variants."""

    def build(lib):
        app = lib.Dash(__name__)
        html, ALL = lib.html, lib.ALL
        app.layout = html.Div([html.Button("items", id="items"), html.Button("values", id="values"),
                               html.Div(id="content"), html.Div("Output init", id="output")])

        @app.callback(lib.Output("content", "children"), lib.Input("items", "n_clicks"))
        def set_content(n_items):
            return [html.Div(id={"i": i}) for i in range((n_items or 0) % 4)]

        if with_simple:
            @app.callback(lib.Output({"i": ALL}, "children"), lib.Output("output", "children"),
                          lib.Input("values", "n_clicks"), lib.Input({"i": ALL}, "id"))
            def content_and_output(n_values, cell_ids):
                cells = [n_values or 0] * len(cell_ids)
                return cells, sum(cells)
        else:
            @app.callback(lib.Output({"i": ALL}, "children"), lib.Input("values", "n_clicks"))
            def fill_cells(n_values):
                if not lib.ctx.outputs_list:
                    raise ValueError("fill_cells must not be called when its ALL Output matches nothing")
                return [n_values or 0] * len(lib.ctx.outputs_list)

            @app.callback(lib.Output("output", "children"), lib.Input({"i": ALL}, "children"))
            def total(cells):
                return sum(cells)

        return app

    build.__doc__ = (
        "P-7, C-8 a, I-3 (cbmo001, with_simple={}): an ALL Output that matches nothing is not "
        "called ({}); each click on items re-renders 0-3 cells, and the new cells get their values "
        "as initial calls; the total is always the sum of the cells.".format(
            with_simple,
            "here it has a plain Output too, so it is called with [] for the ALL group" if with_simple
            else "fill_cells would raise; total, whose ALL Input matches nothing, still runs with []",
        )
    )
    return build


# (button, texts of the cells, total) after each click, as in cbmo001.
CBMO001_CLICKS = [
    ("values", [], 0), ("items", ["1"], 1), ("values", ["2"], 2), ("items", ["2", "2"], 4),
    ("values", ["3", "3"], 6), ("items", ["3", "3", "3"], 9), ("values", ["4", "4", "4"], 12),
    ("items", [], 0), ("values", [], 0), ("items", ["5"], 5),
]

for _with_simple in (False, True):
    SCENARIOS.append(Scenario(
        name=f"P-7-cbmo001-all-output-with-zero-matches-{'with-simple-output' if _with_simple else 'alone'}",
        rule_ids=("P-7", "C-8", "I-3"),
        build=build_all_output_sizes(_with_simple),
        steps=[
            load(expect={("content", "children"): Texts([]), ("output", "children"): 0},
                 calls={"fill_cells": 0} if not _with_simple else {"content_and_output": 1}, errors=0),
            *[click(button, expect={("content", "children"): Texts(cells), ("output", "children"): total},
                    calls={"fill_cells": 0} if not cells and not _with_simple else {}, errors=0)
              for button, cells, total in CBMO001_CLICKS],
        ],
    ))


def build_two_all_outputs(lib):
    """P-7, C-8 a (cbmo003): a callback with two ALL Outputs is called while either group has a
    match, with [] for an empty group, and not called when both are empty (it would raise)."""
    app = lib.Dash(__name__)
    html, ALL = lib.html, lib.ALL
    app.layout = html.Div([html.Button("items", id="items"), html.Button("values", id="values"),
                           html.Div(id="content1"), html.Hr(), html.Div(id="content2"), html.Hr(),
                           html.Div("Output init", id="output")])

    @app.callback(lib.Output("content1", "children"), lib.Output("content2", "children"), lib.Input("items", "n_clicks"))
    def content(n_items):
        n_items = n_items or 0
        return ([html.Div(id={"i": i}) for i in range((n_items + 2) % 4)],
                [html.Div(id={"j": j}) for j in range(n_items % 3)])

    @app.callback(lib.Output({"i": ALL}, "children"), lib.Output({"j": ALL}, "children"), lib.Input("values", "n_clicks"))
    def fill_cells(n_values):
        count_i, count_j = (len(group) for group in lib.ctx.outputs_list)
        if not count_i + count_j:
            raise ValueError("fill_cells must not be called when both ALL Outputs match nothing")
        return [n_values or 0] * count_i, [(n_values or 0) + 2] * count_j

    @app.callback(lib.Output("output", "children"), lib.Input({"i": ALL}, "children"), lib.Input({"j": ALL}, "children"))
    def total(cells_i, cells_j):
        return sum(cells_i) + sum(cells_j)

    return app


# (button, texts of content1, texts of content2, total) after each click, as in cbmo003.
CBMO003_CLICKS = [
    ("values", ["1", "1"], [], 2), ("items", ["1", "1", "1"], ["3"], 6), ("values", ["2", "2", "2"], ["4"], 10),
    ("items", [], ["4", "4"], 8), ("values", [], ["5", "5"], 10), ("items", ["3"], [], 3), ("values", ["4"], [], 4),
    ("items", ["4", "4"], ["6"], 14), ("values", ["5", "5"], ["7"], 17), ("items", ["5", "5", "5"], ["7", "7"], 29),
    ("values", ["6", "6", "6"], ["8", "8"], 34), ("items", [], [], 0), ("values", [], [], 0), ("items", ["7"], ["9"], 16),
]

SCENARIOS.append(Scenario(
    name="P-7-cbmo003-two-all-outputs-called-while-either-matches",
    rule_ids=("P-7", "C-8"),
    build=build_two_all_outputs,
    steps=[
        load(expect={("content1", "children"): Texts(["0", "0"]), ("content2", "children"): Texts([]),
                     ("output", "children"): 0}, errors=0),
        *[click(button, expect={("content1", "children"): Texts(one), ("content2", "children"): Texts(two),
                                ("output", "children"): total},
                calls={"fill_cells": 0} if not one and not two else {}, errors=0)
          for button, one, two, total in CBMO003_CLICKS],
    ],
))


# -- chains (callbacks/test_multiple_callbacks.py, test_prevent_initial.py) ----------------------


def build_button_to_sliders(multi: bool):
    """The cbmt004 app: one multi-output callback, or two single-output ones."""

    def build(lib):
        app = lib.Dash(__name__)
        html, dcc = lib.html, lib.dcc
        app.layout = html.Div([
            html.Button("Button", id="button"),
            html.Div([html.Label(id="label1"), dcc.Slider(id="slider1", min=0, max=10, value=0)]),
            html.Div([html.Label(id="label2"), dcc.Slider(id="slider2", min=0, max=10, value=0)]),
        ])

        if multi:
            @app.callback(lib.Output("slider1", "value"), lib.Output("slider2", "value"), lib.Input("button", "n_clicks"))
            def set_both(n_clicks):
                if not n_clicks:
                    raise lib.PreventUpdate
                return n_clicks, n_clicks
        else:
            @app.callback(lib.Output("slider1", "value"), lib.Input("button", "n_clicks"))
            def set_first(n_clicks):
                if not n_clicks:
                    raise lib.PreventUpdate
                return n_clicks

            @app.callback(lib.Output("slider2", "value"), lib.Input("button", "n_clicks"))
            def set_second(n_clicks):
                if not n_clicks:
                    raise lib.PreventUpdate
                return n_clicks

        @app.callback(lib.Output("label1", "children"), lib.Input("slider1", "value"))
        def label_first(value):
            return f"Slider1 value {value}"

        @app.callback(lib.Output("label2", "children"), lib.Input("slider2", "value"))
        def label_second(value):
            return f"Slider2 value {value}"

        return app

    build.__doc__ = (
        f"C-2, I-6, O-3 (cbmt004, MULTI={multi}): a button sets two Sliders' values "
        f"({'in one multi-output callback' if multi else 'in two callbacks'}); each Slider's label "
        "follows its value, once per click. At load the setter raises PreventUpdate, and the "
        "labels, fed only by its Outputs, are dropped from the init chain (I-6): they stay empty."
    )
    return build


for _multi in (True, False):
    _setters = {"set_both": 1} if _multi else {"set_first": 1, "set_second": 1}
    SCENARIOS.append(Scenario(
        name=f"C-2-cbmt004-button-sets-sliders-{'one-multi-output' if _multi else 'two-callbacks'}",
        rule_ids=("C-2", "I-6", "O-3"),
        build=build_button_to_sliders(_multi),
        steps=[
            load(expect={("label1", "children"): None, ("label2", "children"): None},
                 calls={**{name: ["prevented"] for name in _setters}, "label_first": 0, "label_second": 0}),
            click("button", expect={("slider1", "value"): 1, ("slider2", "value"): 1,
                                    ("label1", "children"): "Slider1 value 1", ("label2", "children"): "Slider2 value 1"},
                  calls={**_setters, "label_first": 1, "label_second": 1}),
            click("button", expect={("label1", "children"): "Slider1 value 2", ("label2", "children"): "Slider2 value 2"},
                  calls={**_setters, "label_first": 1, "label_second": 1}),
        ],
    ))


def build_converging_sliders(lib):
    """X-1, X-2, C-4 step 5 (cbmt005): two buttons feed one multi-output callback that sets two
    Sliders; `triggered[0]["prop_id"]` says which button. The callback reading both Sliders runs
    once per click with both new values. At load `triggered` is falsy, so the setter prevents, and
    the reader, fed only by its Outputs, does not run (I-6)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button("Button 1", id="b1"), html.Button("Button 2", id="b2"),
                           dcc.Slider(id="slider1", min=-5, max=5), dcc.Slider(id="slider2", min=-5, max=5),
                           html.Div(id="out")])

    @app.callback(lib.Output("slider1", "value"), lib.Output("slider2", "value"),
                  lib.Input("b1", "n_clicks"), lib.Input("b2", "n_clicks"))
    def update_sliders(b1, b2):
        if not lib.ctx.triggered:
            raise lib.PreventUpdate
        return (-1, -1) if lib.ctx.triggered[0]["prop_id"] == "b1.n_clicks" else (1, 1)

    @app.callback(lib.Output("out", "children"), lib.Input("slider1", "value"), lib.Input("slider2", "value"))
    def update_graph(s1, s2):
        return f"x={s1}, y={s2}"

    return app


SCENARIOS.append(Scenario(
    name="X-1-cbmt005-converging-chain-from-two-sliders",
    rule_ids=("X-1", "X-2", "C-4", "I-6"),
    build=build_converging_sliders,
    steps=[
        load(expect={("out", "children"): None}, calls={"update_sliders": ["prevented"], "update_graph": 0}),
        click("b1", expect={("out", "children"): "x=-1, y=-1"}, calls={"update_sliders": 1, "update_graph": 1}),
        click("b2", expect={("out", "children"): "x=1, y=1"}, calls={"update_sliders": 1, "update_graph": 1}),
        click("b1", expect={("out", "children"): "x=-1, y=-1"}, calls={"update_sliders": 1, "update_graph": 1}),
    ],
))


# The cbpi001/cbpi002 flavors Dash runs (5 of the 8 combinations).
CBPI_FLAVORS = [
    {"clientside": False, "content": False, "global": False},
    {"clientside": True, "content": False, "global": False},
    {"clientside": False, "content": True, "global": False},
    {"clientside": True, "content": True, "global": True},
    {"clientside": False, "content": False, "global": True},
]


def build_prevent_initial_matrix_with_match(flavor: dict[str, bool]):
    """The cbpi002 app: cbpi001's A-F matrix with MATCH ids, in one flavor."""

    def build(lib):
        app = lib.Dash(__name__, **({"prevent_initial_callbacks": True} if flavor["global"] else {}))
        html, MATCH = lib.html, lib.MATCH

        def key(j):
            return {"i": MATCH, "j": j}

        def prevent(prevent_initial_call):
            # Only say it where it differs from the app-wide default, as Dash's test does.
            return {} if prevent_initial_call == flavor["global"] else {"prevent_initial_call": prevent_initial_call}

        def concat(name, output, inputs, prevent_initial_call=False):
            if flavor["clientside"]:
                app.clientside_callback(
                    "function () { return Array.prototype.map.call(arguments, String).join(''); }",
                    output, *inputs, **prevent(prevent_initial_call))
                return

            def join(*values):
                return "".join(str(value) for value in values)

            join.__name__ = name
            app.callback(output, *inputs, **prevent(prevent_initial_call))(join)

        layout = html.Div([html.Button("click", id={"i": 0, "j": "btn"}),
                           *[html.Div(letter, id={"i": 0, "j": letter.lower()}) for letter in "ABCDEF"]])
        if flavor["content"]:
            app.layout = html.Div(id="content")

            @app.callback(lib.Output("content", "children"), lib.Input("content", "style"),
                          **({"prevent_initial_call": False} if flavor["global"] else {}))
            def set_content(_):
                return layout
        else:
            app.layout = layout

        if flavor["clientside"]:
            app.clientside_callback("function () { return 'Click'; }", lib.Output(key("a"), "children"),
                                    lib.Input(key("btn"), "n_clicks"), **prevent(True))
        else:
            @app.callback(lib.Output(key("a"), "children"), lib.Input(key("btn"), "n_clicks"), **prevent(True))
            def set_a(_):
                return "Click"

        concat("set_b", lib.Output(key("b"), "children"), [lib.Input(key("a"), "children")])
        concat("set_c", lib.Output(key("c"), "children"), [lib.Input(key("a"), "children")], prevent_initial_call=True)

        @app.callback(lib.Output(key("d"), "children"), lib.Input(key("d"), "style"), **prevent(False))
        def set_d(_):
            raise lib.PreventUpdate

        concat("set_e", lib.Output(key("e"), "children"), [lib.Input(key("a"), "children"), lib.Input(key("d"), "children")])
        concat("set_f", lib.Output(key("f"), "children"),
               [lib.Input(key(j), "children") for j in "abd"], prevent_initial_call=True)
        return app

    build.__doc__ = (
        f"I-7, I-6, P-5 (cbpi002, flavor {flavor}): cbpi001's matrix through MATCH ids. A is "
        "prevent_initial_call, so B (reading A) runs at load with A's layout value, C (itself "
        "prevented) does not; D raises PreventUpdate, E (A and D) still runs; F is prevented but "
        "runs at load because B, an initial callback, changed one of its Inputs. A click runs all."
    )
    return build


def _flavor_name(flavor: dict[str, bool]) -> str:
    return "-".join(name for name, on in flavor.items() if on) or "plain"


def _cell(letter: str) -> ID:
    return ID(i=0, j=letter)


for _flavor in CBPI_FLAVORS:
    SCENARIOS.append(Scenario(
        name=f"I-7-cbpi002-prevent-initial-call-matrix-with-match-{_flavor_name(_flavor)}",
        rule_ids=("I-7", "I-6", "P-5"),
        build=build_prevent_initial_matrix_with_match(_flavor),
        steps=[
            load(expect={(_cell("f"), "children"): "AAD", (_cell("e"), "children"): "AD", (_cell("d"), "children"): "D",
                         (_cell("c"), "children"): "C", (_cell("b"), "children"): "A", (_cell("a"), "children"): "A"},
                 calls={} if _flavor["clientside"] else {"set_a": 0, "set_b": 1, "set_c": 0, "set_e": 1, "set_f": 1},
                 errors=0),
            click(_cell("btn"), expect={
                (_cell("f"), "children"): "ClickClickD", (_cell("e"), "children"): "ClickD", (_cell("d"), "children"): "D",
                (_cell("c"), "children"): "Click", (_cell("b"), "children"): "Click", (_cell("a"), "children"): "Click"},
                calls={} if _flavor["clientside"] else {"set_a": 1, "set_b": 1, "set_c": 1, "set_e": 1, "set_f": 1}),
        ],
    ))
