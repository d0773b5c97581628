"""Correct, written differently: ctx.triggered[0]['prop_id'], Outputs in a list, a lookup table.
"""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("red", id="red", n_clicks=0),
        html.Button("green", id="green", n_clicks=0),
        html.Button("blue", id="blue", n_clicks=0),
        html.Div(id="chosen-colour"),
    ]
)


LABELS = {"red": "You chose red.", "green": "You chose green.", "blue": "You chose blue."}


@app.callback(
    [Output("chosen-colour", "children"), Output("chosen-colour", "style")],
    Input("red", "n_clicks"),
    Input("green", "n_clicks"),
    Input("blue", "n_clicks"),
)
def choose(red_clicks, green_clicks, blue_clicks):
    fired = ctx.triggered[0]["prop_id"].split(".")[0]
    if fired not in LABELS:
        return ["Pick a colour.", {"color": "black"}]
    return [LABELS[fired], {"color": fired}]

