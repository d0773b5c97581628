"""Correct: the Store starts with Europe's records in the layout, so its callback may skip the page load (prevent_initial_call=True): the page shows the same."""
import plotly.express as px
from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())
def records(continent):
    return df[df.continent == continent][["country", "lifeExp"]].to_dict("records")
app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(id="continent", options=CONTINENTS, value="Europe"), dcc.Store(id="continent-data", data=records("Europe")), html.Div(id="country-count"), html.Div(id="longest-life")])

@app.callback(Output("continent-data", "data"), Input("continent", "value"), prevent_initial_call=True)
def filt(continent):
    return records(continent)

@app.callback(Output("country-count", "children"), Input("continent-data", "data"))
def count(rs):
    return f"{len(rs)} countries"

@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest(rs):
    best = max(rs, key=lambda r: r["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"
