"""Dash's own integration tests, re-expressed as scenarios (the appendix table of dash-semantics.md).

Each builder's docstring names the rule ids and the Dash test (`tests/integration/...`) it follows.
The apps are written for this course, after reading what each Dash test checks; where a Dash test
looks at something the vocabulary cannot express (rendered text, timing, a raw endpoint), the
docstring says so and the scenario checks the props instead.
"""
from __future__ import annotations

import json

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


class FlavoredApp:
    """The cbpi00x apps in one flavor: server or clientside callbacks, a static layout or one a
    content callback returns, the default prevent_initial_call or an app-wide True. Each helper
    says prevent_initial_call only where it differs from the app-wide default, as Dash's tests do.

    Unlike Dash's tests, a content flavor sets suppress_callback_exceptions: Dash's page reports
    every plain id missing from the first layout (V-4; its test does not look at the console),
    and the Python page over HTTP to a Dash server cannot, since Dash validates in its renderer.
    `tests/core/test_validation.py` pins those errors for learndash instead."""

    def __init__(self, lib, flavor: dict[str, bool]) -> None:
        self.lib, self.flavor = lib, flavor
        options = {"prevent_initial_callbacks": True} if flavor["global"] else {}
        if flavor["content"]:
            options["suppress_callback_exceptions"] = True
        self.app = lib.Dash(__name__, **options)

    def prevent(self, prevent_initial_call: bool) -> dict[str, bool]:
        return {} if prevent_initial_call == self.flavor["global"] else {"prevent_initial_call": prevent_initial_call}

    def set_layout(self, layout) -> None:
        lib = self.lib
        if not self.flavor["content"]:
            self.app.layout = layout
            return
        self.app.layout = lib.html.Div(id="content")

        @self.app.callback(lib.Output("content", "children"), lib.Input("content", "style"), **self.prevent(False))
        def set_content(_):
            return layout

    def const(self, name: str, value, outputs, inputs, *, prevent_initial_call: bool = False) -> None:
        """A callback that always returns `value`."""
        if self.flavor["clientside"]:
            self.app.clientside_callback(f"function () {{ return {json.dumps(value)}; }}", outputs, inputs,
                                         **self.prevent(prevent_initial_call))
            return

        def constant(*_):
            return value

        constant.__name__ = name
        self.app.callback(outputs, inputs, **self.prevent(prevent_initial_call))(constant)

    def concat(self, name: str, outputs, inputs, *, prevent_initial_call: bool = False) -> None:
        """A callback that joins its Inputs as text, into each of its Outputs."""
        count = len(outputs) if isinstance(outputs, list) else None
        if self.flavor["clientside"]:
            joined = "Array.prototype.map.call(arguments, String).join('')"
            result = joined if count is None else f"Array({count}).fill({joined})"
            self.app.clientside_callback(f"function () {{ return {result}; }}", outputs, inputs,
                                         **self.prevent(prevent_initial_call))
            return

        def join(*values):
            text = "".join(str(value) for value in values)
            return text if count is None else [text] * count

        join.__name__ = name
        self.app.callback(outputs, inputs, **self.prevent(prevent_initial_call))(join)


def build_prevent_initial_matrix_with_match(flavor: dict[str, bool]):
    """The cbpi002 app: cbpi001's A-F matrix with MATCH ids, in one flavor."""

    def build(lib):
        made = FlavoredApp(lib, flavor)
        html, MATCH, Input, Output = lib.html, lib.MATCH, lib.Input, lib.Output

        def key(j):
            return {"i": MATCH, "j": j}

        made.set_layout(html.Div([html.Button("click", id={"i": 0, "j": "btn"}),
                                  *[html.Div(letter, id={"i": 0, "j": letter.lower()}) for letter in "ABCDEF"]]))
        made.const("set_a", "Click", Output(key("a"), "children"), [Input(key("btn"), "n_clicks")],
                   prevent_initial_call=True)
        made.concat("set_b", Output(key("b"), "children"), [Input(key("a"), "children")])
        made.concat("set_c", Output(key("c"), "children"), [Input(key("a"), "children")], prevent_initial_call=True)

        @made.app.callback(Output(key("d"), "children"), Input(key("d"), "style"), **made.prevent(False))
        def set_d(_):
            raise lib.PreventUpdate

        made.concat("set_e", Output(key("e"), "children"), [Input(key("a"), "children"), Input(key("d"), "children")])
        made.concat("set_f", Output(key("f"), "children"), [Input(key(j), "children") for j in "abd"],
                    prevent_initial_call=True)
        return made.app

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


# -- values and props (callbacks/test_basic_callback.py, test_wildcards.py) ----------------------


# What set_children returns on each click, as in cbsc005 (the last one mixes in a component).
CBSC005_CHILDREN = [None, "a string", 123, 123.45, [6, 7, 8], ["a", "list", "of", "strings"], ["strings", 2, "numbers"]]


