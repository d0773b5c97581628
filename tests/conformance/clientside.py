"""Clientside callback scenarios (rule C-10): JavaScript functions, inline or from assets/, run by
the page with the same scheduling as server callbacks. Only server callbacks are counted in
`calls`: the browser harnesses record what reaches the server, and a clientside call never does."""
from __future__ import annotations

from pathlib import Path

from .vocabulary import ID, Scenario, click, load, set_props

SCENARIOS: list[Scenario] = []
ASSETS = str(Path(__file__).parent / "clientside_assets")


def build_inline_chain(lib):
    """C-10, C-2: an inline clientside function (a JS string) runs at load and on every edit, and
    a server callback that reads its output runs after it, as in a chain of server callbacks."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="name", value="ada"), lib.html.Div(id="upper"), lib.html.Div(id="greeting")])
    app.clientside_callback(
        "function (name) { return (name || '').toUpperCase(); }",
        lib.Output("upper", "children"),
        lib.Input("name", "value"),
    )

    @app.callback(lib.Output("greeting", "children"), lib.Input("upper", "children"))
    def greet(upper):
        return f"Hello {upper}"

    return app


SCENARIOS.append(Scenario(
    name="C-10-inline-function-chains-into-a-server-callback",
    rule_ids=("C-10", "C-2"),
    build=build_inline_chain,
    steps=[
        load(expect={("upper", "children"): "ADA", ("greeting", "children"): "Hello ADA"}, calls={"greet": 1}),
        set_props("name", {"value": "grace"}, expect={("upper", "children"): "GRACE", ("greeting", "children"): "Hello GRACE"},
                  calls={"greet": 1}),
    ],
))


def build_assets_function(lib):
    """C-10, O-4: `ClientsideFunction("shop", "price")` from the app's assets folder gets Inputs
    then States, returns one value per Output, and `dash_clientside.no_update` leaves one as it is."""
    app = lib.Dash(__name__, assets_folder=ASSETS)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="qty", type="number", value=2),
        lib.dcc.Input(id="budget", type="number", value=10),
        lib.html.Div(id="total"),
        lib.html.Div("fine", id="warning"),
    ])
    app.clientside_callback(
        lib.ClientsideFunction("shop", "price"),
        lib.Output("total", "children"), lib.Output("warning", "children"),
        lib.Input("qty", "value"), lib.State("budget", "value"),
    )
    return app


SCENARIOS.append(Scenario(
    name="C-10-assets-function-multi-output-with-no-update",
    rule_ids=("C-10", "O-4"),
    build=build_assets_function,
    steps=[
        load(expect={("total", "children"): 6, ("warning", "children"): "fine"}),
        set_props("qty", {"value": 5}, expect={("total", "children"): 15, ("warning", "children"): "over budget"}),
        set_props("budget", {"value": 100}, expect={("total", "children"): 15}),
    ],
))


def build_prevent_update(lib):
    """C-10, O-3: `throw dash_clientside.PreventUpdate` changes nothing and runs no follower."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("go", id="btn"), lib.html.Div("start", id="out"), lib.html.Div(id="after")])
    app.clientside_callback(
        """function (n) {
            if (!n || n % 2) { throw window.dash_clientside.PreventUpdate; }
            return "even: " + n;
        }""",
        lib.Output("out", "children"),
        lib.Input("btn", "n_clicks"),
    )

    @app.callback(lib.Output("after", "children"), lib.Input("out", "children"), prevent_initial_call=True)
    def follow(text):
        return f"saw {text}"

    return app


SCENARIOS.append(Scenario(
    name="C-10-prevent-update-thrown-changes-nothing",
    rule_ids=("C-10", "O-3"),
    build=build_prevent_update,
    steps=[
        load(expect={("out", "children"): "start"}, calls={"follow": 0}),
        click("btn", expect={("out", "children"): "start"}, calls={"follow": 0}),
        click("btn", expect={("out", "children"): "even: 2", ("after", "children"): "saw even: 2"}, calls={"follow": 1}),
    ],
))


