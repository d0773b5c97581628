"""Exercise 09b: running totals (chapter 9, pattern matching with MATCH and ALLSMALLER).

- R1: Layout: a button id "add-row" (n_clicks=0) and an empty `html.Div` id "rows" (children=[]).
- R2: Each click appends one row to "rows": a `dcc.Input` with id {"type": "amount", "index": i},
  type "number", value 0, and an `html.Span` with id {"type": "running-total", "index": i}.
  The first row has index 0, the next index 1, and so on.
- R3: Each row's span shows the running total: the sum of its own amount and the amounts of every row
  above it (smaller index), as "Total: 12" (a whole number, not "12.0"). Use Output/Input with
  MATCH for the row itself and Input(..., ALLSMALLER) for the rows above.
- R4: An emptied box (value None) counts as 0.

Check your work with `learndash check 09b`.
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add row", id="add-row", n_clicks=0),
        html.Div(id="rows", children=[]),
    ]
)

# TODO: a callback that appends a row (amount input + running-total span) on each click.

# TODO: a MATCH + ALLSMALLER callback that writes "Total: <sum>" into each row's span.


if __name__ == "__main__":
    app.run(debug=True)
