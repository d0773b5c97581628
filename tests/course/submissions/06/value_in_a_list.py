"""Mistake (R3): returns [options[0]["value"]], a list, for the single Output the dropdown's value.

feedback: inside a list
charged once
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
    return [options[0]["value"]]


@app.callback(
    Output("capital-sentence", "children"),
    Input("continent-radio", "value"),
    Input("country-dropdown", "value"),
)
def show_capital(continent, country):
    capital = CAPITALS[continent][country]
    return f"{capital} is the capital of {country}, in {continent}."


if __name__ == "__main__":
    app.run(debug=True)