def build_children_of_every_type(lib):
    """W-2, O-5 (cbsc005): a callback may return children of every JSON type: None, a string, an
    int, a float, a list of numbers or strings, and a list mixing strings with components; each
    click shows the next one, and a click past the end returns no_update. (Dash's test reads the
    rendered text; the vocabulary reads the prop, and `Texts` for the mixed list.)"""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button(id="btn"), html.Div("init", id="out")])
    outputs = [*CBSC005_CHILDREN, ["a string", html.Div("and a div")]]

    @app.callback(lib.Output("out", "children"), lib.Input("btn", "n_clicks"))
    def set_children(n_clicks):
        if n_clicks is None or n_clicks > len(outputs):
            return lib.no_update
        return outputs[n_clicks - 1]

    return app


SCENARIOS.append(Scenario(
    name="W-2-cbsc005-children-of-every-type",
    rule_ids=("W-2", "O-5", "O-2"),
    build=build_children_of_every_type,
    steps=[
        load(expect={("out", "children"): "init"}, calls={"set_children": 1}),
        *[click("btn", expect={("out", "children"): children}, calls={"set_children": 1}) for children in CBSC005_CHILDREN],
        click("btn", expect={("out", "children"): Texts(["a string", "and a div"])}),
        click("btn", expect={("out", "children"): Texts(["a string", "and a div"])}, calls={"set_children": 1}),
    ],
))


def build_options_as_output_and_input(lib):
    """C-2, K-3 (cbsc006): a list-of-dicts prop, Dropdown `options`, is the Output of one callback
    and the Input of another; the reader sees every new list. A chosen value that is still among
    the new options stays chosen (Dash's test picks each new option with the mouse; here the user
    edit is a set_props of `value`)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button(id="btn"), dcc.Dropdown(id="dd"), html.Div(id="out")])

    @app.callback(lib.Output("dd", "options"), lib.Input("btn", "n_clicks"))
    def set_options(n_clicks):
        return [{"label": f"opt{i}", "value": i} for i in range(n_clicks or 0)]

    @app.callback(lib.Output("out", "children"), lib.Input("dd", "options"))
    def count_options(options):
        return len(options)

    return app


def _options(count: int) -> list[dict]:
    return [{"label": f"opt{i}", "value": i} for i in range(count)]


SCENARIOS.append(Scenario(
    name="C-2-cbsc006-list-of-dicts-prop-as-output-and-input",
    rule_ids=("C-2", "K-3"),
    build=build_options_as_output_and_input,
    steps=[
        load(expect={("out", "children"): 0, ("dd", "options"): []}, calls={"set_options": 1, "count_options": 1}),
        *[step for i in range(5) for step in (
            click("btn", expect={("out", "children"): i + 1, ("dd", "options"): _options(i + 1),
                                 ("dd", "value"): i - 1 if i else None},
                  calls={"set_options": 1, "count_options": 1}),
            set_props("dd", {"value": i}, expect={("dd", "value"): i}, calls={"set_options": 0, "count_options": 0}),
        )],
    ],
))


def build_extra_components(lib):
    """I-1, W-2 (cbsc016): components in `app._extra_components` are added after the layout (Dash
    wraps both in one Div) and serve as Inputs like any other; the layout also holds a float, a
    None and a string among its children."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app._extra_components.append(dcc.Store(id="extra-store", data=123))
    app.layout = html.Div([dcc.Input(id="input", value="initial value"),
                           html.Div(html.Div([1.5, None, "string", html.Div(id="output-1")]))])

    @app.callback(lib.Output("output-1", "children"), lib.Input("input", "value"), lib.Input("extra-store", "data"))
    def update_output(value, data):
        return f"{value} / {data}"

    return app


SCENARIOS.append(Scenario(
    name="I-1-cbsc016-extra-components-join-the-layout",
    rule_ids=("I-1", "W-2"),
    build=build_extra_components,
    steps=[
        load(expect={("output-1", "children"): "initial value / 123", ("extra-store", "data"): 123},
             calls={"update_output": 1}, errors=0),
        set_props("input", {"value": "A"}, expect={("output-1", "children"): "A / 123"}, calls={"update_output": 1}),
        set_props("extra-store", {"data": 7}, expect={("output-1", "children"): "A / 7"}, calls={"update_output": 1}),
    ],
))


