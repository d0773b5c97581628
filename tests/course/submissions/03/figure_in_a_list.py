"""Mistake (R2): the graph's own callback returns [fig], a list, for its single Output.

feedback: not `[fig]`
charged once
"""
import plotly.express as px

import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output

df = px.data.gapminder()

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Graph(id="life-graph"),
    dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
               marks={str(year): str(year) for year in df["year"].unique()}),
    html.Div(id="country-count"),
])


@app.callback(Output("life-graph", "figure"), [Input("year-slider", "value")])
def update_figure(selected_year):
    filtered_df = df[df.year == selected_year]
    fig = px.scatter(filtered_df, x="gdpPercap", y="lifeExp")
    return [fig]


@app.callback(Output("country-count", "children"), [Input("year-slider", "value")])
def update_count(selected_year):
    return f"{len(df[df.year == selected_year])} countries in {selected_year}"
