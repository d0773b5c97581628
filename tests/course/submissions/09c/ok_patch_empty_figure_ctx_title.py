"""Correct: Patch().append of a styled block per chart with index n_clicks - 1, figure={} on the new Graph, px.line with markers and a title from ctx.triggered_id."""
import plotly.express as px

from learndash import MATCH, Dash, Input, Output, State, dcc, html, ctx, Patch

COUNTRIES = ["Canada", "Japan", "Kenya"]
MEASURES = ["lifeExp", "pop", "gdpPercap"]
df = px.data.gapminder().query("country in @COUNTRIES")

app = Dash(__name__)
app.layout = html.Div([
    html.Div([html.Label("Country"), dcc.Dropdown(id="country", options=COUNTRIES, value="Canada", clearable=False)]),
    html.Button("Add Chart", id="add-chart", n_clicks=0),
    html.Div(id="charts", children=[]),
])


@app.callback(Output("charts", "children"), Input("add-chart", "n_clicks"), prevent_initial_call=True)
def add_chart(n_clicks):
    i = n_clicks - 1
    charts = Patch()
    charts.append(html.Div([
        dcc.Dropdown(id={"type": "chart-measure", "index": i}, options=MEASURES, value="lifeExp", clearable=False),
        dcc.Graph(id={"type": "chart-graph", "index": i}, figure={}, config={"displayModeBar": False}),
    ], style={"border": "1px solid #ddd", "margin": "8px"}))
    return charts


@app.callback(Output({"type": "chart-graph", "index": MATCH}, "figure"),
              Input({"type": "chart-measure", "index": MATCH}, "value"), State("country", "value"))
def draw(measure, country):
    number = ctx.triggered_id["index"] + 1 if ctx.triggered_id else "?"
    fig = px.line(df[df.country == country], x="year", y=measure, markers=True, title=f"Chart {number}: {measure} in {country}")
    return fig
