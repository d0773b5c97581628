"""Exercise 12b: filter once, read twice (chapter 12, a dcc.Store as an intermediate value).

Two outputs need the same filtered table. Instead of filtering it in both callbacks, one callback
filters it into a `dcc.Store`, and the others read the Store. The work is done once per change, and
the value lives in the browser, not in a Python global.

- R1: Layout: a `dcc.Dropdown` id "continent" (options CONTINENTS, value "Europe"), a `dcc.Store`
  id "continent-data", and two `html.Div`s with ids "country-count" and "longest-life".
- R2: ONE callback from the continent's value to the Store's `data`: the 2007 rows of that
  continent as a list of records, `rows[["country", "lifeExp"]].to_dict("records")`.
- R3: A callback from the Store's `data` to "country-count": "30 countries" (how many records).
- R4: A callback from the Store's `data` to "longest-life": "Longest life: Iceland (81.8 years)",
  the country with the highest lifeExp, one decimal.
- R5: Only the Store's callback reads the dropdown: the other two take the Store's `data` as their
  Input, so the table is filtered once per change.

Check your work with `learndash check 12b`.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder().query("year == 2007")
CONTINENTS = sorted(df["continent"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="continent", options=CONTINENTS, value="Europe"),
        # TODO: the dcc.Store
        html.Div(id="country-count"),
        html.Div(id="longest-life"),
    ]
)

# TODO: continent -> Store; Store -> country count; Store -> longest life.


if __name__ == "__main__":
    app.run(debug=True)
