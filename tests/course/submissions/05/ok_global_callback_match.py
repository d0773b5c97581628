"""Correct, written differently: the global callback, match/case, a labelled layout.
"""
from learndash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="celsius", type="number", value=20),
        html.Label("In Fahrenheit:"),
        html.Div(id="fahrenheit"),
        html.Div(id="kelvin"),
        html.Div(id="water-state"),
    ]
)


@callback(
    Output("fahrenheit", "children"),
    Output("kelvin", "children"),
    Output("water-state", "children"),
    Input("celsius", "value"),
)
def convert(celsius):
    if celsius is None:
        return "", "", ""
    match celsius:
        case c if c <= 0:
            state = "ice"
        case c if c >= 100:
            state = "steam"
        case _:
            state = "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{celsius + 273.15:.2f} K", state

