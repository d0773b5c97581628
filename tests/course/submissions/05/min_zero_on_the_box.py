"""Mistake (R3): min=0 on the box ("no negative temperatures"): the browser finds -40 invalid and Dash writes None, so -40 °C is never converted.

feedback: min=0
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="celsius", type="number", value=20, min=0),
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
    if celsius <= 0:
        state = "ice"
    elif celsius >= 100:
        state = "steam"
    else:
        state = "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{celsius + 273.15:.2f} K", state


if __name__ == "__main__":
    app.run(debug=True)
