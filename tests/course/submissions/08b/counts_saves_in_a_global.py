"""Mistake (R4): counts the saves in a Python global, so a second tab's first save says "2 times".

feedback: global
charged once
"""
import pandas as pd
import plotly.express as px
from learndash import Dash, Input, Output, State, dcc, html

CARS = pd.DataFrame({"maker": ["Acura", "Acura", "Acura", "BMW", "BMW", "BMW", "Honda", "Honda", "Honda"],
                     "horsepower": [140, 200, 270, 138, 184, 333, 102, 160, 240], "mpg": [28, 21, 24, 26, 23, 19, 34, 30, 24]})
MAKERS = sorted(CARS["maker"].unique())
app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(id="maker", options=MAKERS, value="Acura"), dcc.Graph(id="mpg-graph"), html.Button("Save", id="save", n_clicks=0), html.Div(id="saved-note")])
saves = 0

@app.callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    return px.scatter(CARS[CARS.maker == maker], x="horsepower", y="mpg")

@app.callback(Output("saved-note", "children"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n, maker):
    global saves
    saves += 1
    return f"Saved {maker} ({saves} {'time' if saves == 1 else 'times'})"
