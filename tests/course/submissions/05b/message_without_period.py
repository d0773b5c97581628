"""Mistake (R2): "You are 30" without its full stop.

feedback: You are 30.
charged once
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


@app.callback(
    Output("age-message", "children"),
    Output("age-error", "children"),
    Input("age", "value"),
)
def check_age(age):
    if age is None:
        raise PreventUpdate
    if age < 0 or age > 130:
        return no_update, "Age must be between 0 and 130."
    return f"You are {age}", ""


if __name__ == "__main__":
    app.run(debug=True)
