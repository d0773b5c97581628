"""Correct, written differently: the button reads "submit"; str.format; the States in a list.
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="first-name", value="Ada"),
        dcc.Input(id="last-name", value="Lovelace"),
        html.Button("submit", id="submit-button", n_clicks=0, className="btn"),
        html.Div(id="form-output"),
    ]
)

@app.callback(
    Output("form-output", "children"),
    Input("submit-button", "n_clicks"),
    [State("first-name", "value"), State("last-name", "value")],
    prevent_initial_call=True,
)
def submit(clicks, *names):
    return "Submitted: {} {} (submission {})".format(*names, clicks)
