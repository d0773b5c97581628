"""Correct, written differently: Outputs in a list, a list returned, helper functions, a heading.
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Converter"),
        dcc.Input(id="celsius", type="number", value=20),
        html.Div(id="fahrenheit"),
        html.Div(id="kelvin"),
        html.Div(id="water-state"),
    ]
)


def state_of(c):
    return "ice" if c <= 0 else ("steam" if c >= 100 else "water")


@app.callback(
    [Output("fahrenheit", "children"), Output("kelvin", "children"), Output("water-state", "children")],
    [Input("celsius", "value")],
)
def convert(celsius):
    if celsius is None:
        return "", "", ""
    if celsius <= 0:
        state = "ice"
    elif celsius >= 100:
        state = "steam"
    else:
        state = "water"
    return [f"{celsius * 1.8 + 32:.1f} °F", "{:.2f} K".format(celsius + 273.15), state_of(celsius)]

