"""Mistake (R2): three callbacks, one per Output, instead of one callback with three Outputs.

feedback: one callback with three Outputs
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="celsius", type="number", value=20),
        html.Div(id="fahrenheit"),
        html.Div(id="kelvin"),
        html.Div(id="water-state"),
    ]
)


@app.callback(Output("fahrenheit", "children"), Input("celsius", "value"))
def to_fahrenheit(celsius):
    return convert(celsius)[0]


@app.callback(Output("kelvin", "children"), Input("celsius", "value"))
def to_kelvin(celsius):
    return convert(celsius)[1]


@app.callback(Output("water-state", "children"), Input("celsius", "value"))
def to_state(celsius):
    return convert(celsius)[2]


def convert(celsius):
    if celsius is None:
        return "", "", ""
    if celsius <= 0:
        state = "ice"
    elif celsius >= 100:
        state = "steam"
    else:
        state = "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{celsius + 273.15:.2f} K", state

