"""Correct, written differently: keyword-named inputs, graph_objects, separate series per axis, a log helper."""
import plotly.express as px
import plotly.graph_objects as go

from learndash import Dash, Input, Output, dcc, html

NAMES = {"lifeExp": "Life expectancy at birth (years)", "gdpPercap": "GDP per capita (US$, inflation-adjusted)",
         "pop": "Population, total"}
long_table = px.data.gapminder().melt(id_vars=["country", "year"], value_vars=list(NAMES), var_name="code", value_name="Value")
long_table["Indicator Name"] = long_table["code"].map(NAMES)


def scale(choice):
    return {"Log": "log", "Linear": "linear"}[choice]


def series(year, name):
    chosen = long_table[(long_table.year == year) & (long_table["Indicator Name"] == name)]
    return chosen.set_index("country")["Value"]


app = Dash(__name__)
app.layout = html.Div([
    html.Div([dcc.Dropdown(list(NAMES.values()), NAMES["gdpPercap"], id="xaxis-column"),
              dcc.RadioItems(["Linear", "Log"], "Log", id="xaxis-type")]),
    html.Div([dcc.Dropdown(list(NAMES.values()), NAMES["lifeExp"], id="yaxis-column"),
              dcc.RadioItems(["Linear", "Log"], "Linear", id="yaxis-type")]),
    dcc.Graph(id="indicator-graphic"),
    dcc.Slider(1952, 2007, step=None, value=2007, id="year-slider", marks={int(y): str(y) for y in long_table.year.unique()}),
])


@app.callback(
    Output("indicator-graphic", "figure"),
    [Input("xaxis-column", "value"), Input("yaxis-column", "value"), Input("xaxis-type", "value"),
     Input("yaxis-type", "value"), Input("year-slider", "value")],
)
def redraw(x_indicator, y_indicator, x_scale, y_scale, year):
    xs, ys = series(year, x_indicator), series(year, y_indicator)
    fig = go.Figure(go.Scatter(x=xs.values, y=ys.loc[xs.index].values, mode="markers"))
    fig.update_layout(xaxis={"type": scale(x_scale)}, yaxis={"type": scale(y_scale)})
    return fig
