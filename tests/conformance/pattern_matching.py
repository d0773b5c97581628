"""Pattern-matching scenarios (rules P-3 to P-9): ALL, MATCH and ALLSMALLER on dict ids, with
components added and removed by callbacks."""
from __future__ import annotations

from .vocabulary import ID, Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_key_sets(lib):
    """P-3: a pattern matches only ids with exactly its keys, and non-wildcard values must be
    strictly equal (1 is not "1"); edits of non-matching ids trigger nothing."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Input(id={"type": "f", "i": 1}, value="a"),
        dcc.Input(id={"type": "f", "i": 2}, value="b"),
        dcc.Input(id={"type": "f"}, value="no-i"),
        dcc.Input(id={"type": "f", "i": 3, "x": 1}, value="extra-key"),
        dcc.Input(id={"type": "g", "i": 4}, value="other-type"),
        dcc.Input(id={"kind": "h", "n": 1, "grp": 1}, value="number-group"),
        dcc.Input(id={"kind": "h", "n": 2, "grp": "1"}, value="string-group"),
        html.Div(id="out-f"),
        html.Div(id="out-h"),
    ])

    @app.callback(lib.Output("out-f", "children"), lib.Input({"type": "f", "i": lib.ALL}, "value"))
    def all_f(values):
        return ",".join(values)

    @app.callback(lib.Output("out-h", "children"), lib.Input({"kind": "h", "n": lib.ALL, "grp": 1}, "value"))
    def group_one(values):
        return ",".join(values)

    return app


SCENARIOS.append(Scenario(
    name="P-3-patterns-need-identical-keys-and-strict-values",
    rule_ids=("P-3",),
    build=build_key_sets,
    steps=[
        load(expect={("out-f", "children"): "a,b", ("out-h", "children"): "number-group"},
             calls={"all_f": 1, "group_one": 1}),
        set_props({"type": "f", "i": 2}, {"value": "B"}, expect={("out-f", "children"): "a,B"}, calls={"all_f": 1}),
        set_props({"type": "f"}, {"value": "changed"}, expect={("out-f", "children"): "a,B"}, calls={"all_f": 0}),
        set_props({"type": "f", "i": 3, "x": 1}, {"value": "changed"}, calls={"all_f": 0}),
        set_props({"kind": "h", "n": 2, "grp": "1"}, {"value": "changed"},
                  expect={("out-h", "children"): "number-group"}, calls={"group_one": 0}),
    ],
))


def build_match_input_fixed_output(lib):
    """P-4, P-6 (current Dash 4.2+, cbwc009): a MATCH Input with a fixed Output; each firing is
    bound to the clicked component, so the MATCH State resolves to that component's sibling."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    rows = [html.Div([dcc.Input(id={"type": "label", "index": i}, value=f"item{i}"),
                      html.Button(f"Pick {i}", id={"type": "pick", "index": i})]) for i in (1, 2, 3)]
    app.layout = html.Div([*rows, html.Div(id="chosen", children="none")])

    @app.callback(lib.Output("chosen", "children"), lib.Input({"type": "pick", "index": lib.MATCH}, "n_clicks"),
                  lib.State({"type": "label", "index": lib.MATCH}, "value"), prevent_initial_call=True)
    def pick(n_clicks, label):
        return f"{label} x{n_clicks} ({lib.ctx.triggered_id['index']})"

    return app


SCENARIOS.append(Scenario(
    name="P-4-match-input-with-fixed-output",
    rule_ids=("P-4", "P-6", "X-3"),
    build=build_match_input_fixed_output,
    steps=[
        load(expect={("chosen", "children"): "none"}, calls={"pick": 0}),
        click({"type": "pick", "index": 2}, expect={("chosen", "children"): "item2 x1 (2)"}, calls={"pick": 1}),
        set_props({"type": "label", "index": 3}, {"value": "zz"}, expect={("chosen", "children"): "item2 x1 (2)"},
                  calls={"pick": 0}),
        click({"type": "pick", "index": 3}, expect={("chosen", "children"): "zz x1 (3)"}, calls={"pick": 1}),
        click({"type": "pick", "index": 2}, expect={("chosen", "children"): "item2 x2 (2)"}, calls={"pick": 1}),
    ],
))


