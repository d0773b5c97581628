"""Mistake (R4): shows the life expectancy as a whole number, "(83 years)"; the country is right, so only the part that judges the wording is charged.

feedback: one decimal
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
    return rows[["country", "lifeExp"]].to_dict("records")


@app.callback(Output("country-count", "children"), Input("continent-data", "data"))
def count_countries(records):
    return f"{len(records)} countries"


@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(records):
    best = max(records, key=lambda record: record["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.0f} years)"


if __name__ == "__main__":
    app.run(debug=True)
