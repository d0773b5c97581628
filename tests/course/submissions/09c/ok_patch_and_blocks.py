"""Correct, written differently: Patch appends one Div per chart (dropdown + graph), the index from n_clicks, dict ids written index first."""
import plotly.express as px

from learndash import MATCH, Dash, Input, Output, Patch, State, dcc, html

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
    i = n_clicks - 1
    charts = Patch()
    charts.append(html.Div([
        dcc.Dropdown(id={"index": i, "type": "chart-measure"}, options=MEASURES, value="lifeExp", clearable=False),
        dcc.Graph(id={"index": i, "type": "chart-graph"}),
    ], style={"border": "1px solid #ddd"}))
    return charts


@app.callback(
    Output({"index": MATCH, "type": "chart-graph"}, "figure"),
    Input({"index": MATCH, "type": "chart-measure"}, "value"),
    State("country", "value"),
)
def draw(measure, country):
    return px.line(df[df.country == country], x="year", y=measure, markers=True, title=f"{measure} in {country}")
