"""Correct, written differently: one callback per button, both writing the Store with allow_duplicate=True."""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("+1", id="plus-one", n_clicks=0),
        html.Button("Reset", id="reset", n_clicks=0),
        dcc.Store(id="score-store", data=0),
        html.Div(id="score-display"),
    ]
)


@app.callback(Output("score-store", "data"), Input("plus-one", "n_clicks"), State("score-store", "data"),
              prevent_initial_call=True)
def add_one(_, score):
    return score + 1


@app.callback(Output("score-store", "data", allow_duplicate=True), Input("reset", "n_clicks"), prevent_initial_call=True)
def reset(_):
    return 0


@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show(score):
    return f"Score: {score}"
