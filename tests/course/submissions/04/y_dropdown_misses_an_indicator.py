"""Mistake (R1): the y dropdown offers only two of the three indicators (INDICATORS[:2]), so population can never be the y axis.

feedback: every indicator
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
app.layout = html.Div([
    html.Div([
        dcc.Dropdown(id="xaxis-column", options=[{"label": n, "value": n} for n in INDICATORS], value=INDICATOR_NAMES["gdpPercap"]),
        dcc.RadioItems(id="xaxis-type", options=["Linear", "Log"], value="Log", inline=True),
    ], style={"width": "48%", "display": "inline-block"}),
    html.Div([
        dcc.Dropdown(id="yaxis-column", options=INDICATORS[:2], value=INDICATOR_NAMES["lifeExp"]),
        dcc.RadioItems(id="yaxis-type", options=["Linear", "Log"], value="Linear", inline=True),
    ], style={"width": "48%", "float": "right", "display": "inline-block"}),
    dcc.Graph(id="indicator-graphic"),
    dcc.Slider(id="year-slider", min=df["Year"].min(), max=df["Year"].max(), step=None, value=df["Year"].max(),
               marks={str(year): str(year) for year in df["Year"].unique()}),
])


@app.callback(
    Output("indicator-graphic", "figure"),
    Input("xaxis-column", "value"), Input("yaxis-column", "value"),
    Input("xaxis-type", "value"), Input("yaxis-type", "value"),
    Input("year-slider", "value"),
)
def update_graph(x_name, y_name, x_type, y_type, year):
    wide = df[df["Year"] == year].pivot(index="Country Name", columns="Indicator Name", values="Value")
    fig = px.scatter(wide, x=x_name, y=y_name)
    fig.update_xaxes(type="log" if x_type == "Log" else "linear")
    fig.update_yaxes(type="log" if y_type == "Log" else "linear")
    return fig
