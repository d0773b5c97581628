"""Mistake (R2): averages the year's rows per continent, so the graph has 5 points instead of one per country.

feedback: 5 points
"""
import plotly.express as px
from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()
YEARS = sorted(df.year.unique())
app = Dash(__name__)
app.layout = html.Div([
    dcc.Graph(id="life-graph"),
    dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007, marks={str(y): str(y) for y in YEARS}),
    html.Div(id="country-count"),
])


@app.callback(Output("life-graph", "figure"), Output("country-count", "children"), Input("year-slider", "value"))
def update(year):
    rows = df[df.year == year]
    by_continent = rows.groupby("continent", as_index=False)[["gdpPercap", "lifeExp"]].mean()
    return px.scatter(by_continent, x="gdpPercap", y="lifeExp", color="continent"), f"{len(rows)} countries in {year}"
