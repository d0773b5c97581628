"""Mistake (R2): px.line instead of px.scatter, so the countries are joined by a zigzag line and no point shows.

feedback: without markers
charged once
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
        dcc.RadioItems(id="yaxis-type", options=["Linear", "Log"], value="Linear"),
        dcc.Graph(id="indicator-graphic"),
        dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
                   marks={str(year): str(year) for year in YEARS}),
    ]
)


@app.callback(
    Output("indicator-graphic", "figure"),
    Input("xaxis-column", "value"),
    Input("yaxis-column", "value"),
    Input("xaxis-type", "value"),
    Input("yaxis-type", "value"),
    Input("year-slider", "value"),
)
def update_graph(x_name, y_name, x_type, y_type, year):
    rows = df[df["Year"] == year]
    wide = rows.pivot(index="Country Name", columns="Indicator Name", values="Value")
    fig = px.line(wide, x=x_name, y=y_name, hover_name=wide.index)
    fig.update_xaxes(type="log" if x_type == "Log" else "linear")
    fig.update_yaxes(type="log" if y_type == "Log" else "linear")
    return fig


if __name__ == "__main__":
    app.run(debug=True)
