"""Correct, written differently: options labelled with the capital, the value callback reads the options' values, the sentence guards a country of another continent with no_update."""
from learndash import Dash, Input, Output, dcc, html, no_update

CAPITALS = {
    "Europe": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "Asia": {"Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok"},
    "Africa": {"Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo"},
}

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.RadioItems(id="continent-radio", options=[{"label": c, "value": c} for c in CAPITALS], value="Europe"),
        html.Div(dcc.Dropdown(id="country-dropdown", clearable=False)),
        html.P(id="capital-sentence"),
    ]
)


@app.callback(Output("capital-sentence", "children"), Input("country-dropdown", "value"), Input("continent-radio", "value"))
def show_capital(country, continent):
    if country not in CAPITALS[continent]:
        return no_update
    return [html.B(CAPITALS[continent][country]), f" is the capital of {country}, in {continent}."]


@app.callback(Output("country-dropdown", "value"), Input("country-dropdown", "options"))
def first_country(options):
    values = [option["value"] for option in options]
    return values[0]


@app.callback(Output("country-dropdown", "options"), Input("continent-radio", "value"))
def countries(continent):
    return [{"label": f"{country} ({capital})", "value": country} for country, capital in CAPITALS[continent].items()]
