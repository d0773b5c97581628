"""Mistake (R3): sets the value to the whole first option dict instead of its "value".

feedback: options[0]["value"]
"""
from learndash import Dash, Input, Output, State, dcc, html

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



@app.callback(Output("country-dropdown", "options"), Input("continent-radio", "value"))
def set_country_options(continent):
    return [{"label": country, "value": country} for country in CAPITALS[continent]]


@app.callback(Output("country-dropdown", "value"), Input("country-dropdown", "options"))
def set_country_value(options):
    return options[0]


@app.callback(
    Output("capital-sentence", "children"),
    Input("continent-radio", "value"),
    Input("country-dropdown", "value"),
)
def show_capital(continent, country):
    return f"{CAPITALS[continent][country]} is the capital of {country}, in {continent}."

