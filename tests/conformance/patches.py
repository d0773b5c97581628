"""Patch scenarios (rule O-7): a callback changes part of a prop, and the page applies the change
to the value it holds, on any prop, from multi-output, pattern-matching and set_props callbacks."""
from __future__ import annotations

from .patch_cases import CASES
from .vocabulary import ID, FigureTitle, Scenario, Texts, click, load

SCENARIOS: list[Scenario] = []


def build_every_operation(lib):
    """O-7: one Store per case of patch_cases.py; one multi-output callback returns a Patch for
    each, built by the case's edit. Each Store then holds what Dash's renderer computes."""
    app = lib.Dash(__name__)
    stores = [lib.dcc.Store(id=f"case-{number}", data=case.start) for number, case in enumerate(CASES)]
    app.layout = lib.html.Div([lib.html.Button("patch", id="go"), *stores])

    @app.callback([lib.Output(store.id, "data") for store in stores], lib.Input("go", "n_clicks"),
                  prevent_initial_call=True)
    def patch_all(n_clicks):
        patches = []
        for case in CASES:
            patch = lib.Patch()
            case.edit(patch)
            patches.append(patch)
        return patches

    return app


SCENARIOS.append(Scenario(
    name="O-7-every-patch-operation",
    rule_ids=("O-7", "O-1"),
    build=build_every_operation,
    steps=[
        load(expect={(f"case-{n}", "data"): case.start for n, case in enumerate(CASES)}, calls={"patch_all": 0}),
        click("go", expect={(f"case-{n}", "data"): case.expected for n, case in enumerate(CASES)},
              calls={"patch_all": 1}),
    ],
))


def build_children_and_figure(lib):
    """O-7: a Patch appends a component to `children` (the new item is on the page and its own
    callback runs, as for any inserted component), and another changes a figure's title and
    extends a trace, leaving the rest of the figure as it was."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    figure = {"data": [{"type": "bar", "y": [1, 2]}], "layout": {"title": {"text": "two bars"}}}
    app.layout = html.Div([
        html.Button("add", id="add"),
        html.Ul([html.Li("first")], id="items"),
        dcc.Graph(id="graph", figure=figure),
        html.Div(id="echo"),
    ])

    @app.callback(lib.Output("items", "children"), lib.Output("graph", "figure"), lib.Input("add", "n_clicks"),
                  prevent_initial_call=True)
    def grow(n_clicks):
        items, chart = lib.Patch(), lib.Patch()
        items.append(html.Li(dcc.Input(id={"type": "note", "index": n_clicks}, value=f"note {n_clicks}")))
        chart.data[0].y.append(n_clicks * 10)
        chart.layout.title.text = f"{n_clicks + 2} bars"
        return items, chart

    @app.callback(lib.Output("echo", "children"), lib.Input({"type": "note", "index": lib.ALL}, "value"))
    def echo(notes):
        return " | ".join(notes)

    return app


SCENARIOS.append(Scenario(
    name="O-7-patch-children-and-figure",
    rule_ids=("O-7", "C-8"),
    build=build_children_and_figure,
    steps=[
        load(expect={("items", "children"): Texts(["first"]), ("graph", "figure"): FigureTitle("two bars"),
                     ("echo", "children"): ""}, calls={"echo": 1}),
        click("add", expect={("items", "children"): Texts(["first"]), ("graph", "figure"): FigureTitle("3 bars"),
                             (ID(type="note", index=1), "value"): "note 1", ("echo", "children"): "note 1"},
              calls={"grow": 1, "echo": 1}),
        click("add", expect={("graph", "figure"): FigureTitle("4 bars"), ("echo", "children"): "note 1 | note 2"},
              calls={"grow": 1, "echo": 1}),
    ],
))


def build_pattern_matching(lib):
    """O-7 with P-rules: an ALL Output takes one Patch per matched Store, a MATCH Output patches
    only its own row; a listener of the Stores sees the whole patched values."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    rows = [html.Div([html.Button(f"+{i}", id={"type": "bump", "index": i}),
                      dcc.Store(id={"type": "counter", "index": i}, data={"n": i, "log": []})]) for i in (1, 2)]
    app.layout = html.Div([html.Button("all", id="all"), *rows, html.Div(id="total")])

    @app.callback(lib.Output({"type": "counter", "index": lib.ALL}, "data"), lib.Input("all", "n_clicks"),
                  prevent_initial_call=True)
    def bump_all(n_clicks):
        patches = []
        for _ in lib.ctx.outputs_list:
            patch = lib.Patch()
            patch.n += 10
            patch.log.append("all")
            patches.append(patch)
        return patches

    @app.callback(lib.Output({"type": "counter", "index": lib.MATCH}, "data", allow_duplicate=True),
                  lib.Input({"type": "bump", "index": lib.MATCH}, "n_clicks"), prevent_initial_call=True)
    def bump_one(n_clicks):
        patch = lib.Patch()
        patch.n += 1
        patch.log.append("one")
        return patch

    @app.callback(lib.Output("total", "children"), lib.Input({"type": "counter", "index": lib.ALL}, "data"))
    def total(counters):
        return f"{sum(c['n'] for c in counters)}: " + ",".join("/".join(c["log"]) for c in counters)

    return app