def build_document_order(lib):
    """P-9, P-7: an ALL Input gives its values in document order (depth first through children),
    not sorted by id value."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id={"k": 3}, value="three"),
        html.Div([html.Div([dcc.Input(id={"k": 1}, value="one")]), dcc.Input(id={"k": 4}, value="four")]),
        dcc.Input(id={"k": 2}, value="two"),
        html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input({"k": lib.ALL}, "value"))
    def in_order(values):
        return ",".join(values)

    return app


SCENARIOS.append(Scenario(
    name="P-9-all-values-come-in-document-order",
    rule_ids=("P-9", "P-7"),
    build=build_document_order,
    steps=[
        load(expect={("out", "children"): "three,one,four,two"}, calls={"in_order": 1}),
        set_props({"k": 4}, {"value": "FOUR"}, expect={("out", "children"): "three,one,FOUR,two"},
                  calls={"in_order": 1}),
    ],
))


def build_allsmaller_numbers(lib):
    """P-5, P-8: ALLSMALLER compares numbers as numbers (9 < 10, not as text) and keeps document
    order; a change to item 2 re-runs only the items with a larger index."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Div([dcc.Input(id={"type": "v", "i": i}, value=f"v{i}"), html.Div(id={"type": "o", "i": i})])
        for i in (2, 10, 9)
    ])

    @app.callback(lib.Output({"type": "o", "i": lib.MATCH}, "children"),
                  lib.Input({"type": "v", "i": lib.ALLSMALLER}, "value"))
    def smaller_ones(values):
        return ",".join(values) or "none"

    return app


SCENARIOS.append(Scenario(
    name="P-5-allsmaller-compares-numbers",
    rule_ids=("P-5", "P-8"),
    build=build_allsmaller_numbers,
    steps=[
        load(expect={(ID(type="o", i=2), "children"): "none", (ID(type="o", i=10), "children"): "v2,v9",
                     (ID(type="o", i=9), "children"): "v2"},
             calls={"smaller_ones": 3}),
        set_props({"type": "v", "i": 2}, {"value": "X"},
                  expect={(ID(type="o", i=2), "children"): "none", (ID(type="o", i=10), "children"): "X,v9",
                          (ID(type="o", i=9), "children"): "X"},
                  calls={"smaller_ones": 2}),
        set_props({"type": "v", "i": 10}, {"value": "ten"}, calls={"smaller_ones": 0}),
    ],
))



