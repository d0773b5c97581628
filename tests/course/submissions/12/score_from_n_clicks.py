"""Mistake (R2): shows n_clicks as the score, so reset does nothing to the next +1.

feedback: not to n_clicks
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
    prevent_initial_call=True,
)
def change_score(plus_clicks, reset_clicks):
    if ctx.triggered_id == "reset":
        return 0
    return plus_clicks


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return f"Score: {score}"
