"""Correct, written differently: match on the trigger, a message helper, a heading.
"""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("red", id="red", n_clicks=0),
        html.Button("green", id="green", n_clicks=0),
        html.Button("blue", id="blue", n_clicks=0),
        html.H3("Your colour"),
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
    match ctx.triggered_id:
        case None:
            return "Pick a colour.", {"color": "black"}
        case picked:
            return message(picked), {"color": picked}


def message(colour):
    return "You chose " + colour + "."

