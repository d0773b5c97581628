"""Correct, written differently: filters with .loc into a copy, then adds a column to the copy only.
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
    rows = df.loc[df["year"] == year].copy()
    rows["gdp_thousands"] = rows["gdpPercap"] / 1000
    figure = px.scatter(rows, x="gdpPercap", y="lifeExp", size="pop", hover_data=["gdp_thousands"])
    return figure, f"{rows.shape[0]} countries in {year}"


if __name__ == "__main__":
    app.run(debug=True)
