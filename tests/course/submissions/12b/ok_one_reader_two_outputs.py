"""Correct, written differently: one reader callback with two Outputs, a DataFrame rebuilt from the records.
"""
import pandas as pd
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
    rows = df[df["continent"] == continent]
    return rows[["country", "lifeExp"]].to_dict("records")


@app.callback(Output("country-count", "children"), Output("longest-life", "children"), Input("continent-data", "data"))
def describe(records):
    table = pd.DataFrame(records)
    best = table.loc[table["lifeExp"].idxmax()]
    return f"{len(table)} countries", "Longest life: %s (%.1f years)" % (best["country"], best["lifeExp"])

