"""Doing nothing on purpose: PreventUpdate, no_update and prevent_initial_call
(rules O-2, O-3, I-6, I-7, W-8)."""
from __future__ import annotations

import copy

from learndash import Dash, Input, Output, State, dcc, html, no_update, set_props
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness


def chain_app(first_result) -> tuple[Dash, list]:
    """inp → first → a.children → second → b.children."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="start"), html.Div(id="a", children="a0"), html.Div(id="b")])
    seen: list = []

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def first(value):
        if value == "stop":
            return first_result()
        return value

    @app.callback(Output("b", "children"), Input("a", "children"))
    def second(a):
        seen.append(a)
        return f"b:{a}"

    return app, seen


def raise_prevent_update():
    raise PreventUpdate


def test_prevent_update_changes_nothing_and_stops_downstream(calls_of):
    """O-3 (test_cbpu001): PreventUpdate aborts the callback: no output changes, nothing downstream fires."""
    app, seen = chain_app(raise_prevent_update)
    h = AppHarness(app)
    h.set_props("inp", {"value": "stop"})
    assert h.get_prop("a", "children") == "start"
    assert seen == ["start"]
    record = calls_of(h, "first")[-1]
    assert record.status == "prevented"
    assert record.outputs == {}
    assert h.errors == []


def test_no_update_changes_nothing_and_stops_downstream(calls_of):
    """O-2 (test_cbpu001): a no_update output is not written and triggers nothing downstream."""
    app, seen = chain_app(lambda: no_update)
    h = AppHarness(app)
    h.set_props("inp", {"value": "stop"})
    assert h.get_prop("a", "children") == "start"
    assert seen == ["start"]
    record = calls_of(h, "first")[-1]
    assert record.status == "ok"
    assert record.outputs == {}


def test_a_copy_of_no_update_counts_too():
    """O-2 (test_cbpu002): copy(no_update) and its JSON form count as no_update."""
    for result in (lambda: copy.copy(no_update), lambda: {"_dash_no_update": "_dash_no_update"}):
        app, seen = chain_app(result)
        h = AppHarness(app)
        h.set_props("inp", {"value": "stop"})
        assert h.get_prop("a", "children") == "start"
        assert seen == ["start"]


def test_prevent_update_at_load_leaves_the_output_empty():
    """O-3 (test_cbsc010): PreventUpdate in an initial call leaves the layout value in place."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id="btn"), html.Div(id="out", children="untouched")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def on_click(n):
        if n is None:
            raise PreventUpdate
        return f"clicked {n}"

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "untouched"
    h.click("btn")
    assert h.get_prop("out", "children") == "clicked 1"


def test_set_props_before_prevent_update_is_dropped():
    """W-8, O-3: set_props calls made in a run that raises PreventUpdate are lost (204)."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id="btn"), html.Div(id="out"), html.Div(id="side", children="s0")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def half_done(n):
        set_props("side", {"children": "written"})
        raise PreventUpdate

    h = AppHarness(app)
    h.click("btn")
    assert h.get_prop("side", "children") == "s0"


def test_prevented_initial_chain_skips_followers_whose_inputs_all_came_from_it(names):
    """I-6 (test_cbpi001 'D', test_cbmi001): at load, a callback whose every Input is an output of
    init-chain callbacks that prevented is dropped; one with a plain layout Input still runs."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value="x"), html.Div(id="a"), html.Div(id="only-a"), html.Div(id="a-and-inp")]
    )

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def prevents(value):
        raise PreventUpdate

    @app.callback(Output("only-a", "children"), Input("a", "children"))
    def only_a(a):
        return "ran"

    @app.callback(Output("a-and-inp", "children"), Input("a", "children"), Input("inp", "value"))
    def a_and_inp(a, value):
        return f"{a}|{value}"

    h = AppHarness(app)
    assert "only_a" not in names(h)
    assert h.get_prop("a-and-inp", "children") == "None|x"
    h.set_props("inp", {"value": "y"})
    assert "only_a" not in names(h)
    assert h.get_prop("a-and-inp", "children") == "None|y"


def test_no_update_in_the_init_chain_also_skips_followers(names):
    """I-6, O-2: returning no_update at load counts as 'updated nothing' for the group, like PreventUpdate."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="a"), html.Div(id="b")])

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def nothing(value):
        return no_update

    @app.callback(Output("b", "children"), Input("a", "children"))
    def follower(a):
        return "ran"

    h = AppHarness(app)
    assert names(h) == ["nothing"]


# -- I-7: prevent_initial_call ----------------------------------------------------------------


def test_prevent_initial_call_skips_the_load_and_runs_on_change(calls_of):
    """I-7: a prevented callback is left out of the initial set and runs on the next change."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="out", children="layout")])

    @app.callback(Output("out", "children"), Input("inp", "value"), prevent_initial_call=True)
    def later(value):
        return value

    h = AppHarness(app)
    assert calls_of(h, "later") == []
    assert h.get_prop("out", "children") == "layout"
    h.set_props("inp", {"value": "b"})
    assert h.get_prop("out", "children") == "b"


