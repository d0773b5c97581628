"""Exercise 05: a temperature converter (chapter 5, multiple outputs).

- R1: Layout: a `dcc.Input` id "celsius" (type "number", value 20) and three `html.Div`s with ids
  "fahrenheit", "kelvin" and "water-state".
- R2: ONE callback with three Outputs (the `children` of the three divs) and one Input (the box's
  value), returning one value per Output, in the order of the Outputs.
- R3: "fahrenheit": the temperature in °F with one decimal, e.g. "68.0 °F" (F = C * 9 / 5 + 32).
- R4: "kelvin": in kelvin with two decimals, e.g. "293.15 K" (K = C + 273.15).
- R5: "water-state": "ice" at or below 0 °C, "steam" at or above 100 °C, "water" otherwise.
- R6: When the box is empty (value None) all three divs become "" (the empty string).

Check your work with `learndash check 05`.
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
def convert(celsius):
    # TODO: add the two other Outputs and return three values
    return ""


if __name__ == "__main__":
    app.run(debug=True)