def build_all_order_after_partial_updates(lib):
    """P-9, K-3, R-5 (cbwc007, Dash issue #2368): an ALL Input keeps the layout order of its
    Dropdowns after a callback re-writes the options of some of them. (Dash's test picks the
    options with the mouse; here the user edits are set_props of `value`.)"""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    dropdowns = [dcc.Dropdown(id={"type": "demo-options", "index": i}, placeholder=f"dropdown-{i}") for i in range(2)]
    dropdowns.append(dcc.Dropdown(id={"type": "demo-options", "index": 2}, options=[f"option2-{i}" for i in range(3)],
                                  placeholder="dropdown-2"))
    app.layout = html.Div([html.Button("refresh options", id="refresh-options"),
                           html.Div(dropdowns, id="dropdown-container"), html.Pre(id="selected-values")])

    @app.callback(lib.Output({"type": "demo-options", "index": 0}, "options"),
                  lib.Output({"type": "demo-options", "index": 1}, "options"),
                  lib.Input("refresh-options", "n_clicks"), prevent_initial_call=True)
    def refresh_options(_):
        return [f"option0-{i}" for i in range(3)], [f"option1-{i}" for i in range(3)]

    @app.callback(lib.Output("selected-values", "children"), lib.Input({"type": "demo-options", "index": lib.ALL}, "value"))
    def update_selected_values(values):
        return str(values)

    return app


def _dropdown(index: int) -> ID:
    return ID(type="demo-options", index=index)


SCENARIOS.append(Scenario(
    name="P-9-cbwc007-all-order-kept-after-partial-updates",
    rule_ids=("P-9", "K-3", "R-5"),
    build=build_all_order_after_partial_updates,
    steps=[
        load(expect={("selected-values", "children"): "[None, None, None]"}, calls={"update_selected_values": 1}),
        set_props(_dropdown(2), {"value": "option2-2"}, expect={("selected-values", "children"): "[None, None, 'option2-2']"}),
        click("refresh-options", expect={(_dropdown(1), "options"): ["option1-0", "option1-1", "option1-2"],
                                         ("selected-values", "children"): "[None, None, 'option2-2']"},
              calls={"refresh_options": 1, "update_selected_values": 0}),
        set_props(_dropdown(1), {"value": "option1-2"},
                  expect={("selected-values", "children"): "[None, 'option1-2', 'option2-2']"},
                  calls={"update_selected_values": 1}),
        set_props(_dropdown(0), {"value": "option0-2"},
                  expect={("selected-values", "children"): "['option0-2', 'option1-2', 'option2-2']"},
                  calls={"update_selected_values": 1}),
    ],
))


def build_patch_appended_tab(lib):
    """O-7, C-8 (dcl001): a Tab appended to Tabs' children with a Patch is a live component: a
    callback of the static tabs writes their `disabled`, the new Tab's props are readable and
    writable, and a callback reading the new Tab's `label` runs when it is inserted (C-8 b).
    (Dash's test checks the new Tab's CSS class; the vocabulary reads its props.)"""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Button("Enable Tabs", id="button", n_clicks=0),
        html.Button("Add Tabs", id="add_button", n_clicks=0),
        dcc.Store(id="store-data", data=None),
        dcc.Tabs([dcc.Tab(label="Tab A", value="tab-a", id="tab-a", disabled=True),
                  dcc.Tab(label="Tab B", value="tab-b", id="tab-b", disabled=True)], id="tabs", value="tab-a"),
        html.Div(id="new-label"),
    ])

    @app.callback(lib.Output("store-data", "data"), lib.Input("button", "n_clicks"))
    def update_store_data(clicks):
        return {"data": "available"} if clicks > 0 else None

    @app.callback(lib.Output("tabs", "children"), lib.Input("add_button", "n_clicks"), prevent_initial_call=True)
    def add_tabs(n):
        children = lib.Patch()
        children.append(dcc.Tab(label=f"{n}", value=f"{n}", id=f"test-{n}"))
        return children

    @app.callback(lib.Output("tab-a", "disabled"), lib.Output("tab-b", "disabled"), lib.Input("store-data", "data"))
    def toggle_tabs(store_data):
        enabled = store_data is not None and "data" in store_data
        return not enabled, not enabled

    @app.callback(lib.Output("new-label", "children"), lib.Input("test-1", "label"))
    def show_new_label(label):
        return f"new tab: {label}"

    return app


SCENARIOS.append(Scenario(
    name="O-7-dcl001-patch-appended-tab-is-live",
    rule_ids=("O-7", "C-8"),
    build=build_patch_appended_tab,
    steps=[
        load(expect={("tab-a", "disabled"): True, ("tab-b", "disabled"): True, ("new-label", "children"): None},
             calls={"update_store_data": 1, "toggle_tabs": 1, "show_new_label": 0}, absent=("test-1",), errors=0),
        click("button", expect={("tab-a", "disabled"): False, ("tab-b", "disabled"): False,
                                ("store-data", "data"): {"data": "available"}}, calls={"toggle_tabs": 1}),
        click("add_button", expect={("test-1", "label"): "1", ("test-1", "value"): "1", ("test-1", "disabled"): None,
                                    ("new-label", "children"): "new tab: 1", ("tab-a", "disabled"): False},
              calls={"add_tabs": 1, "show_new_label": 1}),
        set_props("test-1", {"label": "renamed"}, expect={("new-label", "children"): "new tab: renamed"},
                  calls={"show_new_label": 1}),
        set_props("tabs", {"value": "1"}, expect={("tabs", "value"): "1"}),
    ],
))


