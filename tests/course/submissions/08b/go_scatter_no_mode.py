"""Mistake (R2): go.Scatter without mode="markers": with three cars plotly draws lines and markers, joining them.

feedback: joined by a line
charged once
"""
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

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
    return go.Figure(go.Scatter(x=cars["horsepower"], y=cars["mpg"]))


@app.callback(Output("saved-note", "children"), Input("save", "n_clicks"), State("maker", "value"), prevent_initial_call=True)
def save(n_clicks, maker):
    times = "time" if n_clicks == 1 else "times"
    return f"Saved {maker} ({n_clicks} {times})"


if __name__ == "__main__":
    app.run(debug=True)
