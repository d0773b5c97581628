"""Correct, written differently: buttons built in a loop, the global callback, extra style keys.
"""
from learndash import Dash, Input, Output, callback, ctx, html

app = Dash(__name__)

app.layout = html.Div(
    [
        *[html.Button(name, id=name, n_clicks=0, style={"margin": 4}) for name in ("red", "green", "blue")],
        html.Div(id="chosen-colour"),
    ]
)


@callback(
    Output("chosen-colour", "children"),
    Output("chosen-colour", "style"),
    Input("red", "n_clicks"),
    Input("green", "n_clicks"),
    Input("blue", "n_clicks"),
)
def choose(*clicks):
    colour = ctx.triggered_id
    if colour is None:
        return "Pick a colour.", {"color": "black"}
    return f"You chose {colour}.", {"color": colour}

