"""Chapter 1: the layout. A tree of html and dcc components, with no callbacks yet."""
import plotly.express as px

from learndash import Dash, dcc, html

df = px.data.gapminder()
europe_2007 = df[(df.year == 2007) & (df.continent == "Europe")]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Hello learndash", style={"textAlign": "center"}),
        html.P("A layout is a tree: every component's children can hold more components."),
        html.Div(
            [
                html.Label("A dropdown"),
                dcc.Dropdown(id="city", options=["New York City", "Montréal", "San Francisco"], value="Montréal"),
                html.Label("A slider"),
                dcc.Slider(id="level", min=0, max=9, step=1, value=5, marks={i: str(i) for i in range(10)}),
                html.Label("Radio items"),
                dcc.RadioItems(id="unit", options=["Metric", "Imperial"], value="Metric", inline=True),
            ],
            style={"width": "48%", "display": "inline-block"},
        ),
        dcc.Graph(
            id="europe-graph",
            figure=px.bar(europe_2007, x="country", y="lifeExp", title="Life expectancy in Europe, 2007"),
        ),
        dcc.Markdown("Text written in **Markdown** is a component too."),
    ]
)


if __name__ == "__main__":
    app.run(debug=True)
