"""Correct, written differently: the global callback, storage_type memory, loc filtering, sorted records.
"""
import plotly.express as px

from learndash import Dash, Input, Output, callback, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="continent", options=CONTINENTS, value="Europe"),
        dcc.Store(id="continent-data", storage_type="memory"),
        html.Div(id="country-count"),
        html.Div(id="longest-life"),
    ]
)


@callback(Output("continent-data", "data"), Input("continent", "value"))
def filter_continent(continent):
    rows = df.loc[df.continent == continent, ["country", "lifeExp", "pop"]]
    return rows.to_dict(orient="records")


@callback(Output("country-count", "children"), Input("continent-data", "data"))
def count_countries(records):
    return f"{len(records)} countries"


@callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(records):
    best = max(records, key=lambda record: record["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"