def build_match_values_equal_as_numbers(lib):
    """P-5: a MATCH key pairs instances whose values are equal as Dash's renderer compares wildcard
    values, numbers and numeric text as numbers: the box {"row": "1"} feeds the total {"row": 1}
    and {"row": 2} feeds {"row": "2.0"}, at load, on an edit, and when a box is inserted later
    (C-8 b). Constant keys stay strict (P-3). A page that wrote `index=str(i)` in one place and
    `index=i` in another works on Dash, so it must work here."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id={"type": "qty", "row": "1"}, value="a"), html.Div(id={"type": "total", "row": 1}),
        dcc.Input(id={"type": "qty", "row": 2}, value="b"), html.Div(id={"type": "total", "row": "2.0"}),
        dcc.Input(id={"type": "qty", "row": "x"}, value="c"), html.Div(id={"type": "total", "row": "x"}),
        html.Div(id={"type": "total", "row": 3}),
        html.Button("add", id="add"), html.Div(id="slot"),
    ])

    @app.callback(lib.Output({"type": "total", "row": lib.MATCH}, "children"),
                  lib.Input({"type": "qty", "row": lib.MATCH}, "value"))
    def total(qty):
        trigger = lib.ctx.triggered_id
        return f"{qty} from {trigger['row']!r}" if trigger else f"{qty} at load"

    @app.callback(lib.Output("slot", "children"), lib.Input("add", "n_clicks"), prevent_initial_call=True)
    def add_row(_):
        return dcc.Input(id={"type": "qty", "row": "3"}, value="d")

    return app


SCENARIOS.append(Scenario(
    name="P-5-match-pairs-values-equal-as-numbers",
    rule_ids=("P-5", "C-8"),
    build=build_match_values_equal_as_numbers,
    steps=[
        load(expect={(ID(type="total", row=1), "children"): "a at load",
                     (ID(type="total", row="2.0"), "children"): "b at load",
                     (ID(type="total", row="x"), "children"): "c at load",
                     (ID(type="total", row=3), "children"): None},
             calls={"total": 3}),
        set_props({"type": "qty", "row": "1"}, {"value": "A"},
                  expect={(ID(type="total", row=1), "children"): "A from '1'"}, calls={"total": 1}),
        set_props({"type": "qty", "row": 2}, {"value": "B"},
                  expect={(ID(type="total", row="2.0"), "children"): "B from 2",
                          (ID(type="total", row=1), "children"): "A from '1'"}, calls={"total": 1}),
        click("add", expect={(ID(type="total", row=3), "children"): "d from '3'"}, calls={"total": 1}),
    ],
))

def build_match_fan_out(lib):
    """P-6, C-3 (cbwc003, cbmo002): a MATCH callback runs only for the changed instance; a plain
    Input that feeds it fans out to one call per instance on the page."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id="suffix", value="!"),
        *[html.Div([dcc.Input(id={"t": "in", "i": i}, value=f"x{i}"), html.Div(id={"t": "out", "i": i})])
          for i in (1, 2, 3)],
    ])

    @app.callback(lib.Output({"t": "out", "i": lib.MATCH}, "children"), lib.Input({"t": "in", "i": lib.MATCH}, "value"),
                  lib.Input("suffix", "value"))
    def decorate(value, suffix):
        return value + suffix

    return app


SCENARIOS.append(Scenario(
    name="P-6-match-runs-per-instance-and-fans-out",
    rule_ids=("P-6", "C-3", "P-8"),
    build=build_match_fan_out,
    steps=[
        load(expect={(ID(t="out", i=1), "children"): "x1!", (ID(t="out", i=3), "children"): "x3!"},
             calls={"decorate": 3}),
        set_props({"t": "in", "i": 2}, {"value": "y"},
                  expect={(ID(t="out", i=1), "children"): "x1!", (ID(t="out", i=2), "children"): "y!"},
                  calls={"decorate": 1}),
        set_props("suffix", {"value": "?"},
                  expect={(ID(t="out", i=1), "children"): "x1?", (ID(t="out", i=2), "children"): "y?",
                          (ID(t="out", i=3), "children"): "x3?"},
                  calls={"decorate": 3}),
    ],
))


