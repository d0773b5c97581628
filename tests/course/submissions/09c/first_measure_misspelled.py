"""Mistake (R2): each new dropdown starts on "lifeexp", a value it does not offer, so Dash clears it; the new chart is still drawn at once (from the cleared value), so R5 is not charged again.

feedback: value="lifeExp"
charged once
"""
import plotly.express as px

from learndash import MATCH, Dash, Input, Output, State, dcc, html

COUNTRIES = ["Canada", "Japan", "Kenya"]
MEASURES = ["lifeExp", "pop", "gdpPercap"]
df = px.data.gapminder().query("country in @COUNTRIES")

app = Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(id="country", options=COUNTRIES, value="Canada"),
    html.Button("Add Chart", id="add-chart", n_clicks=0),
    html.Div(id="charts", children=[]),
])


@app.callback(Output("charts", "children"), Input("add-chart", "n_clicks"), State("charts", "children"), prevent_initial_call=True)
def add_chart(n, charts):
    i = len(charts) // 2
    return charts + [dcc.Dropdown(id={"type": "chart-measure", "index": i}, options=MEASURES, value="lifeexp"),
                     dcc.Graph(id={"type": "chart-graph", "index": i})]

@app.callback(Output({"type": "chart-graph", "index": MATCH}, "figure"),
              Input({"type": "chart-measure", "index": MATCH}, "value"), State("country", "value"))
def draw(measure, country):
    return px.line(df[df.country == country], x="year", y=measure)


if __name__ == "__main__":
    app.run(debug=True)
