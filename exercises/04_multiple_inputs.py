"""Exercise 04: an indicator explorer (chapter 4, multiple inputs).

The indicator table `df` below is built for you: columns "Country Name", "Indicator Name", "Year", "Value".

- R1: The layout (most of it is here): dropdowns "xaxis-column" (value: GDP per capita) and
  "yaxis-column" (value: life expectancy) offering every indicator name; radio items "xaxis-type"
  (value "Log") and "yaxis-type" (value "Linear") with options "Linear" and "Log"; a slider
  "year-slider" (marks on gapminder's years, value 2007); and a graph "indicator-graphic".
- R2: One callback with five Inputs (both dropdowns, both radios, the slider) and one Output, the
  graph's `figure`, draws one point per country of the chosen year: x is that country's value of
  the x indicator, y its value of the y indicator.
- R3: The x axis is logarithmic when "xaxis-type" is "Log" and linear otherwise (same for y):
  `fig.update_xaxes(type="log")`.
- R4: Moving the year slider redraws the graph with that year's values.

Check your work with `learndash check 04`.
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

INDICATOR_NAMES = {
    "lifeExp": "Life expectancy at birth (years)",
    "gdpPercap": "GDP per capita (US$, inflation-adjusted)",
    "pop": "Population, total",
}
df = (
    px.data.gapminder()
    .melt(id_vars=["country", "year"], value_vars=list(INDICATOR_NAMES), var_name="indicator", value_name="Value")
    .rename(columns={"country": "Country Name", "year": "Year"})
)
df["Indicator Name"] = df.pop("indicator").map(INDICATOR_NAMES)
INDICATORS = list(INDICATOR_NAMES.values())
YEARS = sorted(df["Year"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="xaxis-column", options=INDICATORS, value=INDICATOR_NAMES["gdpPercap"]),
        dcc.RadioItems(id="xaxis-type", options=["Linear", "Log"], value="Log"),
        dcc.Dropdown(id="yaxis-column", options=INDICATORS, value=INDICATOR_NAMES["lifeExp"]),
        # TODO: the "yaxis-type" radio items
        dcc.Graph(id="indicator-graphic"),
        dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
                   marks={str(year): str(year) for year in YEARS}),
    ]
)

# TODO: the callback with five Inputs


if __name__ == "__main__":
    app.run(debug=True)
