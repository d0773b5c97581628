"""Chapter 3: a slider drives a graph. Pick a year; see gapminder's countries for that year."""
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

# Loaded once, when the app starts; every callback only reads it.
df = px.data.gapminder()

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Graph(id="graph-with-slider"),
        dcc.Slider(
            id="year-slider",
            min=int(df["year"].min()),
            max=int(df["year"].max()),
            step=None,
            value=int(df["year"].min()),
            marks={str(year): str(year) for year in df["year"].unique()},
        ),
    ]
)


@app.callback(Output("graph-with-slider", "figure"), Input("year-slider", "value"))
def update_figure(selected_year):
    # --8<-- [start:filter]
    # Boolean indexing makes a new, filtered DataFrame; `df` itself is never changed.
    filtered_df = df[df.year == selected_year]
    # --8<-- [end:filter]
    fig = px.scatter(
        filtered_df,
        x="gdpPercap",
        y="lifeExp",
        size="pop",
        color="continent",
        hover_name="country",
        log_x=True,
        size_max=55,
    )
    fig.update_layout(transition_duration=500)
    return fig


if __name__ == "__main__":
    app.run(debug=True)
