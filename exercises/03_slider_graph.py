"""Exercise 03: life expectancy by year (chapter 3, a slider drives a graph).

1. Layout: a `dcc.Slider` id "year-slider" whose marks are gapminder's years (1952, 1957, ... 2007),
   with min 1952, max 2007, step=None (only the marks can be chosen) and value 2007;
   a `dcc.Graph` id "life-graph"; and an `html.Div` id "country-count".
2. A callback from the slider's `value` to the graph's `figure` and the div's `children`:
   - the figure is a scatter of that year's rows only: x = "gdpPercap", y = "lifeExp",
     one point per country (`px.scatter(..., x="gdpPercap", y="lifeExp", ...)`; colors are up to you);
   - the div reads "142 countries in 2007" (the number of rows for that year).
3. Never change `df` itself inside the callback: filter into a new variable. A callback that
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
