"""Mistake (R2): returns [score + 1], a list, for the single Output score-store.data.

feedback: list
charged once
"""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output, State

app = dash.Dash(__name__)
app.layout = html.Div([
    html.Button("+1", id="plus-one", n_clicks=0),
    html.Button("Reset", id="reset", n_clicks=0),
    dcc.Store(id="score-store", data=0),
    html.Div(id="score-display"),
])


@app.callback(Output("score-store", "data"), [Input("plus-one", "n_clicks"), Input("reset", "n_clicks")],
              [State("score-store", "data")], prevent_initial_call=True)
def update_score(plus, reset, score):
    if dash.callback_context.triggered_id == "reset":
        return [0]
    if isinstance(score, list):
        score = score[0]
    return [score + 1]


@app.callback(Output("score-display", "children"), [Input("score-store", "data")])
def show_score(score):
    return f"Score: {score}"
