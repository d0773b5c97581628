"""Mistake (R1): the buttons' ids are capitalised, "Red", "Green", "Blue".

feedback: red
"""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("red", id="Red", n_clicks=0),
        html.Button("green", id="Green", n_clicks=0),
        html.Button("blue", id="Blue", n_clicks=0),
        html.Div(id="chosen-colour"),
    ]
)


@app.callback(
    Output("chosen-colour", "children"),
    Output("chosen-colour", "style"),
    Input("Red", "n_clicks"),
    Input("Green", "n_clicks"),
    Input("Blue", "n_clicks"),
)
def choose(red_clicks, green_clicks, blue_clicks):
    colour = ctx.triggered_id and ctx.triggered_id.lower()
    if colour is None:
        return "Pick a colour.", {"color": "black"}
    return f"You chose {colour}.", {"color": colour}

