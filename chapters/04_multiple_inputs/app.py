"""Chapter 4: multiple inputs. Two indicator dropdowns, two linear/log radios and a year slider feed one graph."""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

# An indicator table in "long" form, one row per (country, indicator, year), built from the
# gapminder data that ships with plotly, so the app needs no download.
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
available_indicators = df["Indicator Name"].unique()

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Div(
            [
                html.Div(
                    [
                        dcc.Dropdown(id="xaxis-column", options=available_indicators, value=INDICATOR_NAMES["gdpPercap"]),
                        dcc.RadioItems(
                            id="xaxis-type", options=["Linear", "Log"], value="Log", inline=True
                        ),
                    ],
                    style={"width": "48%", "display": "inline-block"},
                ),
                html.Div(
                    [
                        dcc.Dropdown(id="yaxis-column", options=available_indicators, value=INDICATOR_NAMES["lifeExp"]),
                        dcc.RadioItems(
                            id="yaxis-type", options=["Linear", "Log"], value="Linear", inline=True
                        ),
                    ],
                    style={"width": "48%", "float": "right", "display": "inline-block"},
                ),
            ]
        ),
        dcc.Graph(id="indicator-graphic"),
        dcc.Slider(
            id="year-slider",
            min=int(df["Year"].min()),
            max=int(df["Year"].max()),
            value=int(df["Year"].max()),
            step=None,
            marks={str(year): str(year) for year in df["Year"].unique()},
        ),
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
    # Dash passes the current value of all five Inputs, whichever one changed.
    dff = df[df["Year"] == year_value]
    x_rows = dff[dff["Indicator Name"] == xaxis_column_name]
    y_rows = dff[dff["Indicator Name"] == yaxis_column_name]
    fig = px.scatter(x=x_rows["Value"].to_numpy(), y=y_rows["Value"].to_numpy(), hover_name=y_rows["Country Name"])
    fig.update_layout(margin={"l": 40, "b": 40, "t": 10, "r": 0}, hovermode="closest")
    fig.update_xaxes(title=xaxis_column_name, type="linear" if xaxis_type == "Linear" else "log")
    fig.update_yaxes(title=yaxis_column_name, type="linear" if yaxis_type == "Linear" else "log")
    return fig


if __name__ == "__main__":
    app.run(debug=True)
