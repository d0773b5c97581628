"""Mistake (R2): builds every chart again from n_clicks on each click, so the measures already chosen go back to lifeExp.

feedback: stay as they are
"""
import plotly.express as px

from learndash import MATCH, Dash, Input, Output, State, dcc, html

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
def add_chart(n_clicks):
    charts = []
    for i in range(n_clicks):
        charts.append(dcc.Dropdown(id={"type": "chart-measure", "index": i}, options=MEASURES, value="lifeExp"))
        charts.append(dcc.Graph(id={"type": "chart-graph", "index": i}))
    return charts


@app.callback(
    Output({"type": "chart-graph", "index": MATCH}, "figure"),
    Input({"type": "chart-measure", "index": MATCH}, "value"),
    State("country", "value"),
)
def draw_chart(measure, country):
    rows = df[df["country"] == country]
    return px.line(rows, x="year", y=measure)
