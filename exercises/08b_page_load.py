"""Exercise 08b: what runs when the page loads (chapter 8, initial calls and prevent_initial_call).

Every callback runs once when the page loads, with the components' first values, unless it says
`prevent_initial_call=True`. Some callbacks should (a graph drawn from the dropdown's first value);
some should not (a "Save" button nobody has pressed yet).

- R1: Layout: a `dcc.Dropdown` id "maker" offering the makers of CARS (value "Acura"), a
  `dcc.Graph` id "mpg-graph", a button id "save" (n_clicks=0, text "Save") and an `html.Div` id
  "saved-note".
- R2: A callback from the maker's value draws the graph: a scatter of that maker's cars,
  x = "horsepower", y = "mpg".
- R3: Let that callback draw the first graph when the page loads: put no figure in the layout, and
  no prevent_initial_call on it.
- R4: A second callback, from the button's clicks with the maker as State, writes
  "Saved BMW (1 time)" to "saved-note": the maker shown when the button was pressed, and how many
  times it was pressed ("1 time", "2 times").
- R5: Nothing is saved when the page loads: the note stays empty until the first click
  (prevent_initial_call=True on the save callback).

Check your work with `learndash check 08b`.
"""
import pandas as pd
import plotly.express as px

from learndash import Dash, Input, Output, State, dcc, html

CARS = pd.DataFrame(
    {
        "maker": ["Acura", "Acura", "Acura", "BMW", "BMW", "BMW", "Honda", "Honda", "Honda"],
        "horsepower": [140, 200, 270, 138, 184, 333, 102, 160, 240],
        "mpg": [28, 21, 24, 26, 23, 19, 34, 30, 24],
    }
)
MAKERS = sorted(CARS["maker"].unique())

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Dropdown(id="maker", options=MAKERS, value="Acura"),
        dcc.Graph(id="mpg-graph", figure=px.scatter(CARS, x="horsepower", y="mpg")),  # TODO: the callback draws it
        html.Button("Save", id="save", n_clicks=0),
        html.Div(id="saved-note"),
    ]
)

# TODO: the graph callback (runs on page load) and the save callback (does not).


if __name__ == "__main__":
    app.run(debug=True)
