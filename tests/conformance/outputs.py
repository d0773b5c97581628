"""Output scenarios (rules O-1 to O-8, W-2 numbers, W-7/W-8, V-5, W-9): what a callback may return, and what
the page does with it."""
from __future__ import annotations

import copy

from .vocabulary import ID, PageErrorSpec, Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_output_shapes(lib):
    """O-1, O-6 (cbva003, rdmo002/003): `[Output]` (a one-element list) takes a one-element list
    back; several props of one component can be Outputs of one callback."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="a"),
        lib.html.Div(id="wrapped"),
        lib.html.Div(id="box"),
    ])

    @app.callback([lib.Output("wrapped", "children")], lib.Input("inp", "value"))
    def wrap_in_list(value):
        return [value + "!"]

    @app.callback(lib.Output("box", "children"), lib.Output("box", "title"), lib.Output("box", "className"),
                  lib.Input("inp", "value"))
    def style_box(value):
        return f"text {value}", f"title {value}", f"class-{value}"

    return app


SCENARIOS.append(Scenario(
    name="O-1-list-output-and-several-props-of-one-component",
    rule_ids=("O-1", "O-6"),
    build=build_output_shapes,
    steps=[
        load(expect={("wrapped", "children"): "a!", ("box", "children"): "text a", ("box", "title"): "title a",
                     ("box", "className"): "class-a"},
             calls={"wrap_in_list": 1, "style_box": 1}),
        set_props("inp", {"value": "b"},
                  expect={("wrapped", "children"): "b!", ("box", "children"): "text b", ("box", "title"): "title b",
                          ("box", "className"): "class-b"},
                  calls={"wrap_in_list": 1, "style_box": 1}),
    ],
))


def build_no_update(lib):
    """O-2 (cbpu001, cbpu002, cbmo005): `no_update` skips one output of a multi-output callback
    (a copy of it too), and a bare `no_update` skips all of them; skipped outputs do not
    trigger their listeners."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="a"),
        lib.html.Div(id="o1"), lib.html.Div(id="o2"),
        lib.html.Div(id="d1"), lib.html.Div(id="d2"),
    ])

    @app.callback(lib.Output("o1", "children"), lib.Output("o2", "children"), lib.Input("inp", "value"))
    def split(value):
        if value.startswith("keep"):
            return value, lib.no_update
        if value.startswith("copy"):
            return copy.copy(lib.no_update), value
        if value.startswith("skip"):
            return lib.no_update
        return value, value

    @app.callback(lib.Output("d1", "children"), lib.Input("o1", "children"))
    def follow_o1(o1):
        return f"d1:{o1}"

    @app.callback(lib.Output("d2", "children"), lib.Input("o2", "children"))
    def follow_o2(o2):
        return f"d2:{o2}"

    return app


SCENARIOS.append(Scenario(
    name="O-2-no-update-skips-outputs-and-their-listeners",
    rule_ids=("O-2",),
    build=build_no_update,
    steps=[
        load(expect={("d1", "children"): "d1:a", ("d2", "children"): "d2:a"},
             calls={"split": 1, "follow_o1": 1, "follow_o2": 1}),
        set_props("inp", {"value": "keep"},
                  expect={("o1", "children"): "keep", ("o2", "children"): "a", ("d1", "children"): "d1:keep",
                          ("d2", "children"): "d2:a"},
                  calls={"split": 1, "follow_o1": 1, "follow_o2": 0}),
        set_props("inp", {"value": "copy"},
                  expect={("o1", "children"): "keep", ("o2", "children"): "copy", ("d1", "children"): "d1:keep",
                          ("d2", "children"): "d2:copy"},
                  calls={"split": 1, "follow_o1": 0, "follow_o2": 1}),
        set_props("inp", {"value": "skip"},
                  expect={("o1", "children"): "keep", ("o2", "children"): "copy"},
                  calls={"split": ["ok"], "follow_o1": 0, "follow_o2": 0}),
    ],
))