def build_all_and_match_output(lib):
    """P-6, X-3 (cbmo002): an Output `{"i": ALL, "j": MATCH}` gives one call per distinct j, each
    writing the list of its column, in `ctx.outputs_list` order."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        html.Button("Go", id="go"),
        *[html.Div(id={"i": i, "j": j}) for j in (0, 1) for i in (0, 1)],
    ])

    @app.callback(lib.Output({"i": lib.ALL, "j": lib.MATCH}, "children"), lib.Input("go", "n_clicks"))
    def fill_column(n_clicks):
        return [f"{o['id']['i']}{o['id']['j']}:{n_clicks}" for o in lib.ctx.outputs_list]

    return app


SCENARIOS.append(Scenario(
    name="P-6-all-and-match-output-one-call-per-match-value",
    rule_ids=("P-6", "X-3"),
    build=build_all_and_match_output,
    steps=[
        load(expect={(ID(i=0, j=1), "children"): "01:None", (ID(i=1, j=0), "children"): "10:None"},
             calls={"fill_column": 2}),
        click("go", expect={(ID(i=0, j=0), "children"): "00:1", (ID(i=1, j=1), "children"): "11:1"},
              calls={"fill_column": 2}),
    ],
))


def build_empty_all_output(lib):
    """P-7, P-8, C-8 a (cbmo001/003): a callback whose only Output is ALL and matches nothing is
    not called; with another, present Output it is called with [] for the empty group. Cells
    inserted later grow the ALL Output set, which runs the first callback as an initial call."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Input(id="inp", value="v"),
        html.Button("Add cells", id="add"),
        html.Div(id="holder"),
        html.Div(id="note"),
    ])

    @app.callback(lib.Output({"t": "cell", "i": lib.ALL}, "children"), lib.Input("inp", "value"))
    def only_all(value):
        return [f"{value}{o['id']['i']}" for o in lib.ctx.outputs_list]

    @app.callback(lib.Output({"t": "cell2", "i": lib.ALL}, "children"), lib.Output("note", "children"),
                  lib.Input("inp", "value"))
    def with_simple(value):
        return [], f"{len(lib.ctx.outputs_list[0])} cells, {value}"

    @app.callback(lib.Output("holder", "children"), lib.Input("add", "n_clicks"), prevent_initial_call=True)
    def add_cells(n_clicks):
        return [html.Div(id={"t": "cell", "i": i}) for i in (0, 1)]

    return app


SCENARIOS.append(Scenario(
    name="P-7-all-output-with-no-matches",
    rule_ids=("P-7", "P-8", "C-8", "C-4"),
    build=build_empty_all_output,
    steps=[
        load(expect={("note", "children"): "0 cells, v"}, calls={"only_all": 0, "with_simple": 1}),
        set_props("inp", {"value": "w"}, expect={("note", "children"): "0 cells, w"},
                  calls={"only_all": 0, "with_simple": 1}),
        click("add", expect={(ID(t="cell", i=0), "children"): "w0", (ID(t="cell", i=1), "children"): "w1"},
              calls={"add_cells": 1, "only_all": 1, "with_simple": 0}),
        set_props("inp", {"value": "z"}, expect={(ID(t="cell", i=1), "children"): "z1", ("note", "children"): "0 cells, z"},
                  calls={"only_all": 1, "with_simple": 1}),
    ],
))


