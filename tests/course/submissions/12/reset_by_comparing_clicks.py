"""Mistake (R2): tells the buttons apart by comparing click counts, so reset works only while it has more clicks than +1.

feedback: triggered_id
charged once
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("+1", id="plus-one", n_clicks=0), html.Button("Reset", id="reset", n_clicks=0), dcc.Store(id="score-store", data=0), html.Div(id="score-display")])

@app.callback(Output("score-store", "data"), Input("plus-one", "n_clicks"), Input("reset", "n_clicks"), State("score-store", "data"), prevent_initial_call=True)
def change(plus, reset, score):
    if reset > plus:
        return 0
    return score + 1

@app.callback(Output("score-display", "children"), Input("score-store", "data"))
def show(score):
    return f"Score: {score}"
