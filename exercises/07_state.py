"""Exercise 07: a sign-up form (chapter 7, State).

- R1: Layout: `dcc.Input`s "first-name" (value "Ada") and "last-name" (value "Lovelace"), a button
  "submit-button" (n_clicks=0, text "Submit"), and an `html.Div` "form-output".
- R2: A callback that runs when the button is clicked (its `n_clicks` is the one Input) and reads
  both names as State. It writes "Submitted: Ada Lovelace (submission 1)" to "form-output", where
  the number is how many times the button has been clicked.
- R3: Typing in the boxes must not change "form-output" until the next click.
- R4: Before the first click "form-output" stays empty: use prevent_initial_call=True (and put no
  text in the layout's div).

Check your work with `learndash check 07`.
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="first-name", type="text", value="Ada"),
        dcc.Input(id="last-name", type="text", value="Lovelace"),
        html.Button("Submit", id="submit-button", n_clicks=0),
        html.Div(id="form-output"),
    ]
)


@app.callback(
    Output("form-output", "children"),
    Input("first-name", "value"),  # TODO: this fires on every keystroke; use the button and State
)
def submit(first):
    return f"Submitted: {first}"


if __name__ == "__main__":
    app.run(debug=True)
