"""Correct: px.scatter with log_x/log_y flags (no axis type at all when linear), Series per indicator joined by country, the global @callback, dict options, inputs in another order."""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html, callback

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
app.layout = html.Div([
    html.Div([
        dcc.Dropdown(id="xaxis-column", options=[{"label": n, "value": n} for n in INDICATORS], value=INDICATOR_NAMES["gdpPercap"]),
        dcc.RadioItems(id="xaxis-type", options=["Linear", "Log"], value="Log", inline=True),
    ], style={"width": "48%", "display": "inline-block"}),
    html.Div([
        dcc.Dropdown(id="yaxis-column", options=INDICATORS, value=INDICATOR_NAMES["lifeExp"]),
        dcc.RadioItems(id="yaxis-type", options=["Linear", "Log"], value="Linear", inline=True),
    ], style={"width": "48%", "float": "right", "display": "inline-block"}),
    dcc.Graph(id="indicator-graphic"),
    dcc.Slider(id="year-slider", min=df["Year"].min(), max=df["Year"].max(), step=None, value=df["Year"].max(),
               marks={str(year): str(year) for year in df["Year"].unique()}),
])


@callback(
    Output("indicator-graphic", "figure"),
    Input("xaxis-column", "value"), Input("xaxis-type", "value"),
    Input("yaxis-column", "value"), Input("yaxis-type", "value"),
    Input("year-slider", "value"),
)
def update_graph(xaxis_column_name, xaxis_type, yaxis_column_name, yaxis_type, year_value):
    dff = df[df["Year"] == year_value]
    x = dff[dff["Indicator Name"] == xaxis_column_name].set_index("Country Name")["Value"]
    y = dff[dff["Indicator Name"] == yaxis_column_name].set_index("Country Name")["Value"]
    fig = px.scatter(x=x, y=y.reindex(x.index), hover_name=x.index,
                     log_x=xaxis_type == "Log", log_y=yaxis_type == "Log")
    fig.update_layout(margin={"l": 40, "b": 40, "t": 10, "r": 0}, hovermode="closest")
    fig.update_xaxes(title=xaxis_column_name)
    fig.update_yaxes(title=yaxis_column_name)
    return fig
