"""Correct, written differently: plain-string options, helpers, keyword dependencies, a heading.
"""
from learndash import Dash, Input, Output, dcc, html

CAPITALS = {
    "Europe": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "Asia": {"Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok"},
    "Africa": {"Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo"},
}

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Capitals"),
        dcc.RadioItems(id="continent-radio", options=list(CAPITALS), value="Europe"),
        dcc.Dropdown(id="country-dropdown"),
        html.Div(id="capital-sentence"),
    ]
)


def countries_of(continent):
    return CAPITALS.get(continent, {})


@app.callback(Output("country-dropdown", "options"), Input("continent-radio", "value"))
def set_country_options(continent):
    return list(countries_of(continent))


@app.callback(Output("country-dropdown", "value"), Input("country-dropdown", "options"))
def set_country_value(options):
    first = options[0]
    return first if isinstance(first, str) else first["value"]


@app.callback(
    Output("capital-sentence", "children"),
    Input("continent-radio", "value"),
    Input("country-dropdown", "value"),
)
def show_capital(continent, country):
    capital = CAPITALS[continent][country]
    return f"{capital} is the capital of {country}, in {continent}."

