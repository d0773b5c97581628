"""Correct: a layout function with a Loading wrapper, two global callbacks with a filtering helper, str.format, type hints."""
from learndash import Dash, Input, Output, dcc, html, callback
import plotly.express as px
import pandas as pd

tips: pd.DataFrame = px.data.tips()


def tips_on(day: str) -> pd.DataFrame:
    return tips[tips["day"] == day].copy()


def layout() -> html.Div:
    return html.Div([
        html.Div([html.Label("Day", htmlFor="day-dropdown"),
                  dcc.Dropdown(id="day-dropdown", options=[{"label": d, "value": d} for d in ("Thur", "Fri", "Sat", "Sun")], value="Sun")]),
        dcc.Loading(dcc.Graph(id="tips-graph")),
        html.Div(id="average-tip"),
    ])


app = Dash(__name__)
app.layout = layout


@callback(Output("tips-graph", "figure"), Input("day-dropdown", "value"))
def draw(day: str):
    return px.scatter(tips_on(day), x="total_bill", y="tip", hover_data=["size"])


@callback(Output("average-tip", "children"), Input("day-dropdown", "value"))
def average(day: str) -> str:
    return "Average tip on {}: ${:.2f}".format(day, tips_on(day)["tip"].mean())
