"""Exercise 06: capitals of the world (chapter 6, chained callbacks).

Three components, three callbacks, one chain: continent -> country options -> country value -> sentence.

- R1: Layout: `dcc.RadioItems` id "continent-radio" (options: the keys of CAPITALS in their order,
  value "Europe"), `dcc.Dropdown` id "country-dropdown", and `html.Div` id "capital-sentence".
- R2: Callback 1: when the continent changes, set the dropdown's `options` to that continent's
  countries, in the order of CAPITALS (plain strings or {"label", "value"} dicts both work).
- R3: Callback 2: when the dropdown's options change, set its `value` to the first country.
- R4: Callback 3: from the continent and the country (both Inputs), write the sentence, e.g.
  "Paris is the capital of France, in Europe."
  Dash waits for callback 2 before it calls callback 3, so the pair is never inconsistent.

Check your work with `learndash check 06`.
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
    # TODO: return the countries of `continent`
    return []


# TODO: callback 2, options -> value (the first country)

# TODO: callback 3, continent + country -> "Paris is the capital of France, in Europe."


if __name__ == "__main__":
    app.run(debug=True)
