"""Mistake (R2): stores only the continent's name, and each reader filters again.

feedback: continent-data
charged once
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

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


@app.callback(Output("continent-data", "data"), Input("continent", "value"))
def filter_continent(continent):
    return continent


@app.callback(Output("country-count", "children"), Input("continent-data", "data"))
def count_countries(continent):
    records = df[df["continent"] == continent].to_dict("records")
    return f"{len(records)} countries"


@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(continent):
    records = df[df["continent"] == continent].to_dict("records")
    best = max(records, key=lambda record: record["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"

