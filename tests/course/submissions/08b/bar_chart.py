"""Mistake (R2): draws a bar chart of horsepower against mpg instead of a scatter.

feedback: scatter
charged once
"""
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from learndash import Dash, Input, Output, State, callback, dcc, html
from learndash.exceptions import PreventUpdate

CARS = pd.DataFrame(
    {
        "maker": ["Acura", "Acura", "Acura", "BMW", "BMW", "BMW", "Honda", "Honda", "Honda"],
        "horsepower": [140, 200, 270, 138, 184, 333, 102, 160, 240],
        "mpg": [28, 21, 24, 26, 23, 19, 34, 30, 24],
    }
)
MAKERS = sorted(CARS["maker"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="maker", options=MAKERS, value="Acura"),
        dcc.Graph(id="mpg-graph"),
        html.Button("Save", id="save", n_clicks=0),
        html.Div(id="saved-note"),
    ]
)


@callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    return px.bar(CARS[CARS["maker"] == maker], x="horsepower", y="mpg")


@callback(Output("saved-note", "children"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n, maker):
    return f"Saved {maker} ({n} {'time' if n == 1 else 'times'})"
