"""Correct, written differently: the colour in bold, html.B inside a list of children; the page reads "You chose red."
"""
from learndash import Dash, Input, Output, callback_context, ctx, html, no_update

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Red", id="red", n_clicks=0),
        html.Button("Green", id="green", n_clicks=0),
        html.Button("Blue", id="blue", n_clicks=0),
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
    styles = {"red": {"color": "red"}, "green": {"color": "green"}, "blue": {"color": "blue"}}
    clicked = callback_context.triggered_id
    if not clicked:
        return "Pick a colour.", {"color": "black"}
    return ["You chose ", html.B(clicked), "."], styles[clicked]
