"""Mistake (R1): starts the slider at 1952 instead of 2007.

feedback: value=2007
charged once
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()

app = Dash(__name__)
app.layout = html.Div([
    dcc.Graph(id="life-graph"),
    dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=1952,
               marks={str(y): str(y) for y in df.year.unique()}),
    html.Div(id="country-count"),
])


@app.callback(Output("life-graph", "figure"), Output("country-count", "children"), Input("year-slider", "value"))
def update(year):
    rows = df[df.year == year]
    return px.scatter(rows, x="gdpPercap", y="lifeExp"), f"{len(rows)} countries in {year}"
