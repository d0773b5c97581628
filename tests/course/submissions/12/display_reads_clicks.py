"""Mistake (R4): the display reads plus-one.n_clicks instead of the Store, so reset leaves the display at the old count.

feedback: Score: 0
"""
from learndash import Dash, Input, Output, State, callback, callback_context, ctx, dcc, html, no_update
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("+1", id="plus-one", n_clicks=0),
        html.Button("Reset", id="reset", n_clicks=0),
        dcc.Store(id="score-store", data=0),
        html.Div(id="score-display"),
    ]
)


@app.callback(Output("score-store", "data"), Input("plus-one", "n_clicks"), Input("reset", "n_clicks"),
              State("score-store", "data"), prevent_initial_call=True)
def change(plus, reset, score):
    if ctx.triggered_id == "reset":
        return 0
    return score + 1


@app.callback(Output("score-display", "children"), Input("plus-one", "n_clicks"))
def show(clicks):
    return f"Score: {clicks}"
