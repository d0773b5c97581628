"""Mistake (R2): stores the rows as lists ([country, lifeExp]) with .values.tolist(), not as records.

feedback: stored as a list, not as a record
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
    return df[df["continent"] == continent][["country", "lifeExp"]].values.tolist()


@callback(Output("country-count", "children"), Input("continent-data", "data"))
def count(data):
    return f"{len(data)} countries"


@callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest(data):
    country, life = max(data, key=lambda r: r[1])
    return f"Longest life: {country} ({life:.1f} years)"
