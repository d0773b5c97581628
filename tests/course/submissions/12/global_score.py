"""Mistake (R5): the score is a global, and the store is only a copy of it: tabs share one score.

feedback: Python global
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

SCORE = {"value": 0}


@app.callback(
    Output("score-store", "data"),
    Input("plus-one", "n_clicks"),
    Input("reset", "n_clicks"),
    prevent_initial_call=True,
)
def change_score(plus_clicks, reset_clicks):
    SCORE["value"] = 0 if ctx.triggered_id == "reset" else SCORE["value"] + 1
    return SCORE["value"]


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return f"Score: {score}"