def build_context(lib):
    """C-10, X-1, X-2: `dash_clientside.callback_context`: `triggered` is empty on the initial
    call (no "." placeholder), then names the edited prop; `triggered_id` is undefined on the
    initial call (not null, which JSON.stringify would keep as a key), then the id (a dict for a
    pattern id); `inputs` and `states` are keyed by prop id."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("a", id={"type": "btn", "index": 1}),
        lib.dcc.Input(id="note", value="n"),
        lib.html.Div(id="probe"),
    ])
    app.clientside_callback(
        """function (clicks, note) {
            var ctx = window.dash_clientside.callback_context;
            return JSON.stringify([ctx.triggered, ctx.triggered_id, Object.keys(ctx.inputs), ctx.states["note.value"],
                                   typeof ctx.triggered_id]);
        }""",
        lib.Output("probe", "children"),
        lib.Input({"type": "btn", "index": lib.ALL}, "n_clicks"),
        lib.State("note", "value"),
    )
    return app


SCENARIOS.append(Scenario(
    name="C-10-callback-context-in-javascript",
    rule_ids=("C-10", "X-1", "X-2"),
    build=build_context,
    steps=[
        load(expect={("probe", "children"): '[[],null,["{\\"index\\":1,\\"type\\":\\"btn\\"}.n_clicks"],"n","undefined"]'}),
        click(ID(type="btn", index=1), expect={("probe", "children"):
              '[[{"prop_id":"{\\"index\\":1,\\"type\\":\\"btn\\"}.n_clicks","value":1}],{"index":1,"type":"btn"},'
              '["{\\"index\\":1,\\"type\\":\\"btn\\"}.n_clicks"],"n","object"]'}),
    ],
))


def build_set_props_and_promise(lib):
    """C-10, C-2 item 3: an async clientside function's Promise is awaited; `dash_clientside.set_props`
    writes another component, and a server callback listening to it runs."""
    app = lib.Dash(__name__, assets_folder=ASSETS)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="word", value="hi"),
        lib.html.Div(id="echo"),
        lib.html.Div(id="side"),
        lib.html.Div(id="server"),
    ])
    app.clientside_callback(lib.ClientsideFunction("shop", "slowEcho"), lib.Output("echo", "children"), lib.Input("word", "value"))
    app.clientside_callback(
        """function (word) {
            window.dash_clientside.set_props("side", {children: "len " + word.length});
            return window.dash_clientside.no_update;
        }""",
        lib.Output("echo", "title"),
        lib.Input("word", "value"),
        prevent_initial_call=True,
    )

    @app.callback(lib.Output("server", "children"), lib.Input("side", "children"), prevent_initial_call=True)
    def report(side):
        return f"server saw {side}"

    return app


SCENARIOS.append(Scenario(
    name="C-10-promise-and-set-props",
    rule_ids=("C-10", "C-2"),
    build=build_set_props_and_promise,
    steps=[
        load(expect={("echo", "children"): "echo: hi"}, calls={"report": 0}),
        set_props("word", {"value": "hello"}, expect={
            ("echo", "children"): "echo: hello", ("side", "children"): "len 5", ("server", "children"): "server saw len 5",
        }, calls={"report": 1}),
    ],
))


def build_clientside_no_update_for_all_outputs(lib):
    """C-10, O-2 (observed on Dash 4.4.1): unlike a server callback, a clientside function may give
    an Output with ALL one `dash_clientside.no_update` instead of a list, alone or beside another
    Output; the matching components keep their values, the other Output is written, no error."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        html.Button(id="alone"), html.Button(id="beside"),
        *[html.Div(f"c{i}", id={"t": "cell", "i": i}) for i in range(2)], html.Div("x0", id="x"),
    ])
    app.clientside_callback(
        "function (n) { return window.dash_clientside.no_update; }",
        lib.Output({"t": "cell", "i": lib.ALL}, "children"), lib.Input("alone", "n_clicks"), prevent_initial_call=True,
    )
    app.clientside_callback(
        "function (n) { return [window.dash_clientside.no_update, 'x set']; }",
        lib.Output({"t": "cell", "i": lib.ALL}, "children", allow_duplicate=True), lib.Output("x", "children"),
        lib.Input("beside", "n_clicks"), prevent_initial_call=True,
    )
    return app


_CELLS_KEPT = {(ID(t="cell", i=0), "children"): "c0", (ID(t="cell", i=1), "children"): "c1"}

SCENARIOS.append(Scenario(
    name="C-10-clientside-all-output-takes-a-lone-no-update",
    rule_ids=("C-10", "O-2"),
    build=build_clientside_no_update_for_all_outputs,
    steps=[
        load(),
        click("alone", expect={**_CELLS_KEPT, ("x", "children"): "x0"}),
        click("beside", expect={**_CELLS_KEPT, ("x", "children"): "x set"}),
    ],
))


