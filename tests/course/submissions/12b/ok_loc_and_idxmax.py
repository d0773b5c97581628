"""Correct: df.loc with a column list, to_dict(orient="records"), readers rebuilding a DataFrame and using idxmax, dict options, an explicit memory Store, global callbacks."""
import plotly.express as px

import pandas as pd
from learndash import Dash, Input, Output, callback, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)
app.layout = html.Div([
    html.Label("Continent"),
    dcc.Dropdown(id="continent", options=[{"label": c, "value": c} for c in CONTINENTS], value="Europe", clearable=False),
    dcc.Store(id="continent-data", storage_type="memory"),
    html.Div([html.Div(id="country-count"), html.Div(id="longest-life")], className="cards"),
])


@callback(Output("continent-data", "data"), Input("continent", "value"))
def store_rows(continent: str) -> list[dict]:
    chosen = df.loc[df.continent == continent, ["country", "lifeExp"]]
    return chosen.to_dict(orient="records")


@callback(Output("country-count", "children"), Input("continent-data", "data"))
def how_many(records: list[dict]) -> str:
    return f"{len(pd.DataFrame(records))} countries"


@callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest(records: list[dict]) -> str:
    table = pd.DataFrame(records)
    top = table.loc[table["lifeExp"].idxmax()]
    return "Longest life: {} ({:.1f} years)".format(top["country"], top["lifeExp"])
