"""Chapter 6: chained callbacks. Country radios -> city options -> city value -> a sentence."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

ALL_OPTIONS = {
    "America": ["New York City", "San Francisco", "Cincinnati"],
    "Canada": ["Montréal", "Toronto", "Ottawa"],
}

app.layout = html.Div(
    [
        dcc.RadioItems(id="countries-radio", options=list(ALL_OPTIONS), value="America"),
        html.Hr(),
        dcc.RadioItems(id="cities-radio"),
        html.Hr(),
        html.Div(id="display-selected-values"),
    ]
)


@app.callback(Output("cities-radio", "options"), Input("countries-radio", "value"))
def set_cities_options(selected_country):
    return [{"label": city, "value": city} for city in ALL_OPTIONS[selected_country]]


@app.callback(Output("cities-radio", "value"), Input("cities-radio", "options"))
def set_cities_value(available_options):
    return available_options[0]["value"]


@app.callback(
    Output("display-selected-values", "children"),
    Input("countries-radio", "value"),
    Input("cities-radio", "value"),
)
def set_display_children(selected_country, selected_city):
    # Dash waits for cities-radio.value to be updated before calling this,
    # so the pair is never ("Canada", "New York City").
    return f"{selected_city} is a city in {selected_country}"


if __name__ == "__main__":
    app.run(debug=True)
