"""Correct, written differently: an empty figure={} placeholder, the note as pieces, the save callback declared first with keyword lists."""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, State, dcc, html

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
        html.Div([dcc.Dropdown(id="maker", options=[{"label": m, "value": m} for m in MAKERS], value="Acura")]),
        dcc.Graph(id="mpg-graph", figure={}),
        html.Button(children="Save", id="save", n_clicks=0),
        html.Div(id="saved-note", children=None),
    ]
)


@app.callback(output=[Output("saved-note", "children")], inputs=[Input("save", "n_clicks")],
              state=[State("maker", "value")], prevent_initial_call=True)
def save(clicks, chosen):
    plural = "" if clicks == 1 else "s"
    return [["Saved ", html.B(chosen), f" ({clicks} time{plural})"]]


@app.callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    cars = CARS.query("maker == @maker")
    return px.scatter(cars, x="horsepower", y="mpg", color="maker")
