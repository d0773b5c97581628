"""Correct, written differently: the Dash tutorial's way, two filtered Value series passed to px.scatter, log_x/log_y.
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
def update_graph(xaxis_column_name, yaxis_column_name, xaxis_type, yaxis_type, year_value):
    dff = df[df["Year"] == year_value]
    fig = px.scatter(
        x=dff[dff["Indicator Name"] == xaxis_column_name]["Value"],
        y=dff[dff["Indicator Name"] == yaxis_column_name]["Value"],
        hover_name=dff[dff["Indicator Name"] == yaxis_column_name]["Country Name"],
    )
    fig.update_layout(margin={"l": 40, "b": 40, "t": 10, "r": 0}, hovermode="closest")
    fig.update_xaxes(title=xaxis_column_name, type="linear" if xaxis_type == "Linear" else "log")
    fig.update_yaxes(title=yaxis_column_name, type="linear" if yaxis_type == "Linear" else "log")
    return fig
