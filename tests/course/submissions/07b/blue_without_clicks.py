"""Mistake (R1): the blue button has no n_clicks=0.

feedback: n_clicks=0
"""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("red", id="red", n_clicks=0),
        html.Button("green", id="green", n_clicks=0),
        html.Button("blue", id="blue"),
        html.Div(id="chosen-colour"),
    ]
)


@app.callback(
    Output("chosen-colour", "children"),
    Output("chosen-colour", "style"),
    Input("red", "n_clicks"),
    Input("green", "n_clicks"),
    Input("blue", "n_clicks"),
)
def choose(red_clicks, green_clicks, blue_clicks):
    colour = ctx.triggered_id
    if colour is None:
        return "Pick a colour.", {"color": "black"}
    return f"You chose {colour}.", {"color": colour}