def build_dotted_ids_without_callbacks(lib):
    """W-3, W-2, I-2 (rddd001): ids containing dots are legal in a layout that no callback names;
    the layout keeps every child type (str, float, bool, None, components) and every prop; with
    no callbacks the page runs none, and a user edit of a dotted id just changes that prop.
    (Dash's test also compares the rendered DOM, the redux paths, and `/_dash-dependencies`
    being `[]`; the vocabulary reads props only.)"""
    app = lib.Dash(__name__)
    Div = lib.html.Div
    app.layout = Div([
        "Basic string", 3.14, True, None,
        Div("Child div with basic string", id="p.c.4", className="my-class", title="tooltip",
            style={"color": "red", "fontSize": 30}),
        Div(id="p.c.5"),
        Div([
            Div("Grandchild div", id="p.c.6.p.c.0"),
            Div([Div("Great grandchild", id="p.c.6.p.c.1.p.c.0"), 3.14159, "another basic string"], id="p.c.6.p.c.1"),
            Div([Div(Div([Div([Div(id="p.c.6.p.c.2.p.c.0.p.c.p.c.0.p.c.0"), "",
                               Div(id="p.c.6.p.c.2.p.c.0.p.c.p.c.0.p.c.2")], id="p.c.6.p.c.2.p.c.0.p.c.p.c.0")],
                         id="p.c.6.p.c.2.p.c.0.p.c"), id="p.c.6.p.c.2.p.c.0")], id="p.c.6.p.c.2"),
        ], id="p.c.6"),
    ])
    return app


SCENARIOS.append(Scenario(
    name="W-3-rddd001-dotted-ids-in-a-layout-without-callbacks",
    rule_ids=("W-3", "W-2", "I-2"),
    build=build_dotted_ids_without_callbacks,
    steps=[
        load(expect={("p.c.4", "className"): "my-class", ("p.c.4", "title"): "tooltip",
                     ("p.c.4", "style"): {"color": "red", "fontSize": 30},
                     ("p.c.4", "children"): "Child div with basic string", ("p.c.5", "children"): None,
                     ("p.c.6.p.c.0", "children"): "Grandchild div",
                     ("p.c.6.p.c.1", "children"): Texts(["Great grandchild", "3.14159", "another basic string"]),
                     ("p.c.6.p.c.2.p.c.0.p.c.p.c.0", "children"): Texts([""]),
                     ("p.c.6.p.c.2.p.c.0.p.c.p.c.0.p.c.2", "children"): None},
             errors=0),
        set_props("p.c.5", {"children": "edited"}, expect={("p.c.5", "children"): "edited",
                                                           ("p.c.6.p.c.0", "children"): "Grandchild div"}, errors=0),
    ],
))


# -- callback options (test_callback_error.py, test_callback_optional.py, test_basic_callback.py) --


def build_error_handlers(lib):
    """W-9 step 5, O-2 (cber001): a callback's own `on_error` handler may set_props and return the
    Output's value; without one, the app-wide `Dash(on_error=)` handler runs; a handler returning
    None leaves every Output as it is (no_update), also for a dict-grouped Output (Dash #2983).
    The layout is a plain list. The page shows no error."""

    def global_handler(err):
        lib.set_props("output-global", {"children": f"global: {err}"})

    app = lib.Dash(__name__, on_error=global_handler)
    html = lib.html
    app.layout = [
        html.Button("start", id="start-local"), html.Button("start-global", id="start-global"),
        html.Button("start-grouped", id="start-grouped"),
        html.Div(id="output"), html.Div(id="output-global"), html.Div(id="error-message"),
        html.Div("default-value", id="grouped-output"),
    ]

    def on_callback_error(err):
        lib.set_props("error-message", {"children": f"message: {err}"})
        return f"callback: {err}"

    @app.callback(lib.Output("output", "children"), lib.Input("start-local", "n_clicks"),
                  on_error=on_callback_error, prevent_initial_call=True)
    def on_start(_):
        raise Exception("local error")

    @app.callback(lib.Output("output-global", "children"), lib.Input("start-global", "n_clicks"), prevent_initial_call=True)
    def on_start_global(_):
        raise Exception("global error")

    @app.callback(output={"test": lib.Output("grouped-output", "children")},
                  inputs={"start": lib.Input("start-grouped", "n_clicks")}, prevent_initial_call=True)
    def on_start_grouped(start=0):
        raise Exception("grouped error")

    return app


