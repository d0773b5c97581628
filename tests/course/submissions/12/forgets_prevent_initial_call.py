"""Mistake (R3): forgets prevent_initial_call, so the score is 1 when the page loads.

feedback: prevent_initial_call=True
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
)
def change_score(plus_clicks, reset_clicks, score):
    if ctx.triggered_id == "reset":
        return 0
    return score + 1


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return f"Score: {score}"