def build_add_and_remove(lib):
    """P-8, C-8 b/d, X-2 (cbwc001): items added by a callback trigger the ALL total through their
    Inputs (triggered); removing them all triggers one final call with a falsy `triggered`."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Button("Add", id="add"),
        html.Button("Clear", id="clear"),
        html.Div(id="list", children=[]),
        html.Div(id="total"),
    ])

    @app.callback(lib.Output("list", "children"), lib.Input("add", "n_clicks"), lib.Input("clear", "n_clicks"),
                  lib.State("list", "children"), prevent_initial_call=True)
    def edit_list(n_add, n_clear, children):
        if lib.ctx.triggered_id == "clear":
            return []
        return children + [dcc.Input(id={"t": "item", "i": n_add}, value=f"item{n_add}")]

    @app.callback(lib.Output("total", "children"), lib.Input({"t": "item", "i": lib.ALL}, "value"))
    def total(values):
        how = "triggered" if lib.ctx.triggered else "untriggered"
        return f"{len(values)} items [{','.join(values)}] {how}"

    return app


SCENARIOS.append(Scenario(
    name="P-8-adding-and-removing-matched-components",
    rule_ids=("P-8", "C-8", "X-2"),
    build=build_add_and_remove,
    steps=[
        load(expect={("total", "children"): "0 items [] untriggered"}, calls={"total": 1, "edit_list": 0}),
        click("add", expect={("total", "children"): "1 items [item1] triggered"}, calls={"edit_list": 1, "total": 1}),
        click("add", expect={("total", "children"): "2 items [item1,item2] triggered"},
              calls={"edit_list": 1, "total": 1}),
        set_props({"t": "item", "i": 2}, {"value": "two"}, expect={("total", "children"): "2 items [item1,two] triggered"},
                  calls={"total": 1}),
        click("clear", expect={("total", "children"): "0 items [] untriggered"}, calls={"edit_list": 1, "total": 1},
              absent=({"t": "item", "i": 1},)),
    ],
))


def build_final_call_only_for_outputs_left_behind(lib):
    """C-8 d, P-8: when rows are replaced, an ALL/ALLSMALLER listener of the removed rows gets a
    final call only if some of its outputs were outside the removed rows (the total); a MATCH
    label inside a removed row left with it, so its ALLSMALLER callback is not called, and the new
    rows' labels are not filled either (prevent_initial_call). Found by the twin drift probe."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc

    def rows(count):
        return [html.Div([dcc.Input(id={"t": "inp", "i": i}, value=f"v{i}"), html.Div(id={"t": "label", "i": i})])
                for i in range(count)]

    app.layout = html.Div([
        html.Button("One row", id="one"),
        html.Button("Three rows", id="three"),
        html.Div(rows(2), id="rows"),
        html.Div(id="total"),
    ])

    @app.callback(lib.Output("rows", "children"), lib.Input("one", "n_clicks"), lib.Input("three", "n_clicks"),
                  prevent_initial_call=True)
    def replace_rows(one, three):
        return rows(1 if lib.ctx.triggered_id == "one" else 3)

    @app.callback(lib.Output({"t": "label", "i": lib.MATCH}, "children"),
                  lib.Input({"t": "inp", "i": lib.ALLSMALLER}, "value"), prevent_initial_call=True)
    def values_before(values):
        return ",".join(values)

    @app.callback(lib.Output("total", "children"), lib.Input({"t": "inp", "i": lib.ALL}, "value"),
                  prevent_initial_call=True)
    def total(values):
        return f"{len(values)} rows"

    return app


SCENARIOS.append(Scenario(
    name="C-8-final-call-only-for-outputs-outside-the-removed-rows",
    rule_ids=("C-8", "P-8"),
    build=build_final_call_only_for_outputs_left_behind,
    steps=[
        load(calls={"values_before": 0, "total": 0}),
        click("three", expect={("total", "children"): "3 rows", (ID(t="label", i=1), "children"): None},
              calls={"replace_rows": 1, "values_before": 0, "total": 1}),
        set_props(ID(t="inp", i=0), {"value": "x"}, expect={(ID(t="label", i=1), "children"): "x",
                                                            (ID(t="label", i=2), "children"): "x,v1"},
                  calls={"values_before": 2, "total": 1}),
        click("one", expect={("total", "children"): "1 rows", (ID(t="label", i=0), "children"): None},
              calls={"replace_rows": 1, "values_before": 0, "total": 1}),
    ],
))


def build_match_input_fixed_output_at_load(lib):
    """P-4 (current Dash, cbwc009), I-3: a MATCH Input whose Output is a fixed id has no instance
    bound at load, so the initial call counts as 'all inputs missing' and is skipped without an
    error; a click then fires it for the clicked instance only."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("a", id={"type": "btn", "index": 1}),
        lib.html.Button("b", id={"type": "btn", "index": 2}),
        lib.html.Div(id="out", children="start"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input({"type": "btn", "index": lib.MATCH}, "n_clicks"))
    def match_in_fixed_out(n_clicks):
        return f"button {lib.ctx.triggered_id['index']} has {n_clicks}"

    return app


SCENARIOS.append(Scenario(
    name="P-4-match-input-with-fixed-output-is-quiet-at-load",
    rule_ids=("P-4", "I-3", "C-3"),
    build=build_match_input_fixed_output_at_load,
    steps=[
        load(expect={("out", "children"): "start"}, calls={"match_in_fixed_out": 0}),
        click(ID(type="btn", index=2), expect={("out", "children"): "button 2 has 1"}, calls={"match_in_fixed_out": 1}),
    ],
))


def build_expandable_sections(lib):
    """P-9, C-8 (observed on Dash 4.4.1): each section's MATCH callback re-renders its own body
    with one more note. An ALL list over every note keeps a note that stays at its place where it
    was, and appends the new ones: opening section 2, then 1, then 2 again gives
    [n20, n10, n21], not document order and not 'the re-rendered section last'."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        *[html.Div([html.Button(f"More notes {i}", id={"t": "more", "i": i}), html.Div(id={"t": "body", "i": i})])
          for i in (1, 2)],
        html.Div(id="notes"),
    ])

    @app.callback(lib.Output({"t": "body", "i": lib.MATCH}, "children"), lib.Input({"t": "more", "i": lib.MATCH}, "n_clicks"))
    def show_notes(n_clicks):
        section = lib.ctx.outputs_list["id"]["i"]
        return [dcc.Input(id={"t": "note", "i": section, "k": k}, value=f"n{section}{k}") for k in range(n_clicks or 0)]

    @app.callback(lib.Output("notes", "children"), lib.Input({"t": "note", "i": lib.ALL, "k": lib.ALL}, "value"))
    def all_notes(values):
        return ",".join(values)

    return app


