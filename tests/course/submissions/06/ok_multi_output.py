"""Correct, written differently: options and value set by one callback, plain-string options, a helper."""
from learndash import Dash, Input, Output, dcc, html

COUNTRIES_BY_CONTINENT = {
    "Europe": ["France", "Italy", "Spain"],
    "Asia": ["Japan", "India", "Thailand"],
    "Africa": ["Kenya", "Ghana", "Egypt"],
}
CAPITAL_OF = {
    "France": "Paris", "Italy": "Rome", "Spain": "Madrid",
    "Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok",
    "Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo",
}


def describe(continent, country):
    return f"{CAPITAL_OF[country]} is the capital of {country}, in {continent}."


app = Dash(__name__)
app.layout = html.Div(
    [
        html.Div([html.Label("Continent"), dcc.RadioItems(["Europe", "Asia", "Africa"], "Europe", id="continent-radio")]),
        html.Div([html.Label("Country"), dcc.Dropdown(id="country-dropdown", clearable=False)]),
        html.P(id="capital-sentence"),
    ]
)


@app.callback(
    Output("country-dropdown", "options"),
    Output("country-dropdown", "value"),
    Input("continent-radio", "value"),
)
def fill_countries(chosen):
    countries = COUNTRIES_BY_CONTINENT[chosen]
    return countries, countries[0]


@app.callback(
    Output("capital-sentence", "children"),
    [Input("continent-radio", "value"), Input("country-dropdown", "value")],
)
def sentence(chosen, country):
    return describe(chosen, country)