SCENARIOS.append(Scenario(
    name="W-9-cber001-callback-and-app-wide-error-handlers",
    rule_ids=("W-9", "O-2"),
    build=build_error_handlers,
    steps=[
        load(expect={("output", "children"): None, ("grouped-output", "children"): "default-value"},
             calls={"on_start": 0, "on_start_global": 0, "on_start_grouped": 0}),
        click("start-local", expect={("output", "children"): "callback: local error",
                                     ("error-message", "children"): "message: local error",
                                     ("output-global", "children"): None},
              calls={"on_start": 1}, errors=0),
        click("start-global", expect={("output-global", "children"): "global: global error",
                                      ("output", "children"): "callback: local error"},
              calls={"on_start_global": 1}, errors=0),
        click("start-grouped", expect={("output-global", "children"): "global: grouped error",
                                       ("grouped-output", "children"): "default-value"},
              calls={"on_start_grouped": 1}, errors=0),
    ],
))


def build_optional_state(lib):
    """C-6, X-4, C-8 (cbop002): a State with `allow_optional=True` reads None while its component
    is missing and its current value once inserted, without ever triggering; an optional Input
    of another callback is live once its component is inserted (C-8 b: its insertion runs it)."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html = lib.html
    app.layout = html.Div([html.Button(id="button1", children="Button 1"), html.Div(id="button-container"),
                           html.Div(id="test-out"), html.Div(id="test-out2")])

    @app.callback(lib.Output("button-container", "children"), lib.Input("button1", "n_clicks"),
                  lib.State("button-container", "children"), prevent_initial_call=True)
    def insert_button(_, children):
        return html.Button(id="button2", children="Button 2") if not children else lib.no_update

    @app.callback(lib.Output("test-out", "children"), lib.Input("button1", "n_clicks"),
                  lib.State("button2", "n_clicks", allow_optional=True))
    def display(n, n2):
        return f"{n} - {n2}"

    @app.callback(lib.Output("test-out2", "children"), lib.Input("button2", "n_clicks", allow_optional=True))
    def echo_button2(n):
        return n if n else lib.no_update

    return app


SCENARIOS.append(Scenario(
    name="C-6-cbop002-optional-state-and-input",
    rule_ids=("C-6", "X-4", "C-8"),
    build=build_optional_state,
    steps=[
        load(expect={("test-out", "children"): "None - None", ("test-out2", "children"): None},
             calls={"display": 1}, errors=0),
        click("button1", expect={("test-out", "children"): "1 - None", ("test-out2", "children"): None},
              calls={"insert_button": 1, "display": 1}, errors=0),
        click("button2", expect={("test-out2", "children"): 1, ("test-out", "children"): "1 - None"},
              calls={"echo_button2": 1, "display": 0}),
        click("button1", expect={("test-out", "children"): "2 - 1", ("test-out2", "children"): 1},
              calls={"insert_button": 1, "display": 1, "echo_button2": 0}),
    ],
))


def build_running_with_a_component(lib, *, target: str = "running", suppress: bool = False):
    """The cbsc019-021 app: running= writes a component while the request is in flight."""
    app = lib.Dash(__name__, suppress_callback_exceptions=suppress)
    html = lib.html
    app.layout = html.Div([*([html.Div("off", id="running")] if target == "running" else []),
                           html.Button("start", id="start"), html.Div(id="output")])

    @app.callback(lib.Output("output", "children"), lib.Input("start", "n_clicks"),
                  running=[[lib.Output(target, "children"), html.B("on", id="content"), "off"]],
                  prevent_initial_call=True)
    def on_click(_):
        return "done"

    return app


def build_running_on_and_off(lib):
    """C-2 item 3 (cbsc019): running= may write a component ("on" in a B) while the request is
    in flight, and writes "off" when the answer arrives; the B is gone again. (Dash's test holds
    the response with a lock to see "on"; the vocabulary only sees the settled page.)"""
    return build_running_with_a_component(lib)


def build_running_missing_target_suppressed(lib):
    """C-2 item 3, V-6 (cbsc020): a running= target that is not on the page is no error when
    suppress_callback_exceptions is set; the callback's own Output is written."""
    return build_running_with_a_component(lib, target="non_existent_component", suppress=True)


def build_running_missing_target(lib):
    """C-2 item 3, V-6 (cbsc021): without suppression, a running= target that is not on the page
    is reported twice, "ID running component not found in layout", once for the "on" write and
    once for the "off" write; the callback's own Output is still written."""
    return build_running_with_a_component(lib, target="non_existent_component")


SCENARIOS.append(Scenario(
    name="C-2-cbsc019-running-writes-a-component-then-off",
    rule_ids=("C-2",),
    build=build_running_on_and_off,
    steps=[
        load(expect={("running", "children"): "off", ("output", "children"): None}, calls={"on_click": 0}),
        click("start", expect={("output", "children"): "done", ("running", "children"): "off"},
              calls={"on_click": 1}, absent=("content",), errors=0),
    ],
))

