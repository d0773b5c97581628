"""Mistake (R2): puts each new chart at the top (Patch().prepend), not at the end.

feedback: Append each new chart at the end
charged once
"""
import plotly.express as px
import plotly.graph_objects as go

from learndash import ALL, MATCH, Dash, Input, Output, Patch, State, callback, ctx, dcc, html

COUNTRIES = ["Canada", "Japan", "Kenya"]
MEASURES = ["lifeExp", "pop", "gdpPercap"]
df = px.data.gapminder().query("country in @COUNTRIES")

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="country", options=COUNTRIES, value="Canada"),
        html.Button("Add Chart", id="add-chart", n_clicks=0),
        html.Div(id="charts", children=[]),
    ]
)


@app.callback(Output("charts", "children"), Input("add-chart", "n_clicks"), prevent_initial_call=True)
def add_chart(n):
    charts = Patch()
    charts.prepend(html.Div([dcc.Dropdown(id={"type": "chart-measure", "index": n - 1}, options=MEASURES, value="lifeExp"),
                             dcc.Graph(id={"type": "chart-graph", "index": n - 1})]))
    return charts


@app.callback(Output({"type": "chart-graph", "index": MATCH}, "figure"),
              Input({"type": "chart-measure", "index": MATCH}, "value"),
              State("country", "value"))
def draw(measure, country):
    return px.line(df[df.country == country], x="year", y=measure)
