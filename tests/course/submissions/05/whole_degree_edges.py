"""Mistake (R5): thinks in whole degrees (ice below 1, steam above 99), so 0.5 °C is "ice" and 99.5 °C "steam".

feedback: 0 is "ice"
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


@app.callback(
    Output("fahrenheit", "children"),
    Output("kelvin", "children"),
    Output("water-state", "children"),
    Input("celsius", "value"),
)
def convert(celsius):
    if celsius is None:
        return "", "", ""
    if celsius < 1:
        state = "ice"
    elif celsius > 99:
        state = "steam"
    else:
        state = "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{celsius + 273.15:.2f} K", state
