"""Correct: global callbacks, go.Figure, a plural helper, keyword Input and State, label-value options, the note in a Span."""
import pandas as pd
import plotly.graph_objects as go
from learndash import Dash, Input, Output, State, callback, dcc, html

CARS = pd.DataFrame({"maker": ["Acura", "Acura", "Acura", "BMW", "BMW", "BMW", "Honda", "Honda", "Honda"],
                     "horsepower": [140, 200, 270, 138, 184, 333, 102, 160, 240], "mpg": [28, 21, 24, 26, 23, 19, 34, 30, 24]})
MAKERS = sorted(CARS["maker"].unique())
app = Dash(__name__)
app.layout = html.Div([html.Label(["Maker", dcc.Dropdown(id="maker", options=[{"label": m, "value": m} for m in MAKERS], value="Acura")]),
                       dcc.Graph(id="mpg-graph"), html.Div([html.Button("Save", id="save", n_clicks=0), html.Span(id="saved-note")])])

def times(n):
    return f"{n} time" + ("" if n == 1 else "s")

@callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    rows = CARS.query("maker == @maker")
    return go.Figure(go.Scatter(x=rows.horsepower, y=rows.mpg, mode="markers"))

@callback(Output("saved-note", "children"), inputs=dict(n=Input("save", "n_clicks")), state=dict(maker=State("maker", "value")), prevent_initial_call=True)
def save(n, maker):
    return "Saved {} ({})".format(maker, times(n))
