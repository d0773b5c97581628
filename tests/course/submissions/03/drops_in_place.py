"""Mistake (R4): drops rows from the global data in place while filtering.

feedback: never reassign or edit df
charged once
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()
YEARS = sorted(df["year"].unique())

app = Dash(__name__)
app.layout = html.Div(
    [
        dcc.Graph(id="life-graph"),
        dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
                   marks={str(year): str(year) for year in YEARS}),
        html.Div(id="country-count"),
    ]
)


@app.callback(Output("life-graph", "figure"), Output("country-count", "children"), Input("year-slider", "value"))
def update_year(year):
    df.drop(df[df["year"] < year].index, inplace=True)
    rows = df[df["year"] == year]
    return px.scatter(rows, x="gdpPercap", y="lifeExp"), f"{len(rows)} countries in {year}"
