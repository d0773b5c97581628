"""Mistake (R2): compares ctx.triggered_id with "plus_one", an id the layout does not have, so every click resets the score.

feedback: as the layout spells them
"""
from learndash import Dash, Input, Output, State, ctx, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("+1", id="plus-one", n_clicks=0),
        html.Button("Reset", id="reset", n_clicks=0),
        dcc.Store(id="score-store", data=0),
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
    if ctx.triggered_id == "plus_one":
        return score + 1
    return 0


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return f"Score: {score}"


if __name__ == "__main__":
    app.run(debug=True)