def build_no_update_for_all_outputs(lib):
    """O-2, O-4 (observed on Dash 4.4.1): an Output with ALL takes a list; no_update goes inside it,
    item by item, and then only the written components' listeners run. A lone no_update in the
    list's place is a wrong shape, an error, also beside another Output; only a bare no_update
    for the whole of a multi-output callback leaves everything as it is."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        html.Button(id="some"), html.Button(id="none"), html.Button(id="beside"), html.Button(id="bare"),
        *[html.Div(f"c{i}", id={"t": "cell", "i": i}) for i in range(3)],
        *[html.Div(id={"t": "echo", "i": i}) for i in range(3)], html.Div("x0", id="x"),
    ])

    @app.callback(lib.Output({"t": "cell", "i": lib.ALL}, "children"), lib.Input("some", "n_clicks"),
                  prevent_initial_call=True)
    def fill_some(n_clicks):
        return ["x1", lib.no_update, "z1"]

    @app.callback(lib.Output({"t": "cell", "i": lib.ALL}, "children", allow_duplicate=True),
                  lib.Input("none", "n_clicks"), prevent_initial_call=True)
    def fill_none(n_clicks):
        return lib.no_update

    @app.callback(lib.Output({"t": "cell", "i": lib.ALL}, "children", allow_duplicate=True),
                  lib.Output("x", "children", allow_duplicate=True), lib.Input("beside", "n_clicks"),
                  prevent_initial_call=True)
    def fill_beside(n_clicks):
        return lib.no_update, "x set"

    @app.callback(lib.Output({"t": "cell", "i": lib.ALL}, "children", allow_duplicate=True),
                  lib.Output("x", "children", allow_duplicate=True), lib.Input("bare", "n_clicks"),
                  prevent_initial_call=True)
    def fill_bare(n_clicks):
        return lib.no_update

    @app.callback(lib.Output({"t": "echo", "i": lib.MATCH}, "children"),
                  lib.Input({"t": "cell", "i": lib.MATCH}, "children"), prevent_initial_call=True)
    def echo(cell):
        return f"echo {cell}"

    return app


_CELLS = (ID(t="cell", i=0), ID(t="cell", i=1), ID(t="cell", i=2))
_ECHOES = (ID(t="echo", i=0), ID(t="echo", i=1), ID(t="echo", i=2))
_UNCHANGED = {(ID(t="cell", i=1), "children"): "c1", (ID(t="echo", i=1), "children"): None, ("x", "children"): "x0"}

SCENARIOS.append(Scenario(
    name="O-2-all-output-takes-no-update-inside-its-list",
    rule_ids=("O-2", "O-4", "P-6"),
    build=build_no_update_for_all_outputs,
    harness_options={"raise_on_error": False},
    steps=[
        load(),
        click("some", expect={**_UNCHANGED, (_CELLS[0], "children"): "x1", (_CELLS[2], "children"): "z1",
                              (_ECHOES[0], "children"): "echo x1", (_ECHOES[2], "children"): "echo z1"},
              calls={"fill_some": ["ok"], "echo": 2}),
        click("none", expect=_UNCHANGED, calls={"fill_none": ["error"], "echo": 0},
              errors=(PageErrorSpec('Callback error updating {"i":["ALL"],"t":"cell"}.children',
                                    "InvalidCallbackReturnValue: fill_none() must return a list of 3 values"),)),
        click("beside", expect=_UNCHANGED, calls={"fill_beside": ["error"]},
              errors=(PageErrorSpec("Callback error updating ..", "InvalidCallbackReturnValue: fill_beside() must return a list of 3 values"),)),
        click("bare", expect=_UNCHANGED, calls={"fill_bare": ["ok"], "echo": 0}),
    ],
))


def build_prevent_vs_no_update(lib):
    """W-7, W-8, O-2, O-3: a callback answering only `no_update` gets a 200 with an empty response
    in current Dash (204 in Dash <= 3.0), while PreventUpdate gets a 204; neither changes the
    output or triggers downstream."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="go"),
        lib.html.Div(id="out"),
        lib.html.Div(id="down"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("inp", "value"))
    def maybe_update(value):
        if value == "prevent":
            raise lib.PreventUpdate
        if value == "nothing":
            return lib.no_update
        return value

    @app.callback(lib.Output("down", "children"), lib.Input("out", "children"))
    def downstream(out):
        return f"down {out}"

    return app


SCENARIOS.append(Scenario(
    name="W-8-prevent-update-is-204-no-update-is-200",
    rule_ids=("W-8", "W-7", "O-2", "O-3"),
    build=build_prevent_vs_no_update,
    steps=[
        load(expect={("out", "children"): "go", ("down", "children"): "down go"},
             calls={"maybe_update": ["ok"], "downstream": 1}),
        set_props("inp", {"value": "prevent"}, expect={("out", "children"): "go", ("down", "children"): "down go"},
                  calls={"maybe_update": ["prevented"], "downstream": 0}),
        set_props("inp", {"value": "nothing"}, expect={("out", "children"): "go", ("down", "children"): "down go"},
                  calls={"maybe_update": ["ok"], "downstream": 0}),
        set_props("inp", {"value": "again"}, expect={("out", "children"): "again", ("down", "children"): "down again"},
                  calls={"maybe_update": ["ok"], "downstream": 1}),
    ],
))


