"""Mistake (R2): picks the button with the most clicks instead of the one clicked now.

feedback: ctx.triggered_id
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
    Input("blue", "n_clicks"),
)
def choose(red_clicks, green_clicks, blue_clicks):
    counts = {"red": red_clicks, "green": green_clicks, "blue": blue_clicks}
    colour = max(counts, key=counts.get) if any(counts.values()) else None
    if colour is None:
        return "Pick a colour.", {"color": "black"}
    return f"You chose {colour}.", {"color": colour}

