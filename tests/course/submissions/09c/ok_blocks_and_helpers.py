"""Correct, written differently: each chart in its own Div, id helpers, the global callback.
"""
import plotly.express as px

from learndash import MATCH, Dash, Input, Output, State, callback, dcc, html

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


@callback(
    Output("charts", "children"),
    Input("add-chart", "n_clicks"),
    State("charts", "children"),
    prevent_initial_call=True,
)
def add_chart(n_clicks, charts):
    return charts + [chart_block(len(charts))]


def ids(kind, i):
    return {"type": kind, "index": i}


def chart_block(i):
    return html.Div([dcc.Dropdown(id=ids("chart-measure", i), options=[{"label": m, "value": m} for m in MEASURES], value="lifeExp"), dcc.Graph(id=ids("chart-graph", i), style={"height": 300})], style={"display": "inline-block", "width": "30%"})


@callback(
    Output({"type": "chart-graph", "index": MATCH}, "figure"),
    Input({"type": "chart-measure", "index": MATCH}, "value"),
    State("country", "value"),
)
def draw_chart(measure, country):
    rows = df[df["country"] == country]
    # A figure is a dict of traces and layout; px.line(rows, x="year", y=measure) builds the same line.
    line = {"type": "scatter", "mode": "lines", "x": rows["year"].tolist(), "y": rows[measure].tolist()}
    return {"data": [line], "layout": {"title": {"text": f"{country}: {measure}"}}}

