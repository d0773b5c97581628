"""Mistake (R2): filters on 2007 written into the callback instead of the slider's year, so the graph never moves.

feedback: slider's value
charged once
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()

app = Dash(__name__)
app.layout = html.Div([
    dcc.Graph(id="life-graph"),
    dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
               marks={str(y): str(y) for y in df.year.unique()}),
    html.Div(id="country-count"),
])


@app.callback(Output("life-graph", "figure"), Output("country-count", "children"), Input("year-slider", "value"))
def update(year):
    rows = df[df.year == 2007]
    return px.scatter(rows, x="gdpPercap", y="lifeExp"), f"{len(rows)} countries in {year}"
