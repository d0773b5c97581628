"""Correct: a session Store (one per tab), callback_context.triggered, Inputs and State in lists, a None guard, a layout function, global callbacks."""
import learndash as dash
from learndash import Input, Output, State, callback, dcc, html


def layout():
    return html.Div([
        dcc.Store(id="score-store", data=0, storage_type="session"),
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
