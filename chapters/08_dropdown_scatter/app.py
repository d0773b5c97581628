"""Chapter 8: a dropdown filters a scatter. Choose a manufacturer; see fuel efficiency against horsepower."""
from pathlib import Path

import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, dcc, html

# A small cars table that ships next to this file (manufacturer, model, year, cylinders,
# horsepower, weight, mpg). Read once when the app starts.
cars = pd.read_csv(Path(__file__).with_name("cars.csv"))
manufacturers = sorted(cars["manufacturer"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Fuel efficiency vs horsepower"),
        dcc.Dropdown(
            id="manufacturer-dropdown",
            options=[{"label": name, "value": name} for name in manufacturers],
            value=manufacturers[0],
            clearable=False,
        ),
        # No figure here: the callback draws it when the page loads.
        dcc.Graph(id="fuel-efficiency-vs-horsepower-graph"),
    ]
)


@app.callback(
    Output("fuel-efficiency-vs-horsepower-graph", "figure"),
    Input("manufacturer-dropdown", "value"),
)
def update_graph(selected_manufacturer):
    print(f"update_graph called with {selected_manufacturer!r}")  # watch it run on page load, too
    chosen = cars[cars["manufacturer"] == selected_manufacturer]
    return px.scatter(
        chosen,
        x="horsepower",
        y="mpg",
        hover_name="model",
        title=f"{selected_manufacturer}: fuel efficiency vs horsepower",
        labels={"horsepower": "Horsepower", "mpg": "Miles per gallon"},
    )


if __name__ == "__main__":
    app.run(debug=True)
