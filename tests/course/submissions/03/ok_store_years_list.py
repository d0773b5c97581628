"""Correct, written differently: years as a list of ints, .loc filtering, marks with labels, a header.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()
YEARS = [int(y) for y in sorted(set(df["year"]))]

app = Dash(__name__)
app.layout = html.Div(
    [
        html.H1("Life expectancy"),
        dcc.Graph(id="life-graph", style={"height": 500}),
        dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
                   marks={year: {"label": str(year)} for year in YEARS}),
        html.Div(id="country-count"),
    ]
)


@app.callback(Output("life-graph", "figure"), Output("country-count", "children"), Input("year-slider", "value"))
def update_year(year):
    rows = df.loc[df.year == year].copy()
    return px.scatter(rows, x="gdpPercap", y="lifeExp", size="pop", color="continent", log_x=True), f"{len(rows)} countries in {year}"
