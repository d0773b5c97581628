"""Mistake (R4): ends the note with a period, "Saved BMW (1 time)."; only the first save's wording part is charged, not the plural.

feedback: f"Saved {maker} ({n} time)"
"""
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
app.layout = html.Div([
    dcc.Dropdown(id="maker", options=MAKERS, value="Acura"),
    dcc.Graph(id="mpg-graph"),
    html.Button("Save", id="save", n_clicks=0),
    html.Div(id="saved-note"),
])


@app.callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    return px.scatter(CARS[CARS.maker == maker], x="horsepower", y="mpg")


@app.callback(Output("saved-note", "children"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n_clicks, maker):
    return f"Saved {maker} ({n_clicks} time{'s' if n_clicks != 1 else ''})."
