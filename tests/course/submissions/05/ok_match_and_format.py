"""Correct: helpers with type hints, a match statement, a list of Outputs returning a list, str.format, the box inside a Label, debounce."""
from learndash import html, dcc, Dash, Output, Input

app = Dash(__name__)

app.layout = html.Div([
    html.H3("Temperature converter"),
    html.Label(["Celsius: ", dcc.Input(id="celsius", type="number", value=20, step="any", debounce=True)]),
    html.Hr(),
    html.Div([html.Div(id="fahrenheit"), html.Div(id="kelvin"), html.Div(id="water-state")], className="results"),
])


def to_fahrenheit(c: float) -> float:
    return c * 9 / 5 + 32


def to_kelvin(c: float) -> float:
    return c + 273.15


def state_of_water(c: float) -> str:
    match c:
        case c if c <= 0:
            return "ice"
        case c if c >= 100:
            return "steam"
        case _:
            return "water"


@app.callback(
    [Output("fahrenheit", "children"), Output("kelvin", "children"), Output("water-state", "children")],
    Input("celsius", "value"),
)
def convert(c):
    if c is None:
        return ["", "", ""]
    return ["{:.1f} °F".format(to_fahrenheit(c)), "{:.2f} K".format(to_kelvin(c)), state_of_water(c)]