SCENARIOS.append(Scenario(
    name="P-9-re-rendered-section-keeps-its-notes-in-place",
    rule_ids=("P-9", "C-8", "P-6"),
    build=build_expandable_sections,
    steps=[
        load(expect={("notes", "children"): ""}, calls={"show_notes": 2, "all_notes": 1}),
        click({"t": "more", "i": 2}, expect={("notes", "children"): "n20"}, calls={"show_notes": 1, "all_notes": 1}),
        click({"t": "more", "i": 1}, expect={("notes", "children"): "n20,n10"}, calls={"show_notes": 1, "all_notes": 1}),
        click({"t": "more", "i": 2}, expect={("notes", "children"): "n20,n10,n21"}, calls={"show_notes": 1, "all_notes": 1}),
        set_props({"t": "note", "i": 2, "k": 1}, {"value": "Z"}, expect={("notes", "children"): "n20,n10,Z"},
                  calls={"all_notes": 1}),
    ],
))


def build_todo_list(lib):
    """P-5, P-6, P-8, C-8, R-1: a to-do list. "Add" appends a row of {"type": ..., "index": n}
    components, a row's "x" deletes it (ALL Input, `ctx.triggered_id` names the row); a MATCH
    callback strikes a done task, an ALL callback counts done tasks, an ALLSMALLER callback counts
    the done tasks above each row. Every edit of the list re-renders all rows, so every row's
    MATCH callbacks run again; deleting the middle row re-counts the rows below it."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="new", value="task"), html.Button("Add", id="add"),
                           html.Div(id="list", children=[]), html.Div(id="summary")])

    def row(n, text):
        return html.Div([
            dcc.Checklist(id={"type": "done", "index": n}, options=["done"], value=[]),
            html.Span(text, id={"type": "text", "index": n}),
            html.Span(id={"type": "above", "index": n}),
            html.Button("x", id={"type": "delete", "index": n}),
        ], id={"type": "row", "index": n})

    @app.callback(lib.Output("list", "children"), lib.Input("add", "n_clicks"),
                  lib.Input({"type": "delete", "index": lib.ALL}, "n_clicks"),
                  lib.State("new", "value"), lib.State("list", "children"), prevent_initial_call=True)
    def edit_list(n_add, n_deletes, text, rows):
        if lib.ctx.triggered_id == "add":
            return rows + [row(n_add, f"{text}{n_add}")]
        deleted = lib.ctx.triggered_id["index"]
        return [r for r in rows if r["props"]["id"]["index"] != deleted]

    @app.callback(lib.Output({"type": "text", "index": lib.MATCH}, "style"),
                  lib.Input({"type": "done", "index": lib.MATCH}, "value"))
    def strike(done):
        return {"textDecoration": "line-through"} if done else {}

    @app.callback(lib.Output("summary", "children"), lib.Input({"type": "done", "index": lib.ALL}, "value"))
    def summary(done_lists):
        return f"{sum(1 for done in done_lists if done)} of {len(done_lists)} done"

    @app.callback(lib.Output({"type": "above", "index": lib.MATCH}, "children"),
                  lib.Input({"type": "done", "index": lib.ALLSMALLER}, "value"))
    def done_above(done_lists):
        return f"{sum(1 for done in done_lists if done)}/{len(done_lists)} above done"

    return app


def _above(index: int) -> ID:
    return ID(type="above", index=index)


SCENARIOS.append(Scenario(
    name="P-8-todo-list-add-delete-middle-re-add",
    rule_ids=("P-8", "P-5", "P-6", "C-8", "R-1"),
    build=build_todo_list,
    steps=[
        load(expect={("summary", "children"): "0 of 0 done"}, calls={"summary": 1, "edit_list": 0}),
        click("add", expect={("summary", "children"): "0 of 1 done", (_above(1), "children"): "0/0 above done"},
              calls={"edit_list": 1, "summary": 1, "strike": 1, "done_above": 1}),
        click("add", calls={"edit_list": 1, "summary": 1, "strike": 2, "done_above": 2}),
        click("add", expect={("summary", "children"): "0 of 3 done", (_above(3), "children"): "0/2 above done"},
              calls={"edit_list": 1, "summary": 1, "strike": 3, "done_above": 3}),
        set_props({"type": "done", "index": 1}, {"value": ["done"]},
                  expect={(ID(type="text", index=1), "style"): {"textDecoration": "line-through"},
                          ("summary", "children"): "1 of 3 done", (_above(2), "children"): "1/1 above done",
                          (_above(3), "children"): "1/2 above done"},
                  calls={"edit_list": 0, "strike": 1, "summary": 1, "done_above": 2}),
        click({"type": "delete", "index": 2},
              expect={("summary", "children"): "1 of 2 done", (_above(3), "children"): "1/1 above done",
                      (ID(type="text", index=1), "style"): {"textDecoration": "line-through"}},
              calls={"edit_list": 1, "summary": 1, "strike": 2, "done_above": 2},
              absent=({"type": "row", "index": 2},)),
        click("add", expect={("summary", "children"): "1 of 3 done", (_above(4), "children"): "1/2 above done",
                             (ID(type="text", index=4), "children"): "task4"},
              calls={"edit_list": 1, "summary": 1, "strike": 3, "done_above": 3}),
    ],
))


def build_match_and_all_inputs(lib):
    """P-6 (observed on Dash 4.4.1): a MATCH callback that also reads the ALL group of its own
    Inputs. A change in one row runs the callback for that row only: the changed id resolves
    MATCH, so the other rows keep the totals they computed before (unlike a plain Input, which
    fans out to every row)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Div([dcc.Input(id={"t": "amount", "i": i}, value=i + 1, type="number"), html.Span(id={"t": "total", "i": i})])
        for i in (0, 1, 2)
    ])

    @app.callback(lib.Output({"t": "total", "i": lib.MATCH}, "children"), lib.Input({"t": "amount", "i": lib.MATCH}, "value"),
                  lib.Input({"t": "amount", "i": lib.ALL}, "value"))
    def total(amount, amounts):
        return f"{amount} of {sum(amounts)}"

    return app


SCENARIOS.append(Scenario(
    name="P-6-match-and-all-inputs-run-the-changed-row-only",
    rule_ids=("P-6",),
    build=build_match_and_all_inputs,
    steps=[
        load(expect={(ID(t="total", i=0), "children"): "1 of 6", (ID(t="total", i=2), "children"): "3 of 6"},
             calls={"total": 3}),
        set_props({"t": "amount", "i": 2}, {"value": 10},
                  expect={(ID(t="total", i=0), "children"): "1 of 6", (ID(t="total", i=1), "children"): "2 of 6",
                          (ID(t="total", i=2), "children"): "10 of 13"},
                  calls={"total": 1}),
    ],
))
