"""Chapter 11: testing your app. A tip calculator whose logic lives in a plain function, easy to test."""
from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Label(["Bill ($) ", dcc.Input(id="bill", type="number", value=50)]),
        dcc.RadioItems(id="tip-percent", options=[10, 15, 20], value=15, inline=True),
        html.Div(id="tip-output"),
    ]
)


def tip_summary(bill: float, percent: float) -> str:
    """The sentence the app shows; a plain function, so a test can call it without any app."""
    tip = bill * percent / 100
    return f"Tip: ${tip:.2f}, total: ${bill + tip:.2f}"


@app.callback(Output("tip-output", "children"), Input("bill", "value"), Input("tip-percent", "value"))
def update_tip(bill, percent):
    if bill is None:  # the box is empty (or not a number): keep the last answer on screen
        raise PreventUpdate
    return tip_summary(bill, percent)


if __name__ == "__main__":
    app.run(debug=True)
