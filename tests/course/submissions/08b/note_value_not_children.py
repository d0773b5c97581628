"""Mistake (R4): the save callback writes saved-note.value instead of saved-note.children.

feedback: No callback writes saved-note.children
charged once
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

app.layout = html.Div(
    [
        dcc.Dropdown(id="maker", options=MAKERS, value="Acura"),
        dcc.Graph(id="mpg-graph"),
        html.Button("Save", id="save", n_clicks=0),
        html.Div(id="saved-note"),
    ]
)


@app.callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    cars = CARS[CARS["maker"] == maker]
    return px.scatter(cars, x="horsepower", y="mpg", title=f"{maker}: mpg against horsepower")


@app.callback(Output("saved-note", "value"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n_clicks, maker):
    times = "time" if n_clicks == 1 else "times"
    return f"Saved {maker} ({n_clicks} {times})"


if __name__ == "__main__":
    app.run(debug=True)
