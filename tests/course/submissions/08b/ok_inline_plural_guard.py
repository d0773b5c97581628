"""Correct: positional Dropdown arguments, a graph config and style, global callbacks, a PreventUpdate guard as well as prevent_initial_call, an inline plural."""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, State, dcc, html, callback
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
app.layout = html.Div([
    dcc.Dropdown(MAKERS, "Acura", id="maker", clearable=False),
    dcc.Graph(id="mpg-graph", config={"displayModeBar": False}, style={"height": "400px"}),
    html.Button("Save", id="save", n_clicks=0, className="btn"),
    html.Div(id="saved-note", className="note"),
])


@callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw_graph(maker: str):
    return px.scatter(CARS.query("maker == @maker"), x="horsepower", y="mpg")


@callback(Output("saved-note", "children"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n: int, maker: str) -> str:
    if not n:
        raise PreventUpdate
    return f"Saved {maker} ({n} time{'s' if n > 1 else ''})"
