"""Exercise 05b: an age form that keeps what it can (chapter 5, no_update and PreventUpdate).

One callback writes two outputs: a message and an error line. Sometimes only one of them should
change; `no_update` leaves one Output as it is, and `raise PreventUpdate` leaves all of them.

- R1: Layout: a `dcc.Input` id "age" (type "number", value 30), an `html.Div` id "age-message" and
  an `html.Div` id "age-error".
- R2: ONE callback with two Outputs (the `children` of "age-message" and "age-error") and the box's
  value as its Input. For an age from 0 to 130 it returns "You are 30." and "" (no error).
- R3: For an age below 0 or above 130 it leaves the message as it was (`no_update`) and sets the
  error to "Age must be between 0 and 130."
- R4: For an empty box (value None) it changes nothing at all: `raise PreventUpdate`.

Check your work with `learndash check 05b`.
"""
from learndash import Dash, Input, Output, dcc, html, no_update
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Input(id="age", type="number", value=30),
        html.Div(id="age-message"),
        html.Div(id="age-error"),
    ]
)


@app.callback(Output("age-message", "children"), Input("age", "value"))
def check_age(age):
    # TODO: a second Output, "age-error"; no_update for the message when the age is out of range;
    # TODO: PreventUpdate when the box is empty.
    return ""


if __name__ == "__main__":
    app.run(debug=True)
