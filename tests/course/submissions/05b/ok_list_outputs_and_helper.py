"""Correct, written differently: Outputs in a list, a range helper, a returned list, a heading.
"""
from learndash import Dash, Input, Output, dcc, html, no_update
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H2("How old are you?"),
        dcc.Input(id="age", type="number", value=30),
        html.Div(id="age-message"),
        html.Div(id="age-error"),
    ]
)


def in_range(age):
    return 0 <= age <= 130


@app.callback([Output("age-message", "children"), Output("age-error", "children")], [Input("age", "value")])
def check_age(age):
    if age is None:
        raise PreventUpdate
    if not in_range(age):
        return [no_update, "Age must be between 0 and 130."]
    return ["You are %d." % age, ""]

