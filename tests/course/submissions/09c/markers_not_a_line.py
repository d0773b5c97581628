"""Mistake (R3): draws the years as separate markers (mode "markers", as px.scatter does), not a line.

feedback: without a line
charged once
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


@app.callback(
    Output("charts", "children"),
    Input("add-chart", "n_clicks"),
    State("charts", "children"),
    prevent_initial_call=True,
)
def add_chart(n_clicks, charts):
    index = len(charts) // 2
    measure = dcc.Dropdown(id={"type": "chart-measure", "index": index}, options=MEASURES, value="lifeExp")
    graph = dcc.Graph(id={"type": "chart-graph", "index": index})
    return charts + [measure, graph]


@app.callback(
    Output({"type": "chart-graph", "index": MATCH}, "figure"),
    Input({"type": "chart-measure", "index": MATCH}, "value"),
    State("country", "value"),
)
def draw_chart(measure, country):
    rows = df[df["country"] == country]
    # A figure is a dict of traces and layout; px.line(rows, x="year", y=measure) builds the same line.
    line = {"type": "scatter", "mode": "markers", "x": rows["year"].tolist(), "y": rows[measure].tolist()}
    return {"data": [line], "layout": {"title": {"text": f"{country}: {measure}"}}}


if __name__ == "__main__":
    app.run(debug=True)
