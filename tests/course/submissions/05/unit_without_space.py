"""Mistake (R3): writes "68.0°F" and "293.15K", with no space before the unit.

feedback: space before the unit
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="celsius", type="number", value=20),
                       html.Div(id="fahrenheit"), html.Div(id="kelvin"), html.Div(id="water-state")])


@app.callback(Output("fahrenheit", "children"), Output("kelvin", "children"), Output("water-state", "children"),
              Input("celsius", "value"))
def convert(celsius):
    if celsius is None:
        return "", "", ""
    state = "ice" if celsius <= 0 else "steam" if celsius >= 100 else "water"
    return f"{celsius * 9 / 5 + 32:.1f}°F", f"{celsius + 273.15:.2f}K", state
