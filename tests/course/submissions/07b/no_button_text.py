"""Mistake (R1): the buttons carry no text, so the page shows three blank buttons.

feedback: text
"""
from learndash import Dash, Input, Output, callback_context, ctx, html, no_update

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button(id="red", n_clicks=0),
        html.Button(id="green", n_clicks=0),
        html.Button(id="blue", n_clicks=0),
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
