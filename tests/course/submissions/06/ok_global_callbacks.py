"""Correct, written differently: the global callback decorator, other names, a sentence helper.
"""
from learndash import Dash, Input, Output, callback, dcc, html

CAPITALS = {
    "Europe": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "Asia": {"Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok"},
    "Africa": {"Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo"},
}

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.RadioItems(id="continent-radio", options=list(CAPITALS), value="Europe"),
        dcc.Dropdown(id="country-dropdown"),
        html.Div(id="capital-sentence"),
    ]
)


@callback(Output("country-dropdown", "options"), Input("continent-radio", "value"))
def set_country_options(continent):
    return [{"label": country, "value": country} for country in CAPITALS[continent]]


@callback(Output("country-dropdown", "value"), Input("country-dropdown", "options"))
def set_country_value(options):
    return options[0]["value"]


@callback(
    Output("capital-sentence", "children"),
    Input("continent-radio", "value"),
    Input("country-dropdown", "value"),
)
def show_capital(chosen_continent, chosen_country):
    return describe(chosen_continent, chosen_country)


def describe(continent, country):
    return "{} is the capital of {}, in {}.".format(CAPITALS[continent][country], country, continent)

