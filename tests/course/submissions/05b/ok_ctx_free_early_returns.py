"""Correct, written differently: a nested layout, early returns in another order, min=0 on the box.
"""
from learndash import Dash, Input, Output, dcc, html, no_update
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Age ", dcc.Input(id="age", type="number", value=30, min=-1000)]),
        html.Div([html.Div(id="age-message"), html.Div(id="age-error", style={"color": "red"})]),
    ]
)


@app.callback(
    Output("age-message", "children"),
    Output("age-error", "children"),
    Input("age", "value"),
)
def check_age(age):
    if age is None:
        raise PreventUpdate
    if 0 <= age <= 130:
        return f"You are {age}.", ""
    return no_update, "Age must be between 0 and 130."

