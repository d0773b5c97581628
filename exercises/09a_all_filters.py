"""Exercise 09a: as many filters as you like (chapter 9, pattern matching with ALL).

- R1: Layout: a button id "add-filter" (n_clicks=0), an empty `html.Div` id "filter-container"
  (children=[]), and an `html.Div` id "filter-summary".
- R2: Each click on "add-filter" appends one `dcc.Dropdown` to "filter-container" with
  id {"type": "city-filter", "index": i}, options ["NYC", "MTL", "LA", "TOKYO"] and no value yet.
  The first dropdown has index 0, the second index 1, and so on.
- R3: Dropdowns already there keep the value the user chose (read the container's children as State).
- R4: "filter-summary" lists every dropdown, in order, as one string:
  "Filter 1: NYC; Filter 2: none" (use "none" for a dropdown with no value yet).
- R5: With no dropdowns at all it reads "No filters yet." (a callback whose only Input uses ALL still
  runs when nothing matches: it gets an empty list).

Check your work with `learndash check 09a`.
"""
from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add filter", id="add-filter", n_clicks=0),
        html.Div(id="filter-container", children=[]),
        html.Div(id="filter-summary"),
    ]
)

# TODO: a callback that appends a dcc.Dropdown with a pattern-matching id on each click.

# TODO: a callback from Input({"type": "city-filter", "index": ALL}, "value") to the summary.


if __name__ == "__main__":
    app.run(debug=True)
