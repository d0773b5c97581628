"""Exercise 09c: add as many charts as you like (chapter 9, MATCH on components added at run time).

Each click on "Add Chart" adds a chart with its own measure dropdown. One MATCH callback serves every
chart, present and future: a change in chart 2's dropdown redraws chart 2, and no other.

- R1: Layout: a `dcc.Dropdown` id "country" (options COUNTRIES, value "Canada"), a button id
  "add-chart" (n_clicks=0) and an empty `html.Div` id "charts" (children=[]).
- R2: Each click appends to "charts" a `dcc.Dropdown` with id {"type": "chart-measure", "index": i}
  (options MEASURES, value "lifeExp") and a `dcc.Graph` with id {"type": "chart-graph", "index": i};
  the first chart has index 0, the next 1, and so on. Charts already there stay as they are.
- R3: One callback with Output({"type": "chart-graph", "index": MATCH}, "figure"),
  Input({"type": "chart-measure", "index": MATCH}, "value") and State("country", "value") draws a
  line of that measure by year for the chosen country: x = "year", y = the measure.
- R4: Each chart follows its own dropdown only: changing chart 1's measure leaves chart 0 as it is.
- R5: A new chart is drawn as soon as it is added (the MATCH callback runs for new components; do
  not set prevent_initial_call on it).

Check your work with `learndash check 09c`.
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

# TODO: a callback that appends a measure dropdown and a graph with pattern-matching ids on each click.

# TODO: one MATCH callback from each chart's measure (and the country, as State) to its graph's figure.


if __name__ == "__main__":
    app.run(debug=True)
