"""Mistake (R4): adds a column to the global df in the callback; the graph still works, but every user's data changes.

feedback: global df
"""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

df = px.data.gapminder()
YEARS = sorted(df["year"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Graph(id="life-graph"),
        dcc.Slider(
            id="year-slider",
            min=int(YEARS[0]),
            max=int(YEARS[-1]),
            step=None,
            value=int(YEARS[-1]),
            marks={str(year): str(year) for year in YEARS},
        ),
        html.Div(id="country-count"),
    ]
)


@app.callback(
    Output("life-graph", "figure"),
    Output("country-count", "children"),
    Input("year-slider", "value"),
)
def update_year(year):
    df["gdp_thousands"] = df["gdpPercap"] / 1000
    rows = df[df["year"] == year]
    figure = px.scatter(rows, x="gdpPercap", y="lifeExp", hover_name="country")
    return figure, f"{len(rows)} countries in {year}"


if __name__ == "__main__":
    app.run(debug=True)
