"""Correct: the Store holds the rows sorted by life expectancy, longest first, so the reader takes the first record.
"""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, State, callback, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="continent", options=CONTINENTS, value="Europe"),
        dcc.Store(id="continent-data"),
        html.Div(id="country-count"),
        html.Div(id="longest-life"),
    ]
)


@callback(Output("continent-data", "data"), Input("continent", "value"))
def filter_rows(continent):
    rows = df[df["continent"] == continent].sort_values("lifeExp", ascending=False)
    return rows[["country", "lifeExp"]].to_dict("records")


@callback(Output("country-count", "children"), Input("continent-data", "data"))
def count(data):
    return f"{len(data)} countries"


@callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest(data):
    best = data[0]
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"
