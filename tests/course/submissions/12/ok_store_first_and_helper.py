"""Correct, written differently: the global callback, a helper, the Store first in the layout.
"""
from learndash import Dash, Input, Output, State, callback, ctx, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        dcc.Store(id="score-store", data=0, storage_type="memory"),
        html.Div([html.Button("+1", id="plus-one", n_clicks=0), html.Button("Reset", id="reset", n_clicks=0)]),
        html.Div(id="score-display"),
    ]
)


@callback(
    Output("score-store", "data"),
    Input("plus-one", "n_clicks"),
    Input("reset", "n_clicks"),
    State("score-store", "data"),
    prevent_initial_call=True,
)
def change_score(plus_clicks, reset_clicks, score):
    return next_score(ctx.triggered_id, score)


def next_score(button, score):
    return 0 if button == "reset" else score + 1


@callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return f"Score: {score}"