SCENARIOS.append(Scenario(
    name="O-7-patch-in-pattern-matching-callbacks",
    rule_ids=("O-7", "P-5", "P-6", "V-5"),
    build=build_pattern_matching,
    steps=[
        load(expect={("total", "children"): "3: ,"}, calls={"total": 1}),
        click(ID(type="bump", index=2), expect={(ID(type="counter", index=2), "data"): {"n": 3, "log": ["one"]},
                                                (ID(type="counter", index=1), "data"): {"n": 1, "log": []},
                                                ("total", "children"): "4: ,one"},
              calls={"bump_one": 1, "total": 1}),
        click("all", expect={(ID(type="counter", index=1), "data"): {"n": 11, "log": ["all"]},
                             (ID(type="counter", index=2), "data"): {"n": 13, "log": ["one", "all"]},
                             ("total", "children"): "24: all,one/all"},
              calls={"bump_all": 1, "total": 1}),
    ],
))


def build_set_props_patch(lib):
    """O-7, C-2 item 3: set_props takes a Patch too; two callbacks append to one list, the later
    with allow_duplicate (Patch's usual partner)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([html.Button("a", id="a"), html.Button("b", id="b"), dcc.Store(id="log", data=["start"]),
                           html.Div(id="shown")])

    @app.callback(lib.Input("a", "n_clicks"), prevent_initial_call=True)
    def log_a(n_clicks):
        patch = lib.Patch()
        patch.append(f"a{n_clicks}")
        lib.set_props("log", {"data": patch})

    @app.callback(lib.Output("log", "data", allow_duplicate=True), lib.Input("b", "n_clicks"), prevent_initial_call=True)
    def log_b(n_clicks):
        patch = lib.Patch()
        patch.prepend(f"b{n_clicks}")
        return patch

    @app.callback(lib.Output("shown", "children"), lib.Input("log", "data"))
    def show(log):
        return " ".join(log)

    return app


SCENARIOS.append(Scenario(
    name="O-7-patch-through-set-props-and-allow-duplicate",
    rule_ids=("O-7", "C-2", "V-5"),
    build=build_set_props_patch,
    steps=[
        load(expect={("shown", "children"): "start"}),
        click("a", expect={("log", "data"): ["start", "a1"], ("shown", "children"): "start a1"},
              calls={"log_a": 1, "show": 1}),
        click("b", expect={("log", "data"): ["b1", "start", "a1"], ("shown", "children"): "b1 start a1"},
              calls={"log_b": 1, "show": 1}),
        click("a", expect={("shown", "children"): "b1 start a1 a2"}),
    ],
))
