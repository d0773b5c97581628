"""Mistake (R2): go.Scatter without mode="markers": with 142 points plotly draws lines, not a scatter of points.

feedback: markers
"""
import plotly.express as px
import plotly.graph_objects as go

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
    rows = df[df.year == year]
    return go.Figure(go.Scatter(x=rows.gdpPercap, y=rows.lifeExp)), f"{len(rows)} countries in {year}"
