"""State: values read when a callback runs, never a trigger (rules C-2, C-4 step 5, C-6, W-9 step 3)."""
from __future__ import annotations

import pytest

from learndash import Dash, Input, Output, State, dcc, html
from learndash.testing import AppHarness


def form_app() -> Dash:
    """The tutorial's State form: two inputs and a submit button."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="input-1-state", type="text", value="Montréal"),
            dcc.Input(id="input-2-state", type="text", value="Canada"),
            html.Button(id="submit-button-state", n_clicks=0, children="Submit"),
            html.Div(id="output-state"),
        ]
    )

    @app.callback(
        Output("output-state", "children"),
        Input("submit-button-state", "n_clicks"),
        State("input-1-state", "value"),
        State("input-2-state", "value"),
    )
    def update_output(n_clicks, input1, input2):
        return f'The Button has been pressed {n_clicks} times, Input 1 is "{input1}", and Input 2 is "{input2}"'

    return app


def test_state_changes_never_trigger(calls_of):
    """C-2 (test_rdsi001): typing into State inputs runs nothing."""
    h = AppHarness(form_app())
    h.set_props("input-1-state", {"value": "Paris"})
    h.set_props("input-2-state", {"value": "France"})
    assert len(calls_of(h, "update_output")) == 1
    assert h.text("output-state") == 'The Button has been pressed 0 times, Input 1 is "Montréal", and Input 2 is "Canada"'


def test_state_is_read_when_the_callback_fires(calls_of):
    """C-6 (test_rdsi002): the click reads the State values current at that moment."""
    h = AppHarness(form_app())
    h.set_props("input-1-state", {"value": "Paris"})
    h.set_props("input-2-state", {"value": "France"})
    h.click("submit-button-state")
    assert h.text("output-state") == 'The Button has been pressed 1 times, Input 1 is "Paris", and Input 2 is "France"'
    record = calls_of(h, "update_output")[-1]
    assert record.states == {"input-1-state.value": "Paris", "input-2-state.value": "France"}
    assert record.inputs == {"submit-button-state.n_clicks": 1}


def test_interleaved_inputs_and_states_arrive_in_declared_order():
    """W-9 step 3: `Input x, State y, Input n` calls f(x, y, n), though the body lists inputs first."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="x", value="X"), dcc.Input(id="y", value="Y"), dcc.Input(id="n", value="N"), html.Div(id="out")]
    )

    @app.callback(Output("out", "children"), Input("x", "value"), State("y", "value"), Input("n", "value"))
    def order(x, y, n):
        return [x, y, n]

    h = AppHarness(app)
    assert h.get_prop("out", "children") == ["X", "Y", "N"]
    h.set_props("n", {"value": "N2"})
    assert h.get_prop("out", "children") == ["X", "Y", "N2"]


def test_state_is_not_awaited_by_readiness():
    """C-4 step 5, Appendix B.2: readiness looks at Inputs only, so a callback may read a State that
    another callback is about to change, and sees the old value (as Dash does)."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v0"), html.Div(id="mirror", children="m0"), html.Div(id="out")])

    @app.callback(Output("mirror", "children"), Input("inp", "value"), prevent_initial_call=True)
    def write_mirror(value):
        return f"mirror of {value}"

    @app.callback(Output("out", "children"), Input("inp", "value"), State("mirror", "children"), prevent_initial_call=True)
    def read_mirror(value, mirror):
        return f"{value} / {mirror}"

    h = AppHarness(app)
    h.set_props("inp", {"value": "v1"})
    assert h.get_prop("mirror", "children") == "mirror of v1"
    assert h.get_prop("out", "children") == "v1 / m0"


def test_state_of_a_prop_never_set_is_none():
    """K-0a, X-4: a State prop absent from the layout reaches the function as None."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), dcc.Input(id="blank"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"), State("blank", "value"))
    def read(value, blank):
        return repr(blank)

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "None"


def test_missing_state_component_is_an_error():
    """C-6 step 4, V-6: a State whose component is not on the page stops the callback with a
    'nonexistent object … State' error that names the callback and the id."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"), State("later", "value"))
    def read(value, later):
        return "ran"

    h = AppHarness(app, raise_on_error=False)
    assert h.get_prop("out", "children") is None
    [error] = h.errors
    assert "`State`" in error.title
    assert "read()" in error.message and "'later'" in error.message
    with pytest.raises(Exception, match="later"):
        AppHarness(app)


def test_state_of_a_whole_subtree_sees_user_edits():
    """C-1 (test_roc001): State('container', 'children') holds the values the user typed into it."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div(id="form", children=[dcc.Input(id={"field": "name"}, value=""), dcc.Input(id={"field": "city"})]),
            html.Button("save", id="save"),
            html.Div(id="saved"),
        ]
    )

    @app.callback(Output("saved", "children"), Input("save", "n_clicks"), State("form", "children"), prevent_initial_call=True)
    def save(n, children):
        return {c["props"]["id"]["field"]: c["props"].get("value") for c in children}

    h = AppHarness(app)
    h.set_props({"field": "name"}, {"value": "Ada"})
    h.set_props({"field": "city"}, {"value": "London"})
    h.click("save")
    assert h.get_prop("saved", "children") == {"name": "Ada", "city": "London"}
