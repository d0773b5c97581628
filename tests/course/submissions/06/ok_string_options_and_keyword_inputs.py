"""Correct: global @callback, dict options on the radio, plain-string country options, keyword Inputs, str.format, an html.H3 and a Label around the radio."""
from learndash import Dash, Input, Output, callback, dcc, html

CAPITALS = {
    "Europe": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "Asia": {"Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok"},
    "Africa": {"Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo"},
}
app = Dash(__name__)
app.layout = html.Div([html.Label(["Continent", dcc.RadioItems(id="continent-radio", options=[{"label": c, "value": c} for c in CAPITALS], value="Europe")]),
                       html.Div(dcc.Dropdown(id="country-dropdown")), html.H3(id="capital-sentence")])

@callback(Output("country-dropdown", "options"), Input("continent-radio", "value"))
def options(continent):
    return list(CAPITALS[continent].keys())

@callback(Output("country-dropdown", "value"), Input("country-dropdown", "options"))
def first(options):
    first = options[0]
    return first["value"] if isinstance(first, dict) else first

@callback(Output("capital-sentence", "children"), inputs=dict(continent=Input("continent-radio", "value"), country=Input("country-dropdown", "value")))
def sentence(continent, country):
    if country not in CAPITALS[continent]:
        return ""
    return "{} is the capital of {}, in {}.".format(CAPITALS[continent][country], country, continent)
