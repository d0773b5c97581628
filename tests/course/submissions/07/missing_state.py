"""Mistake (R2): the last name is missing from the State list, so it is read from the layout default.

feedback: State
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="first-name", type="text", value="Ada"),
        dcc.Input(id="last-name", type="text", value="Lovelace"),
        html.Button("Submit", id="submit-button", n_clicks=0),
        html.Div(id="form-output"),
    ]
)

LAST_NAME = "Lovelace"


@app.callback(
    Output("form-output", "children"),
    Input("submit-button", "n_clicks"),
    State("first-name", "value"),
    prevent_initial_call=True,
)
def submit(n_clicks, first):
    return f"Submitted: {first} {LAST_NAME} (submission {n_clicks})"
