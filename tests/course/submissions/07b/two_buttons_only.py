"""Mistake (R2): forgets the blue button's Input, so clicking blue changes nothing.

feedback: blue.n_clicks
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


@app.callback(
    Output("chosen-colour", "children"),
    Output("chosen-colour", "style"),
    Input("red", "n_clicks"),
    Input("green", "n_clicks"),
)
def choose(red_clicks, green_clicks):
    colour = ctx.triggered_id
    if colour is None:
        return "Pick a colour.", {"color": "black"}
    return f"You chose {colour}.", {"color": colour}

