"""Correct, written differently: helper functions, sorted() for the best, a heading.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Continents in 2007"),
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
    return f"{len(records)} countries"


@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(records):
    return describe_best(sorted(records, key=life)[-1])


def life(record):
    return record["lifeExp"]


def describe_best(record):
    return "Longest life: {} ({:.1f} years)".format(record["country"], record["lifeExp"])

