"""Mistake (R3): x is the measure and y the year.

feedback: x="year"
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


@app.callback(Output("charts", "children"), Input("add-chart", "n_clicks"), State("charts", "children"), prevent_initial_call=True)
def add_chart(n, children):
    i = len(children) // 2
    return children + [dcc.Dropdown(id={"type": "chart-measure", "index": i}, options=MEASURES, value="lifeExp"),
                       dcc.Graph(id={"type": "chart-graph", "index": i})]


@app.callback(Output({"type": "chart-graph", "index": MATCH}, "figure"),
              Input({"type": "chart-measure", "index": MATCH}, "value"),
              State("country", "value"))
def draw(measure, country):
    return px.line(df[df.country == country], x=measure, y="year")
