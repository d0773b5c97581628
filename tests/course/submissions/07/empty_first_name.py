"""Mistake (R1): the first-name box starts empty.

feedback: value="Ada"
charged once
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="first-name", type="text", placeholder="Ada"),
        dcc.Input(id="last-name", type="text", value="Lovelace"),
        html.Button("Submit", id="submit-button", n_clicks=0),
        html.Div(id="form-output"),
    ]
)


@app.callback(
    Output("form-output", "children"),
    Input("submit-button", "n_clicks"),
    State("first-name", "value"),
    State("last-name", "value"),
    prevent_initial_call=True,
)
def submit(n_clicks, first, last):
    return f"Submitted: {first} {last} (submission {n_clicks})"

