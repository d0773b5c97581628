"""Exercise 03: life expectancy by year (chapter 3, a slider drives a graph).

- R1: A `dcc.Slider` id "year-slider" whose marks are gapminder's years (1952, 1957, ... 2007),
  with min 1952, max 2007, step=None (only the marks can be chosen) and value 2007.
- R2: A callback from the slider's `value` to the `figure` of a `dcc.Graph` id "life-graph": a
  scatter of that year's rows only, x = "gdpPercap", y = "lifeExp", one point per country
  (`px.scatter(..., x="gdpPercap", y="lifeExp", ...)`; colours are up to you).
- R3: The same slider also sets the children of an `html.Div` id "country-count" to
  "142 countries in 2007" (the number of rows for that year).
- R4: Never change `df` itself inside the callback: filter into a new variable. A callback that
  reassigns or edits the global data breaks as soon as the slider moves back.

Check your work with `learndash check 03`.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Graph(id="life-graph"),
        # TODO: the year slider
        html.Div(id="country-count"),
    ]
)

# TODO: the callback: year -> figure and count


if __name__ == "__main__":
    app.run(debug=True)
