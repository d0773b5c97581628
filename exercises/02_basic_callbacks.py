"""Exercise 02: a greeter (chapter 2, basic callbacks).

Build an app that greets whoever types their name.

1. The layout has a text box `dcc.Input` with id "name-input", type "text", and initial value "Dash",
   and an `html.Div` with id "greeting" (leave its children empty: your callback fills them).
2. Write a callback from the text box's `value` to the greeting's `children`. It returns
   "Hello, <name>!" ("Hello, Ada!" when the box holds "Ada").
3. When the box is empty, or holds only spaces, the greeting is "Hello, stranger!".
4. The greeting must be there as soon as the page loads ("Hello, Dash!"), so let the callback
   run on page load.

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
