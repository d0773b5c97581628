"""Correct: two @callback functions, df.loc, a module-level column added before the app runs, styled marks, the count in pieces with html.B."""
import learndash as dash
from learndash import dcc, html, Input, Output, callback
import plotly.express as px

df = px.data.gapminder()
df["pop_millions"] = df["pop"] / 1_000_000  # module level, before the app runs

years = df["year"].unique()


def layout():
    return html.Div([
        html.H1("Life expectancy"),
        html.Div(dcc.Graph(id="life-graph")),
        html.Div(
            dcc.Slider(
                min=1952, max=2007, step=None, value=2007, id="year-slider",
                marks={str(y): {"label": str(y), "style": {"color": "#555"}} for y in years},
                tooltip={"placement": "bottom"}, included=False, updatemode="drag",
            ),
            style={"padding": "20px"},
        ),
        html.Div(id="country-count"),
    ])


app = dash.Dash(__name__)
app.layout = layout


@callback(Output("life-graph", "figure"), Input("year-slider", "value"))
def draw(selected_year: int):
    this_year = df.loc[df.year == selected_year]
    fig = px.scatter(this_year, x="gdpPercap", y="lifeExp", size="pop_millions", color="continent",
                     hover_name="country", log_x=True, size_max=55, title=f"Life expectancy in {selected_year}")
    fig.update_layout(transition_duration=500)
    return fig


@callback(Output("country-count", "children"), Input("year-slider", "value"))
def count(selected_year: int):
    n = (df.year == selected_year).sum()
    return [html.B(str(n)), f" countries in {selected_year}"]
