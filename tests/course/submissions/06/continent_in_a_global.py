"""Mistake (R4): the options callback stores the continent in a global, which the sentence reads: another user's choice leaks into my sentence.

feedback: global
charged once
"""
from learndash import Dash, Input, Output, dcc, html

CAPITALS = {
    "Europe": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "Asia": {"Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok"},
    "Africa": {"Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo"},
}

current = {"continent": "Europe"}
app = Dash(__name__)
app.layout = html.Div([
    dcc.RadioItems(id="continent-radio", options=list(CAPITALS), value="Europe"),
    dcc.Dropdown(id="country-dropdown"),
    html.Div(id="capital-sentence"),
])


@app.callback(Output("country-dropdown", "options"), Input("continent-radio", "value"))
def options(continent):
    current["continent"] = continent
    return list(CAPITALS[continent])


@app.callback(Output("country-dropdown", "value"), Input("country-dropdown", "options"))
def first(options):
    return options[0]


@app.callback(Output("capital-sentence", "children"), Input("country-dropdown", "value"))
def say(country):
    continent = current["continent"]
    return f"{CAPITALS[continent][country]} is the capital of {country}, in {continent}."
