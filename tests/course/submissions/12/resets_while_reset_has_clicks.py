"""Mistake (R2): `if reset:` tells the buttons apart, but reset's n_clicks stays above 0, so every +1 after a reset resets again.

feedback: triggered_id
charged once
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("+1", id="plus-one", n_clicks=0), html.Button("Reset", id="reset", n_clicks=0), dcc.Store(id="score-store", data=0), html.Div(id="score-display")])

@app.callback(Output("score-store", "data"), Input("plus-one", "n_clicks"), Input("reset", "n_clicks"), State("score-store", "data"), prevent_initial_call=True)
def change(plus, reset, score):
    if reset:
        return 0
    return score + 1

@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show(score):
    return f"Score: {score}"
