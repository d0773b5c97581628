"""Mistake (R1): the box starts empty.

feedback: value=30
charged once
"""
from learndash import Dash, Input, Output, dcc, html, no_update
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="age", type="number"),
        html.Div(id="age-message"),
        html.Div(id="age-error"),
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
    if age < 0 or age > 130:
        return no_update, "Age must be between 0 and 130."
    return f"You are {age}.", ""

