"""Correct, written differently: the global callback, query(), dict options, a helper for the count.
"""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, State, callback, dcc, html

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
        dcc.Dropdown(id="maker", options=[{"label": m.upper(), "value": m} for m in MAKERS], value="Acura", clearable=False),
        dcc.Graph(id="mpg-graph"),
        html.Button("Save", id="save", n_clicks=0),
        html.Div(id="saved-note"),
    ]
)


@callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    cars = CARS.query("maker == @maker")
    return px.scatter(cars, x="horsepower", y="mpg", title=f"{maker}: mpg against horsepower")


@callback(Output("saved-note", "children"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n_clicks, maker):
    return f"Saved {maker} ({count(n_clicks)})"


def count(n):
    return f"{n} time" + ("" if n == 1 else "s")

