"""Correct, written differently: callback B first, the display as pieces, a dict of actions keyed by ctx.triggered_id, no_update for anything else."""
from learndash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Div(id="score-display"),
        html.Div([
            html.Button("+1", id="plus-one", n_clicks=0),
            html.Button("Reset", id="reset", n_clicks=0),
        ]),
        dcc.Store(id="score-store", data=0, storage_type="session"),
    ]
)


@callback(Output("score-display", "children"), Input("score-store", "data"))
def show(score):
    return ["Score: ", html.B(score)]


ACTIONS = {"plus-one": lambda score: score + 1, "reset": lambda score: 0}


@callback(
    Output("score-store", "data"),
    [Input("reset", "n_clicks"), Input("plus-one", "n_clicks")],
    State("score-store", "data"),
    prevent_initial_call=True,
)
def change(_reset, _plus, score):
    action = ACTIONS.get(ctx.triggered_id)
    return action(score) if action else no_update
