"""Correct: the Store's records are sorted by lifeExp, longest first, so the longest-life reader takes the first record; storage_type="session"."""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="continent", options=CONTINENTS, value="Europe"),
        dcc.Store(id="continent-data", storage_type="session"),
        html.Div(id="country-count"),
        html.Div(id="longest-life"),
    ]
)


@app.callback(Output("continent-data", "data"), Input("continent", "value"))
def filter_continent(continent):
    rows = df[df["continent"] == continent]
    return rows[["country", "lifeExp"]].sort_values("lifeExp", ascending=False).to_dict("records")


@app.callback(Output("country-count", "children"), Input("continent-data", "data"))
def count_countries(records):
    return f"{len(records)} countries"


@app.callback(Output("longest-life", "children"), Input("continent-data", "data"))
def longest_life(records):
    best = records[0]
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"


if __name__ == "__main__":
    app.run(debug=True)