def build_prevent_at_load(lib):
    """O-3, K-1, I-6 (cbsc010): `n_clicks` is None at load, so the callback raises PreventUpdate:
    the output keeps its layout value and its follower does not run; the first click gives 1."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("Click", id="btn"),
        lib.html.Div(id="out", children="initial"),
        lib.html.Div(id="follow"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("btn", "n_clicks"))
    def on_click(n_clicks):
        if n_clicks is None:
            raise lib.PreventUpdate
        return f"clicked {n_clicks}"

    @app.callback(lib.Output("follow", "children"), lib.Input("out", "children"))
    def follow(out):
        return f"follows {out}"

    return app


SCENARIOS.append(Scenario(
    name="O-3-prevent-update-at-load-keeps-layout-value",
    rule_ids=("O-3", "K-1", "I-6"),
    build=build_prevent_at_load,
    steps=[
        load(expect={("btn", "n_clicks"): None, ("out", "children"): "initial", ("follow", "children"): None},
             calls={"on_click": ["prevented"], "follow": 0}),
        click("btn", expect={("out", "children"): "clicked 1", ("follow", "children"): "follows clicked 1"},
              calls={"on_click": ["ok"], "follow": 1}),
    ],
))


def build_none_is_an_update(lib):
    """O-4: returning None is a real update; it sets the prop to null and triggers listeners."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="x"),
        lib.html.Div(id="out", children="placeholder"),
        lib.html.Div(id="down"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("inp", "value"))
    def maybe_none(value):
        return None if value == "" else value

    @app.callback(lib.Output("down", "children"), lib.Input("out", "children"))
    def describe(out):
        return f"down {out!r}"

    return app


SCENARIOS.append(Scenario(
    name="O-4-returning-none-clears-the-prop",
    rule_ids=("O-4",),
    build=build_none_is_an_update,
    steps=[
        load(expect={("out", "children"): "x", ("down", "children"): "down 'x'"}),
        set_props("inp", {"value": ""}, expect={("out", "children"): None, ("down", "children"): "down None"},
                  calls={"maybe_none": 1, "describe": 1}),
    ],
))


def build_callback_error(lib):
    """O-8, W-8: a callback that raises leaves its output unchanged, shows one error, triggers
    nothing downstream, and the app keeps working on the next change."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="inp", value="ok"),
        lib.html.Div(id="out"),
        lib.html.Div(id="down"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("inp", "value"))
    def fragile(value):
        if value == "boom":
            raise ValueError("boom is not allowed")
        return value

    @app.callback(lib.Output("down", "children"), lib.Input("out", "children"))
    def after_fragile(out):
        return f"down {out}"

    return app


SCENARIOS.append(Scenario(
    name="O-8-callback-error-keeps-output-and-app-alive",
    rule_ids=("O-8", "W-8"),
    build=build_callback_error,
    harness_options={"raise_on_error": False},
    steps=[
        load(expect={("out", "children"): "ok", ("down", "children"): "down ok"}),
        set_props("inp", {"value": "boom"}, expect={("out", "children"): "ok", ("down", "children"): "down ok"},
                  calls={"fragile": ["error"], "after_fragile": 0},
                  errors=(PageErrorSpec("Callback error updating out.children",
                                        "CallbackError: Callback error in fragile() updating out.children: "
                                        "ValueError: boom is not allowed"),)),
        set_props("inp", {"value": "fine"}, expect={("out", "children"): "fine", ("down", "children"): "down fine"},
                  calls={"fragile": ["ok"], "after_fragile": 1}),
    ],
))


def build_allow_duplicate(lib):
    """V-5, O-6: two callbacks may write the same output when the later ones use
    `allow_duplicate=True` (with prevent_initial_call); the last writer wins."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("A", id="btn-a"),
        lib.html.Button("B", id="btn-b"),
        lib.html.Div(id="out", children="none"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("btn-a", "n_clicks"), prevent_initial_call=True)
    def from_a(n_clicks):
        return f"A{n_clicks}"

    @app.callback(lib.Output("out", "children", allow_duplicate=True), lib.Input("btn-b", "n_clicks"),
                  prevent_initial_call=True)
    def from_b(n_clicks):
        return f"B{n_clicks}"

    return app