SCENARIOS.append(Scenario(
    name="C-2-cbsc020-running-missing-target-suppressed",
    rule_ids=("C-2", "V-6"),
    build=build_running_missing_target_suppressed,
    steps=[
        load(errors=0),
        click("start", expect={("output", "children"): "done"}, calls={"on_click": 1}, errors=0),
    ],
))

_RUNNING_NOT_FOUND = PageErrorSpec("ID running component not found in layout")

SCENARIOS.append(Scenario(
    name="C-2-cbsc021-running-missing-target-is-reported-twice",
    rule_ids=("C-2", "V-6"),
    build=build_running_missing_target,
    harness_options={"raise_on_error": False},
    steps=[
        load(errors=0),
        click("start", expect={("output", "children"): "done"}, calls={"on_click": 1},
              errors=(_RUNNING_NOT_FOUND, _RUNNING_NOT_FOUND)),
    ],
))


def build_extra_components_written_by_callbacks(lib):
    """I-1, W-2 (cbsc016, a variant): a callback can write to extra components as well as read
    them. (Not with a list layout: Dash nests the list inside its wrapping Div's children, and
    its renderer fails on components in a nested list, React error #31.)"""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app._extra_components.append(dcc.Store(id="extra-store", data=[]))
    app._extra_components.append(html.Div(id="extra-div"))
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="count")])

    @app.callback(lib.Output("extra-store", "data"), lib.Input("add", "n_clicks"), lib.State("extra-store", "data"),
                  prevent_initial_call=True)
    def remember(n_clicks, data):
        return [*data, n_clicks]

    @app.callback(lib.Output("count", "children"), lib.Output("extra-div", "children"), lib.Input("extra-store", "data"))
    def count(data):
        return len(data), f"clicks {data}"

    return app


SCENARIOS.append(Scenario(
    name="I-1-cbsc016-extra-components-written-by-callbacks",
    rule_ids=("I-1", "W-2"),
    build=build_extra_components_written_by_callbacks,
    steps=[
        load(expect={("count", "children"): 0, ("extra-div", "children"): "clicks []"}, calls={"count": 1}, errors=0),
        click("add", expect={("count", "children"): 1, ("extra-div", "children"): "clicks [1]"},
              calls={"remember": 1, "count": 1}),
        click("add", expect={("count", "children"): 2, ("extra-store", "data"): [1, 2]}, calls={"remember": 1, "count": 1}),
    ],
))


def build_all_output_not_triggered_by_emptying(lib):
    """P-7, C-8 a (cbmo001's TODO): an ALL Output beside a plain Output, with no ALL Input. New
    cells are initial calls of the callback (C-8 a), so growing the group runs it; shrinking the
    group to nothing runs nothing, so the total keeps its stale value until the next click on
    values, which calls it with [] for the empty group."""
    app = lib.Dash(__name__)
    html, ALL = lib.html, lib.ALL
    app.layout = html.Div([html.Button("items", id="items"), html.Button("values", id="values"),
                           html.Div(id="content"), html.Div("Output init", id="output")])

    @app.callback(lib.Output("content", "children"), lib.Input("items", "n_clicks"))
    def set_content(n_items):
        return [html.Div(id={"i": i}) for i in range((n_items or 0) % 3)]

    @app.callback(lib.Output({"i": ALL}, "children"), lib.Output("output", "children"), lib.Input("values", "n_clicks"))
    def content_and_output(n_values):
        cells = [n_values or 0] * len(lib.ctx.outputs_list[0])
        return cells, f"{len(cells)} cells, total {sum(cells)}"

    return app


SCENARIOS.append(Scenario(
    name="P-7-cbmo001-all-output-not-triggered-by-emptying",
    rule_ids=("P-7", "C-8"),
    build=build_all_output_not_triggered_by_emptying,
    steps=[
        load(expect={("output", "children"): "0 cells, total 0"}, calls={"content_and_output": 1}),
        click("values", expect={("output", "children"): "0 cells, total 0"}, calls={"content_and_output": 1}),
        click("items", expect={("content", "children"): Texts(["1"]), ("output", "children"): "1 cells, total 1"},
              calls={"content_and_output": 1}),
        click("items", expect={("content", "children"): Texts(["1", "1"]), ("output", "children"): "2 cells, total 2"},
              calls={"content_and_output": 1}),
        click("items", expect={("content", "children"): Texts([]), ("output", "children"): "2 cells, total 2"},
              calls={"content_and_output": 0}),
        click("values", expect={("output", "children"): "0 cells, total 0"}, calls={"content_and_output": 1}),
    ],
))


