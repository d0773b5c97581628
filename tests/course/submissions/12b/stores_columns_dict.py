"""Mistake (R2): stores rows.to_dict() (a dict of columns), not the list of records the task asks for.

feedback: to_dict("records")
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
    rows = df[df["continent"] == continent]
    return rows[["country", "lifeExp"]].to_dict()


@app.callback(Output("country-count", "children"), Input("continent-data", "data"))
def count_countries(data):
    return f"{len(data['country'])} countries"


@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(data):
    key = max(data["lifeExp"], key=lambda k: data["lifeExp"][k])
    return f"Longest life: {data['country'][key]} ({data['lifeExp'][key]:.1f} years)"
