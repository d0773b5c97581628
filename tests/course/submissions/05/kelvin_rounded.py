"""Mistake (R4): round(kelvin, 2) drops trailing zeros, so 26.85 °C shows "300.0 K", not "300.00 K".

feedback: .2f
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
    state = "ice" if celsius <= 0 else "steam" if celsius >= 100 else "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{round(celsius + 273.15, 2)} K", state
