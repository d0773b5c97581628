"""Mistake (R3): keeps the country in a Python global, set by a callback on the country dropdown, so a chart draws the country of whichever tab set it last (another tab opening resets it to Canada).

feedback: global
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
    return charts + [dcc.Dropdown(id={"type": "chart-measure", "index": i}, options=MEASURES, value="lifeExp"),
                     dcc.Graph(id={"type": "chart-graph", "index": i})]

CURRENT = {"country": "Canada"}

@app.callback(Output("country", "style"), Input("country", "value"))
def remember(country):
    CURRENT["country"] = country
    return {}

@app.callback(Output({"type": "chart-graph", "index": MATCH}, "figure"),
              Input({"type": "chart-measure", "index": MATCH}, "value"))
def draw(measure):
    return px.line(df[df.country == CURRENT["country"]], x="year", y=measure)


if __name__ == "__main__":
    app.run(debug=True)
