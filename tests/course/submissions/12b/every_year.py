"""Mistake (R2): filters the full table, every year, by continent.

feedback: 2007
charged once
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()
LATEST = df.query("year == 2007")
CONTINENTS = sorted(LATEST["continent"].unique())

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
    rows = df[df["continent"] == continent]
    return rows[["country", "lifeExp"]].to_dict("records")


@app.callback(Output("country-count", "children"), Input("continent-data", "data"))
def count_countries(records):
    return f"{len({r['country'] for r in records})} countries"


@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(records):
    best = max(records, key=lambda record: record["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"

