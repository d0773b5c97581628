"""Mistake (R2): stores the rows as a JSON string (df.to_json, the old tutorial way), not as records.

feedback: records
charged once
"""
from io import StringIO

import pandas as pd
import plotly.express as px

import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(id="continent", options=[{"label": c, "value": c} for c in CONTINENTS], value="Europe"),
    dcc.Store(id="continent-data"),
    html.Div(id="country-count"),
    html.Div(id="longest-life"),
])


@app.callback(Output("continent-data", "data"), [Input("continent", "value")])
def filter_continent(continent):
    return df[df["continent"] == continent].to_json(orient="split")


@app.callback(Output("country-count", "children"), [Input("continent-data", "data")])
def count_countries(data):
    rows = pd.read_json(StringIO(data), orient="split")
    return "{} countries".format(len(rows))


@app.callback(Output("longest-life", "children"), [Input("continent-data", "data")])
def longest_life(data):
    rows = pd.read_json(StringIO(data), orient="split")
    best = rows.loc[rows["lifeExp"].idxmax()]
    return "Longest life: {} ({:.1f} years)".format(best["country"], best["lifeExp"])
