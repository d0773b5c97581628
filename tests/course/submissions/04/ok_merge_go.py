"""Correct, written differently: a merge of the two indicators' rows, a go.Figure of markers, axis types set in update_layout.
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


import plotly.graph_objects as go


@app.callback(
    Output("indicator-graphic", "figure"),
    [Input("xaxis-column", "value"), Input("yaxis-column", "value")],
    [Input("xaxis-type", "value"), Input("yaxis-type", "value"), Input("year-slider", "value")],
)
def update_graph(x_name, y_name, x_type, y_type, year):
    this_year = df.loc[df["Year"] == year]
    xs = this_year[this_year["Indicator Name"] == x_name][["Country Name", "Value"]]
    ys = this_year[this_year["Indicator Name"] == y_name][["Country Name", "Value"]]
    both = xs.merge(ys, on="Country Name", suffixes=("_x", "_y"))
    fig = go.Figure(go.Scatter(x=both["Value_x"], y=both["Value_y"], mode="markers", text=both["Country Name"]))
    fig.update_layout(xaxis_type=x_type.lower(), yaxis_type=y_type.lower())
    return fig
