"""Correct, written differently: the text returned as a list of strings, which the page shows as one line.
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="first-name", value="Ada"),
        dcc.Input(id="last-name", value="Lovelace"),
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
    return ["Submitted: ", first + " " + last, f" (submission {n_clicks})"]