def build_error_handler_edges(lib):
    """W-9 step 5, O-2, O-3 (cber001, edges): a handler's return value stands for the callback's,
    with the same shape (a list for two Outputs, a dict for a dict grouping); a handler that
    returns no_update or raises PreventUpdate leaves the Outputs; PreventUpdate raised by the
    callback itself is no error, so no handler runs."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        *[html.Button(name, id=name) for name in ("multi", "grouped", "noupdate", "prevent", "own-prevent")],
        *[html.Div("init", id=name) for name in ("m1", "m2", "g1", "nu", "pv", "op", "log")],
    ])

    def log(text):
        lib.set_props("log", {"children": text})

    @app.callback(lib.Output("m1", "children"), lib.Output("m2", "children"), lib.Input("multi", "n_clicks"),
                  prevent_initial_call=True, on_error=lambda err: ["h1", f"h2 {err}"])
    def multi(_):
        raise ValueError("m")

    @app.callback(output={"x": lib.Output("g1", "children")}, inputs={"n": lib.Input("grouped", "n_clicks")},
                  prevent_initial_call=True, on_error=lambda err: {"x": f"grouped handled {err}"})
    def grouped(n):
        raise ValueError("g")

    def no_update_handler(err):
        log(f"nu saw {err}")
        return lib.no_update

    @app.callback(lib.Output("nu", "children"), lib.Input("noupdate", "n_clicks"), prevent_initial_call=True,
                  on_error=no_update_handler)
    def noupdate(_):
        raise ValueError("nu")

    def prevent_handler(err):
        raise lib.PreventUpdate

    @app.callback(lib.Output("pv", "children"), lib.Input("prevent", "n_clicks"), prevent_initial_call=True,
                  on_error=prevent_handler)
    def prevent(_):
        raise ValueError("pv")

    @app.callback(lib.Output("op", "children"), lib.Input("own-prevent", "n_clicks"), prevent_initial_call=True,
                  on_error=lambda err: log(f"op handler ran for {err!r}") or "handled")
    def own_prevent(_):
        raise lib.PreventUpdate

    return app


SCENARIOS.append(Scenario(
    name="W-9-cber001-error-handler-return-shapes",
    rule_ids=("W-9", "O-2", "O-3"),
    build=build_error_handler_edges,
    steps=[
        load(),
        click("multi", expect={("m1", "children"): "h1", ("m2", "children"): "h2 m"}, calls={"multi": ["ok"]}, errors=0),
        click("grouped", expect={("g1", "children"): "grouped handled g"}, calls={"grouped": ["ok"]}, errors=0),
        click("noupdate", expect={("nu", "children"): "init", ("log", "children"): "nu saw nu"}, errors=0),
        click("prevent", expect={("pv", "children"): "init"}, calls={"prevent": ["prevented"]}, errors=0),
        click("own-prevent", expect={("op", "children"): "init", ("log", "children"): "nu saw nu"},
              calls={"own_prevent": ["prevented"]}, errors=0),
    ],
))


def build_one_output_missing(lib):
    """C-6, V-6, C-8 a (cbmi004, a variant): a multi-output callback whose Input is present but one
    of whose Outputs is missing does not run; even with suppress_callback_exceptions the page
    reports "A nonexistent object was used in an `Output`" each time it would fire. Once a click
    inserts the missing Output, its insertion runs the callback (C-8 a) and both are written."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="inp", value="v0"), html.Button("show", id="show"),
                           html.Div(id="holder"), html.Div(id="out1")])

    @app.callback(lib.Output("holder", "children"), lib.Input("show", "n_clicks"), prevent_initial_call=True)
    def show(_):
        return html.Div("B", id="b")

    @app.callback(lib.Output("out1", "children"), lib.Output("b", "children"), lib.Input("inp", "value"))
    def both(value):
        return f"out1 {value}", f"b {value}"

    return app


_OUTPUT_MISSING = PageErrorSpec("A nonexistent object was used in an `Output` of a Dash callback")

SCENARIOS.append(Scenario(
    name="C-6-cbmi004-one-output-missing-input-present",
    rule_ids=("C-6", "V-6", "C-8"),
    build=build_one_output_missing,
    harness_options={"raise_on_error": False},
    steps=[
        load(expect={("out1", "children"): None}, calls={"both": 0}, errors=(_OUTPUT_MISSING,)),
        set_props("inp", {"value": "v1"}, expect={("out1", "children"): None}, calls={"both": 0},
                  errors=(_OUTPUT_MISSING,)),
        click("show", expect={("b", "children"): "b v1", ("out1", "children"): "out1 v1"}, calls={"show": 1, "both": 1},
              errors=0),
        set_props("inp", {"value": "v2"}, expect={("out1", "children"): "out1 v2", ("b", "children"): "b v2"},
                  calls={"both": 1}, errors=0),
    ],
))


