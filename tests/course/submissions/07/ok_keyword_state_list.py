"""Correct, written differently: State in a list, f-string helper, extra label, the global callback.
"""
from learndash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="first-name", type="text", value="Ada"),
        dcc.Input(id="last-name", type="text", value="Lovelace"),
        html.Button("Submit", id="submit-button", n_clicks=0),
        html.Label("Result:"),
        html.Div(id="form-output"),
    ]
)


@callback(
    Output("form-output", "children"),
    Input("submit-button", "n_clicks"),
    [State("first-name", "value"), State("last-name", "value")],
    prevent_initial_call=True,
)
def on_submit(clicks, given, family):
    return sentence(f"{given} {family}", clicks)


def sentence(full_name, count):
    return "Submitted: " + full_name + f" (submission {count})"

