"""Correct, written differently: a helper that builds both outputs, query(), the global callback.
"""
import plotly.express as px

from learndash import Dash, Input, Output, callback, dcc, html

df = px.data.gapminder()
YEARS = sorted(df["year"].unique())

app = Dash(__name__)
app.layout = html.Div(
    [
        dcc.Graph(id="life-graph"),
        dcc.Slider(id="year-slider", min=1952, max=2007, step=None, value=2007,
                   marks={str(year): str(year) for year in YEARS}),
        html.Div(id="country-count"),
    ]
)


def outputs_for(chosen):
    subset = df.query("year == @chosen")
    return px.scatter(subset, x="gdpPercap", y="lifeExp", hover_name="country"), f"{subset.shape[0]} countries in {chosen}"


@callback([Output("life-graph", "figure"), Output("country-count", "children")], [Input("year-slider", "value")])
def on_year(selected_year):
    return outputs_for(selected_year)
