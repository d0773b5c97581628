"""Mistake (R3): PreventUpdate on the page-load call instead of prevent_initial_call, so the display is skipped too.

feedback: did not run when the page loaded
"""
from learndash import Dash, Input, Output, State, callback, ctx, dcc, html
from learndash.exceptions import PreventUpdate

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
)
def change_score(plus_clicks, reset_clicks, score):
    if ctx.triggered_id is None:
        raise PreventUpdate
    return next_score(ctx.triggered_id, score)


def next_score(button, score):
    return 0 if button == "reset" else score + 1


@callback(Output("score-display", "children"), Input("score-store", "data"))
def show_score(score):
    return f"Score: {score}"