def test_prevent_initial_call_as_a_trailing_positional_bool(calls_of):
    """I-7, O-1 (test_cbpi004): `@app.callback(Output, Input, True)`."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"), True)
    def later(value):
        return value

    h = AppHarness(app)
    assert calls_of(h, "later") == []
    h.set_props("inp", {"value": "b"})
    assert h.get_prop("out", "children") == "b"


def test_app_wide_prevent_initial_callbacks_and_per_callback_override(calls_of):
    """I-7: Dash(prevent_initial_callbacks=True) is the default for app.callback; False overrides it."""
    app = Dash(__name__, prevent_initial_callbacks=True)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="x"), html.Div(id="y")])

    @app.callback(Output("x", "children"), Input("inp", "value"))
    def defaulted(value):
        return value

    @app.callback(Output("y", "children"), Input("inp", "value"), prevent_initial_call=False)
    def overridden(value):
        return value

    h = AppHarness(app)
    assert calls_of(h, "defaulted") == []
    assert len(calls_of(h, "overridden")) == 1


def test_downstream_of_a_prevented_callback_still_runs_at_load(calls_of):
    """I-7 (test_cbpi001 'B'): prevent_initial_call is not PreventUpdate; downstream callbacks still
    run initially, using the prevented callback's output as it is in the layout."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="a", children="A"), html.Div(id="b")])

    @app.callback(Output("a", "children"), Input("inp", "value"), prevent_initial_call=True)
    def prevented(value):
        return value

    @app.callback(Output("b", "children"), Input("a", "children"))
    def downstream(a):
        return a

    h = AppHarness(app)
    assert calls_of(h, "prevented") == []
    assert h.get_prop("b", "children") == "A"


def test_prevented_callback_runs_when_an_initial_callback_changes_its_input(calls_of):
    """I-7 (test_cbpi001 'F'): a prevented callback still runs when another initial callback's
    response changes its Input during the init chain."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="a"), html.Div(id="f")])

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def initial(value):
        return f"from {value}"

    @app.callback(Output("f", "children"), Input("a", "children"), prevent_initial_call=True)
    def prevented_f(a):
        return f"F saw {a}"

    h = AppHarness(app)
    assert len(calls_of(h, "prevented_f")) == 1
    assert calls_of(h, "prevented_f")[0].triggered == ["a.children"]
    assert h.get_prop("f", "children") == "F saw from x"


def test_prevent_initial_call_in_a_multi_output_chain(names):
    """I-7 (test_cbpi003): prevented multi-output callbacks don't run at load; an unprevented one does."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value=1)] + [html.Div(id=name) for name in ["a", "b", "c", "d", "g"]]
    )

    @app.callback(Output("a", "children"), Output("b", "children"), Input("inp", "value"), prevent_initial_call=True)
    def ab(v):
        return v, v

    @app.callback(Output("c", "children"), Output("d", "children"), Input("a", "children"), Input("b", "children"), prevent_initial_call=True)
    def cd(a, b):
        return a, b

    @app.callback(Output("g", "children"), Input("inp", "value"))
    def g(v):
        return v

    h = AppHarness(app)
    assert names(h) == ["g"]
    h.set_props("inp", {"value": 2})
    assert sorted(names(h)[1:]) == ["ab", "cd", "g"]
    assert h.get_prop("d", "children") == 2


def test_allow_duplicate_outputs_with_prevent_initial_call():
    """V-5, I-7: two callbacks may write one prop when the later uses allow_duplicate=True and
    prevent_initial_call=True; each click writes it."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("+", id="plus"), html.Button("reset", id="reset"), html.Div(id="count", children=0)])

    @app.callback(Output("count", "children"), Input("plus", "n_clicks"), State("count", "children"), prevent_initial_call=True)
    def add(n, count):
        return count + 1

    @app.callback(Output("count", "children", allow_duplicate=True), Input("reset", "n_clicks"), prevent_initial_call=True)
    def reset(n):
        return 0

    h = AppHarness(app)
    h.click("plus")
    h.click("plus")
    assert h.get_prop("count", "children") == 2
    h.click("reset")
    assert h.get_prop("count", "children") == 0


def test_initial_duplicate_fires_at_load(calls_of):
    """V-5, I-7: prevent_initial_call='initial_duplicate' allows allow_duplicate and still fires at load."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def main(value):
        return f"main {value}"

    @app.callback(Output("out", "title", allow_duplicate=True), Input("inp", "value"), prevent_initial_call="initial_duplicate")
    def extra(value):
        return f"extra {value}"

    h = AppHarness(app)
    assert len(calls_of(h, "extra")) == 1
    assert h.get_prop("out", "title") == "extra v"