SCENARIOS.append(Scenario(
    name="V-5-allow-duplicate-outputs",
    rule_ids=("V-5", "O-6"),
    build=build_allow_duplicate,
    steps=[
        load(expect={("out", "children"): "none"}, calls={"from_a": 0, "from_b": 0}),
        click("btn-a", expect={("out", "children"): "A1"}, calls={"from_a": 1, "from_b": 0}),
        click("btn-b", expect={("out", "children"): "B1"}, calls={"from_a": 0, "from_b": 1}),
        click("btn-a", expect={("out", "children"): "A2"}, calls={"from_a": 1, "from_b": 0}),
    ],
))


def build_interleaved_arguments(lib):
    """W-9 step 3: Inputs and States may be interleaved in the decorator; the function receives
    them in declaration order; State changes alone trigger nothing (C-2)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="x", value="x0"),
        lib.dcc.Input(id="y", value="y0"),
        lib.dcc.Input(id="n", value="n0"),
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("x", "value"), lib.State("y", "value"),
                  lib.Input("n", "value"))
    def ordered(x, y, n):
        return f"x={x} y={y} n={n}"

    return app


SCENARIOS.append(Scenario(
    name="W-9-interleaved-inputs-and-states-keep-declared-order",
    rule_ids=("W-9", "C-2"),
    build=build_interleaved_arguments,
    steps=[
        load(expect={("out", "children"): "x=x0 y=y0 n=n0"}, calls={"ordered": 1}),
        set_props("y", {"value": "y1"}, expect={("out", "children"): "x=x0 y=y0 n=n0"}, calls={"ordered": 0}),
        set_props("n", {"value": "n1"}, expect={("out", "children"): "x=x0 y=y1 n=n1"}, calls={"ordered": 1}),
    ],
))


def build_dict_grouping(lib):
    """O-1, W-9 step 3, X-3 (cbwc006): `output=dict(...)` takes a dict back, and
    `inputs=dict(...)` / `state=dict(...)` arrive as keyword arguments."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="first", value="Ada"),
        lib.dcc.Input(id="last", value="Lovelace"),
        lib.html.Div(id="full"), lib.html.Div(id="initials"),
    ])

    @app.callback(
        output=dict(full=lib.Output("full", "children"), initials=lib.Output("initials", "children")),
        inputs=dict(first=lib.Input("first", "value")),
        state=dict(last=lib.State("last", "value")),
    )
    def names(first, last):
        return {"full": f"{first} {last}", "initials": first[0] + last[0]}

    return app


SCENARIOS.append(Scenario(
    name="O-1-dict-grouped-outputs-and-inputs",
    rule_ids=("O-1", "W-9", "X-3"),
    build=build_dict_grouping,
    steps=[
        load(expect={("full", "children"): "Ada Lovelace", ("initials", "children"): "AL"}, calls={"names": 1}),
        set_props("last", {"value": "Byron"}, calls={"names": 0}),
        set_props("first", {"value": "Grace"}, expect={("full", "children"): "Grace Byron", ("initials", "children"): "GB"},
                  calls={"names": 1}),
    ],
))


