"""Mistake (R5): the Store has storage_type="local", which a browser shares between all its tabs (each tab sees the others' writes), so two tabs have one score.

feedback: every tab of the browser
"""
import learndash as dash
from learndash import Input, Output, State, callback, dcc, html


def layout():
    return html.Div([
        dcc.Store(id="score-store", data=0, storage_type="local"),
        html.Div([html.Button("+1", id="plus-one", n_clicks=0), html.Button("Reset", id="reset", n_clicks=0)]),
        html.H2(html.Div(id="score-display")),
    ])


app = dash.Dash(__name__)
app.layout = layout


@callback(Output("score-store", "data"), [Input("plus-one", "n_clicks"), Input("reset", "n_clicks")],
          [State("score-store", "data")], prevent_initial_call=True)
def update_score(_plus: int, _reset: int, current: int | None) -> int:
    button = dash.callback_context.triggered[0]["prop_id"].split(".")[0]
    if button == "reset":
        return 0
    return (current or 0) + 1


@callback(Output("score-display", "children"), Input("score-store", "data"))
def show(score: int) -> str:
    return "Score: {}".format(score)
