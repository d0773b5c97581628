"""Correct, written differently: a dict of helpers, a list return, no_update-free, labels around the divs."""
from learndash import Dash, Input, Output, dcc, html


def to_fahrenheit(c):
    return "%.1f °F" % (c * 1.8 + 32)


def to_kelvin(c):
    return "{:.2f} K".format(c + 273.15)


def phase(c):
    if c >= 100:
        return "steam"
    return "ice" if c <= 0 else "water"


app = Dash(__name__)
app.layout = html.Div([
    html.Label(["Celsius ", dcc.Input(value=20, id="celsius", type="number")]),
    html.Ul([html.Li(html.Span(id=name)) for name in ("fahrenheit", "kelvin", "water-state")]),
])


@app.callback(
    [Output("fahrenheit", "children"), Output("kelvin", "children"), Output("water-state", "children")],
    [Input("celsius", "value")],
)
def all_three(temperature):
    if temperature is None:
        return ["", "", ""]
    return [f(temperature) for f in (to_fahrenheit, to_kelvin, phase)]
