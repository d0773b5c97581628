"""Correct: the readers take the Store's modified_timestamp as Input and its data as State (a documented Dash pattern): still only the Store's callback reads the dropdown.
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
    return df[df["continent"] == continent][["country", "lifeExp"]].to_dict("records")


@callback(Output("country-count", "children"), Input("continent-data", "modified_timestamp"), State("continent-data", "data"))
def count(_ts, data):
    return f"{len(data or [])} countries"


@callback(Output("longest-life", "children"), Input("continent-data", "modified_timestamp"), State("continent-data", "data"))
def longest(_ts, data):
    if not data:
        return ""
    best = max(data, key=lambda r: r["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"
