"""Correct: keyword-grouped Outputs and Input, returning a dict in another order than the Outputs are declared."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="celsius", type="number", value=20), html.Div(id="fahrenheit"), html.Div(id="kelvin"), html.Div(id="water-state")])

@app.callback(output=dict(f=Output("fahrenheit", "children"), k=Output("kelvin", "children"), w=Output("water-state", "children")),
              inputs=dict(c=Input("celsius", "value")))
def convert(c):
    if c is None:
        return dict(f="", k="", w="")
    w = "ice" if c <= 0 else "steam" if c >= 100 else "water"
    return dict(w=w, k=f"{c + 273.15:.2f} K", f=f"{c * 9 / 5 + 32:.1f} °F")
