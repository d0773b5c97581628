"""Mistake (R1): the Store has no data=0, and the display shows nothing for a score of None: it ran at page load as it should, so R3 is not charged again.

feedback: data=0
charged once
"""
from learndash import Dash, Input, Output, State, ctx, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("+1", id="plus-one", n_clicks=0),
        html.Button("Reset", id="reset", n_clicks=0),
        dcc.Store(id="score-store"),
        html.Div(id="score-display"),
    ]
)


@app.callback(
    Output("score-store", "data"),
    Input("plus-one", "n_clicks"),
    Input("reset", "n_clicks"),
    State("score-store", "data"),
    prevent_initial_call=True,
)
def change_score(plus_clicks, reset_clicks, score):
    if ctx.triggered_id == "reset":
        return 0
    return (score or 0) + 1


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return "" if score is None else f"Score: {score}"


if __name__ == "__main__":
    app.run(debug=True)