def build_prevent_initial_multi_outputs(flavor: dict[str, bool]):
    """The cbpi003 app, in one flavor."""

    def build(lib):
        made = FlavoredApp(lib, flavor)
        html, Input, Output = lib.html, lib.Input, lib.Output
        made.set_layout(html.Div([html.Button("click", id="btn"),
                                  *[html.Div(letter, id=letter.lower()) for letter in "ABCDEFG"]]))
        made.const("set_ab", ["Blue", "Cheese"], [Output("a", "children"), Output("b", "children")],
                   [Input("btn", "n_clicks")], prevent_initial_call=True)
        made.concat("set_cd", [Output("c", "children"), Output("d", "children")],
                    [Input("a", "children"), Input("b", "children")], prevent_initial_call=True)
        made.concat("set_ef", [Output("e", "children"), Output("f", "children")], [Input("a", "children")],
                    prevent_initial_call=True)
        made.concat("set_g", Output("g", "children"), [Input("f", "children")])
        return made.app

    build.__doc__ = (
        f"I-7 (cbpi003, flavor {flavor}): multi-output callbacks with prevent_initial_call in a "
        "chain; only G, the one without it, runs at load (copying F's layout value). A click runs the "
        "whole chain: A,B = Blue,Cheese; C,D = BlueCheese; E,F = Blue; G = Blue."
    )
    return build


for _flavor in CBPI_FLAVORS:
    SCENARIOS.append(Scenario(
        name=f"I-7-cbpi003-prevent-initial-call-multi-outputs-{_flavor_name(_flavor)}",
        rule_ids=("I-7",),
        build=build_prevent_initial_multi_outputs(_flavor),
        steps=[
            load(expect={**{(letter.lower(), "children"): letter for letter in "ABCDEF"}, ("g", "children"): "F"},
                 calls={} if _flavor["clientside"] else {"set_ab": 0, "set_cd": 0, "set_ef": 0, "set_g": 1}, errors=0),
            click("btn", expect={("a", "children"): "Blue", ("b", "children"): "Cheese", ("c", "children"): "BlueCheese",
                                 ("d", "children"): "BlueCheese", ("e", "children"): "Blue", ("f", "children"): "Blue",
                                 ("g", "children"): "Blue"},
                  calls={} if _flavor["clientside"] else {"set_ab": 1, "set_cd": 1, "set_ef": 1, "set_g": 1}),
        ],
    ))


def build_misspelt_keyword_is_ignored(lib):
    """A, C-6, X-4 (cbop001 as Dash writes it): callback() ignores a keyword it does not know, so
    `prevent_inital_call=True` (misspelt in Dash's own test) leaves the initial call in place;
    an optional Input reads None until its button is inserted, then counts its clicks.
    (learndash also warns about the keyword when the app is built.)"""
    import warnings

    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html = lib.html
    app.layout = html.Div([html.Button(id="button1", children="Button 1"), html.Div(id="button-container"),
                           html.Div(id="test-out")])

    @app.callback(lib.Output("button-container", "children"), lib.Input("button1", "n_clicks"),
                  lib.State("button-container", "children"), prevent_initial_call=True)
    def insert_button(_, children):
        return html.Button(id="button2", children="Button 2") if not children else lib.no_update

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)

        @app.callback(lib.Output("test-out", "children"), lib.Input("button1", "n_clicks"),
                      lib.Input("button2", "n_clicks", allow_optional=True), prevent_inital_call=True)
        def display(n, n2):
            return f"{n} - {n2}"

    return app


SCENARIOS.append(Scenario(
    name="A-cbop001-misspelt-keyword-is-ignored",
    rule_ids=("A", "C-6", "X-4"),
    build=build_misspelt_keyword_is_ignored,
    steps=[
        load(expect={("test-out", "children"): "None - None"}, calls={"display": 1}, errors=0),
        click("button1", expect={("test-out", "children"): "1 - None"}, calls={"insert_button": 1}),
        click("button2", expect={("test-out", "children"): "1 - 1"}, calls={"display": 1}),
    ],
))


def build_validation_layout(lib):
    """V-4 (dvcv015): a multi-page app that does not suppress callback exceptions but gives
    `app.validation_layout`, a superset of every page: the callbacks are checked against it, so the
    page loads without "ID not found in layout" for the components a page adds later."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button("open", id="open"), html.Div(id="page")])
    converter = html.Div([dcc.Input(id="miles", type="number", value=1), html.Div(id="km")])
    app.validation_layout = html.Div([app.layout, converter])

    @app.callback(lib.Output("page", "children"), lib.Input("open", "n_clicks"), prevent_initial_call=True)
    def open_page(n_clicks):
        return converter

    @app.callback(lib.Output("km", "children"), lib.Input("miles", "value"))
    def convert(miles):
        return f"{miles * 1.609344:.2f} km"

    return app


SCENARIOS.append(Scenario(
    name="V-4-dvcv015-validation-layout-covers-later-pages",
    rule_ids=("V-4",),
    build=build_validation_layout,
    steps=[
        load(calls={"open_page": 0, "convert": 0}, absent=("miles", "km"), errors=0),
        click("open", expect={("km", "children"): "1.61 km"}, calls={"open_page": 1, "convert": 1}, errors=0),
    ],
))
