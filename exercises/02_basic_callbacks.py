"""Exercise 02: a greeter (chapter 2, basic callbacks).

Build an app that greets whoever types their name.

- R1: The layout has a text box `dcc.Input` with id "name-input", type "text", and initial value
  "Dash", and an `html.Div` with id "greeting" whose children you leave empty (your callback fills them).
- R2: A callback from the text box's `value` to the greeting's `children` returns "Hello, <name>!"
  ("Hello, Ada!" when the box holds "Ada").
- R3: When the box is empty, or holds only spaces, the greeting is "Hello, stranger!".
- R4: The greeting is there as soon as the page loads ("Hello, Dash!"): let the callback run on
  page load.

Check your work with `learndash check 02`.
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Greeter"),
        dcc.Input(id="name-input", type="text", value="Dash"),
        html.Div(id="greeting"),
    ]
)

# TODO: write a callback with Output("greeting", "children") and Input("name-input", "value").
# TODO: return "Hello, <name>!", or "Hello, stranger!" when the name is empty.


if __name__ == "__main__":
    app.run(debug=True)