def build_clientside_running(lib):
    """C-10, C-2 item 3 (observed on Dash 4.4.1): running= on a clientside callback is ignored, its
    "on" and its "off" values alike; only server callbacks show them."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([html.Button(id="go"), html.Div("never ran", id="status"), html.Div(id="out")])
    app.clientside_callback(
        "function (n) { return 'went ' + n; }",
        lib.Output("out", "children"), lib.Input("go", "n_clicks"), prevent_initial_call=True,
        running=[(lib.Output("status", "children"), "running", "finished")],
    )
    return app


SCENARIOS.append(Scenario(
    name="C-10-clientside-callbacks-ignore-running",
    rule_ids=("C-10", "C-2"),
    build=build_clientside_running,
    steps=[
        load(),
        click("go", expect={("out", "children"): "went 1", ("status", "children"): "never ran"}),
    ],
))


def build_undefined_clears(lib):
    """C-10, O-4: a clientside function that returns `undefined`, or gives it to
    `dash_clientside.set_props`, writes the prop: the page holds undefined, a server callback
    reading it gets None and runs, as after a returned `null` (not as after `no_update`)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="word", value="tea"), html.Div(id="echo"), html.Div("side", id="side"), html.Div(id="seen")])
    app.clientside_callback(
        """function (word) {
            if (word === "forget") { window.dash_clientside.set_props("side", {children: undefined}); return undefined; }
            return word;
        }""",
        lib.Output("echo", "children"), lib.Input("word", "value"),
    )

    @app.callback(lib.Output("seen", "children"), lib.Input("echo", "children"), lib.Input("side", "children"))
    def show_seen(echo, side):
        return f"{echo!r} {side!r}"

    return app


SCENARIOS.append(Scenario(
    name="C-10-undefined-writes-the-prop-as-none",
    rule_ids=("C-10", "O-4"),
    build=build_undefined_clears,
    steps=[
        load(expect={("echo", "children"): "tea", ("seen", "children"): "'tea' 'side'"}, calls={"show_seen": 1}),
        set_props("word", {"value": "forget"}, expect={("echo", "children"): None, ("side", "children"): None,
                                                       ("seen", "children"): "None None"}, calls={"show_seen": 1}),
    ],
))


def build_multi_output_pairs(lib):
    """C-10: a clientside function with several Outputs pairs them with the list it returns as
    Dash does (ramda's zip): a shorter list writes only the first outputs and a text gives one
    character to each; a number (`return tip, total;` is `total` alone) or null is a callback
    error (Dash reads its length), which writes nothing and runs no listener."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([dcc.Input(id="mode", value="both"), html.Div("a0", id="a"), html.Div("b0", id="b"), html.Div(id="seen")])
    app.clientside_callback(
        """function (mode) {
            if (mode === "both") { return ["a1", "b1"]; }
            if (mode === "short") { return ["a2"]; }
            if (mode === "comma") { return "a3", 3; }
            if (mode === "text") { return "xy"; }
            return null;
        }""",
        lib.Output("a", "children"), lib.Output("b", "children"), lib.Input("mode", "value"),
    )

    @app.callback(lib.Output("seen", "children"), lib.Input("a", "children"), lib.Input("b", "children"))
    def show_seen(a, b):
        return f"{a} {b} {sorted(lib.ctx.triggered_prop_ids)}"

    return app


SCENARIOS.append(Scenario(
    name="C-10-multi-output-values-pair-like-a-zip",
    rule_ids=("C-10",),
    build=build_multi_output_pairs,
    harness_options={"raise_on_error": False},
    steps=[
        load(expect={("a", "children"): "a1", ("b", "children"): "b1"}, calls={"show_seen": 1}),
        set_props("mode", {"value": "short"}, expect={("a", "children"): "a2", ("b", "children"): "b1",
                                                      ("seen", "children"): "a2 b1 ['a.children']"}, calls={"show_seen": 1}),
        set_props("mode", {"value": "comma"}, expect={("a", "children"): "a2", ("b", "children"): "b1"}, calls={"show_seen": 0},
                  errors=1),
        set_props("mode", {"value": "text"}, expect={("seen", "children"): "x y ['a.children', 'b.children']"},
                  calls={"show_seen": 1}),
        set_props("mode", {"value": "none"}, expect={("a", "children"): "x", ("b", "children"): "y"}, calls={"show_seen": 0},
                  errors=1),
    ],
))
