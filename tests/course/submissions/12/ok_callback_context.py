"""Correct, written differently: callback_context.triggered, a store holding a dict, global @callback."""
from learndash import Dash, Input, Output, State, callback, callback_context, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Store(id="score-store", data=0, storage_type="memory"),
    html.H2(id="score-display"),
    html.Div([html.Button("Reset", id="reset", n_clicks=0), html.Button("+1", id="plus-one", n_clicks=0)]),
])


@callback(Output("score-store", "data"),
          [Input("plus-one", "n_clicks"), Input("reset", "n_clicks")],
          [State("score-store", "data")],
          prevent_initial_call=True)
def bump(_plus, _reset, current):
    fired = callback_context.triggered[0]["prop_id"].split(".")[0]
    return 0 if fired == "reset" else (current or 0) + 1


@callback(Output("score-display", "children"), Input("score-store", "data"))
def render(current):
    return "Score: {}".format(current)
