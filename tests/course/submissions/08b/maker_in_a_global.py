"""Mistake (R4): keeps the maker in a Python global set by the graph callback instead of reading it as State, so a save saves the maker another tab chose last.

feedback: global
charged once
"""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

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
current = {"maker": "Acura"}


@app.callback(Output("mpg-graph", "figure"), Input("maker", "value"))
def draw(maker):
    current["maker"] = maker
    return px.scatter(CARS[CARS["maker"] == maker], x="horsepower", y="mpg")


@app.callback(Output("saved-note", "children"), Input("save", "n_clicks"), prevent_initial_call=True)
def save(n):
    maker = current["maker"]
    return f"Saved {maker} ({n} {'time' if n == 1 else 'times'})"


if __name__ == "__main__":
    app.run(debug=True)