def build_initial_duplicate(lib):
    """V-5, I-7: `prevent_initial_call="initial_duplicate"` allows a duplicate output and still fires
    at load (so both writers run; their order is not promised, so only the calls are checked)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value="x"), lib.html.Div(id="out"), lib.html.Div(id="other")])

    @app.callback(lib.Output("other", "children"), lib.Input("inp", "value"))
    def first_writer(value):
        return f"first {value}"

    @app.callback(lib.Output("out", "children", allow_duplicate=True), lib.Input("inp", "value"),
                  prevent_initial_call="initial_duplicate")
    def duplicate_writer(value):
        return f"dup {value}"

    return app


SCENARIOS.append(Scenario(
    name="V-5-initial-duplicate-fires-at-load",
    rule_ids=("V-5", "I-7"),
    build=build_initial_duplicate,
    steps=[
        load(expect={("out", "children"): "dup x", ("other", "children"): "first x"},
             calls={"first_writer": 1, "duplicate_writer": 1}),
        set_props("inp", {"value": "y"}, expect={("out", "children"): "dup y"}, calls={"duplicate_writer": 1}),
    ],
))


def build_failing_pattern_and_multi_outputs(lib):
    """W-8, O-8 (observed on Dash 4.4.1): once a request fails, the renderer titles the error with
    the callback's own output string, not the components it was updating: the MATCH pattern for
    a row's delete button, the `..a.children...b.children..` form for several Outputs, and the
    ALL pattern inside it. The outputs keep their values."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        html.Div([html.Button("Delete", id={"type": "delete", "index": 2}), html.Div("row 2", id={"type": "row", "index": 2})]),
        html.Button("Refresh", id="refresh"), html.Div("a0", id="a"), html.Div("b0", id="b"),
        html.Button("Fill", id="fill"), html.Div("cell", id={"type": "cell", "index": 1}),
    ])

    @app.callback(lib.Output({"type": "row", "index": lib.MATCH}, "children"),
                  lib.Input({"type": "delete", "index": lib.MATCH}, "n_clicks"), prevent_initial_call=True)
    def delete_row(n_clicks):
        raise ValueError("the row is locked")

    @app.callback(lib.Output("a", "children"), lib.Output("b", "children"), lib.Input("refresh", "n_clicks"),
                  prevent_initial_call=True)
    def refresh_both(n_clicks):
        raise ValueError("the source is down")

    @app.callback(lib.Output({"type": "cell", "index": lib.ALL}, "children"), lib.Output("a", "title"),
                  lib.Input("fill", "n_clicks"), prevent_initial_call=True)
    def fill_cells(n_clicks):
        raise ValueError("no data")

    return app


SCENARIOS.append(Scenario(
    name="W-8-error-title-is-the-callbacks-output-string",
    rule_ids=("W-8", "O-8", "P-6"),
    build=build_failing_pattern_and_multi_outputs,
    harness_options={"raise_on_error": False},
    steps=[
        load(),
        click({"type": "delete", "index": 2}, expect={(ID(type="row", index=2), "children"): "row 2"},
              calls={"delete_row": ["error"]},
              errors=(PageErrorSpec('Callback error updating {"index":["MATCH"],"type":"row"}.children'),)),
        click("refresh", expect={("a", "children"): "a0", ("b", "children"): "b0"}, calls={"refresh_both": ["error"]},
              errors=(PageErrorSpec("Callback error updating ..a.children...b.children.."),)),
        click("fill", expect={(ID(type="cell", index=1), "children"): "cell"}, calls={"fill_cells": ["error"]},
              errors=(PageErrorSpec('Callback error updating ..{"index":["ALL"],"type":"cell"}.children...a.title..'),)),
    ],
))


def build_numbers_through_the_page(lib):
    """W-2, K-9: every number a callback gets has been a JavaScript double in the page: a whole
    number is written back in digits up to 1e21 (a float 1e20 arrives as the int
    100000000000000000000, 2.0**60 as 1152921504606847000, its shortest digits then zeros), an
    integer past 2**53 is rounded, and from 1e21 on it stays a float."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Store(id="layout-numbers", data=[2**53 + 1, 1e20, 2.0**60, 1e21, 2.5]),
        dcc.Store(id="returned-numbers"), html.Button("write", id="write"),
        html.Div(id="layout-out"), html.Div(id="returned-out"),
    ])

    @app.callback(lib.Output("layout-out", "children"), lib.Input("layout-numbers", "data"))
    def show_layout_numbers(numbers):
        return repr(numbers)

    @app.callback(lib.Output("returned-numbers", "data"), lib.Input("write", "n_clicks"), prevent_initial_call=True)
    def write_numbers(n_clicks):
        return [3e20, 2**53 + 3, 7.0]

    @app.callback(lib.Output("returned-out", "children"), lib.Input("returned-numbers", "data"), prevent_initial_call=True)
    def show_returned_numbers(numbers):
        return repr(numbers)

    return app


SCENARIOS.append(Scenario(
    name="W-2-numbers-reach-callbacks-as-javascript-wrote-them",
    rule_ids=("W-2", "K-9"),
    build=build_numbers_through_the_page,
    steps=[
        load(expect={("layout-out", "children"):
                     "[9007199254740992, 100000000000000000000, 1152921504606847000, 1e+21, 2.5]"}),
        click("write", expect={("returned-out", "children"): "[300000000000000000000, 9007199254740996, 7]"},
              calls={"write_numbers": 1, "show_returned_numbers": 1}),
        set_props("layout-numbers", {"data": [2**53 + 3]}, expect={("layout-out", "children"): "[9007199254740996]"},
                  calls={"show_layout_numbers": 1}),
    ],
))
