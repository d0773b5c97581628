"""Mistake (R5): keeps the score in a global that each new page resets, so a second tab wipes the first tab's score.

feedback: global
"""
from learndash import Dash, Input, Output, State, ctx, dcc, html

app = Dash(__name__)

score = 0


def serve_layout():
    global score
    score = 0  # a fresh page starts a fresh score
    return html.Div(
        [
            html.Button("+1", id="plus-one", n_clicks=0),
            html.Button("Reset", id="reset", n_clicks=0),
            dcc.Store(id="score-store", data=0),
            html.Div(id="score-display"),
        ]
    )


app.layout = serve_layout


@app.callback(
    Output("score-store", "data"),
    Input("plus-one", "n_clicks"),
    Input("reset", "n_clicks"),
    State("score-store", "data"),
    prevent_initial_call=True,
)
def change_score(plus_clicks, reset_clicks, stored):
    global score
    if ctx.triggered_id == "reset":
        score = 0
    else:
        score += 1
    return score


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(value):
    return f"Score: {value}"
