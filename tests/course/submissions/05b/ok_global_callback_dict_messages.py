"""Correct, written differently: the global callback, PreventUpdate() instance, other names.
"""
from learndash import Dash, Input, Output, callback, dcc, html, no_update
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="age", type="number", value=30),
        html.Div(id="age-message"),
        html.Div(id="age-error"),
    ]
)


@callback(
    Output("age-message", "children"),
    Output("age-error", "children"),
    Input("age", "value"),
)
def on_age(years):
    age = years
    if age is None:
        raise PreventUpdate()
    if not (0 <= age <= 130):
        return no_update, "Age must be between 0 and 130."
    return f"You are {age}.", ""

