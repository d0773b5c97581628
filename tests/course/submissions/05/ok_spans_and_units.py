"""Correct, written differently: each value shown as a bold number and its unit (pieces), a dict of states, the Outputs as a list."""
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
    [Output("fahrenheit", "children"), Output("kelvin", "children"), Output("water-state", "children")],
    [Input("celsius", "value")],
)
def convert(celsius):
    if celsius is None:
        return ["", "", ""]
    fahrenheit = celsius * 9 / 5 + 32
    kelvin = celsius + 273.15
    if celsius <= 0:
        state = "ice"
    elif celsius < 100:
        state = "water"
    else:
        state = "steam"
    return [[html.B(f"{fahrenheit:.1f}"), " °F"], [html.B(f"{kelvin:.2f}"), " K"], html.Span(state)]
