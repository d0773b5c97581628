"""Correct, written differently: the readers rebuild a DataFrame from the records (idxmax), the Store keeps every column, local storage."""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Continents in 2007"),
        dcc.Dropdown(id="continent", options=[{"label": c, "value": c} for c in CONTINENTS], value="Europe"),
        html.Div([html.Div(id="longest-life"), html.Div(id="country-count")]),
        dcc.Store(id="continent-data", storage_type="local"),
    ]
)


@app.callback(Output("continent-data", "data"), Input("continent", "value"))
def filter_continent(continent):
    return df.query("continent == @continent").to_dict("records")


@app.callback(Output("longest-life", "children"), Output("country-count", "children"), Input("continent-data", "data"))
def describe(records):
    table = pd.DataFrame(records)
    best = table.loc[table["lifeExp"].idxmax()]
    return f"Longest life: {best.country} ({round(best.lifeExp, 1)} years)", f"{len(table)} countries"
