"""Correct, written differently: two callbacks, query(), a helper, graph_objects instead of express."""
import plotly.express as px
import plotly.graph_objects as go

from learndash import Dash, Input, Output, dcc, html

gapminder = px.data.gapminder()


def rows_for(year):
    return gapminder.query("year == @year")


app = Dash(__name__)
app.layout = html.Div(
    [
        html.H1("Life expectancy"),
        html.Div(id="country-count"),
        dcc.Slider(1952, 2007, step=None, value=2007, id="year-slider",
                   marks={int(y): str(y) for y in gapminder.year.unique()}),
        dcc.Graph(id="life-graph"),
    ]
)


@app.callback(Output("life-graph", "figure"), Input("year-slider", "value"))
def draw(year):
    chosen = rows_for(year)
    return go.Figure(go.Scatter(x=chosen.gdpPercap, y=chosen.lifeExp, mode="markers", text=chosen.country))


@app.callback(Output("country-count", "children"), Input("year-slider", "value"))
def count(year):
    return "%d countries in %d" % (len(rows_for(year)), year)
