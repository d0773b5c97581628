"""Correct: nested keyword-grouped Inputs (a dict of the two buttons) and State, a dict of button actions keyed by ctx.triggered_id."""
from learndash import Dash, Input, Output, State, callback, ctx, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("+1", id="plus-one", n_clicks=0), html.Button("Reset", id="reset", n_clicks=0), dcc.Store(id="score-store", data=0), html.Div(id="score-display")])
ACTIONS = {"plus-one": lambda score: score + 1, "reset": lambda score: 0}

@callback(Output("score-store", "data"), inputs=dict(clicks=dict(plus=Input("plus-one", "n_clicks"), reset=Input("reset", "n_clicks"))),
          state=dict(score=State("score-store", "data")), prevent_initial_call=True)
def change(clicks, score):
    return ACTIONS[ctx.triggered_id](score)

@callback(Output("score-display", "children"), Input("score-store", "data"))
def show(score):
    return f"Score: {score}"
