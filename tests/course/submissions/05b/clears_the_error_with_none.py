"""Mistake (R2): clears the error line with None where the task asks for "" (no error).

feedback: the empty string
charged once
"""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output
from learndash.exceptions import PreventUpdate

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="age", type="number", value=30),
    html.Div(id="age-message"),
    html.Div(id="age-error"),
])


@app.callback([Output("age-message", "children"), Output("age-error", "children")], [Input("age", "value")])
def check_age(age):
    if age is None:
        raise PreventUpdate
    if age < 0 or age > 130:
        return dash.no_update, "Age must be between 0 and 130."
    return "You are {}.".format(age), None
