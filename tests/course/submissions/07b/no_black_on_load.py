"""Mistake (R4): on page load the style is {} instead of {"color": "black"}.

feedback: {"color": "black"}
"""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)
app.layout = html.Div([html.Button("red", id="red", n_clicks=0), html.Button("green", id="green", n_clicks=0),
                       html.Button("blue", id="blue", n_clicks=0), html.Div(id="chosen-colour")])


@app.callback(Output("chosen-colour", "children"), Output("chosen-colour", "style"),
              Input("red", "n_clicks"), Input("green", "n_clicks"), Input("blue", "n_clicks"))
def choose(r, g, b):
    if ctx.triggered_id is None:
        return "Pick a colour.", {}
    return f"You chose {ctx.triggered_id}.", {"color": ctx.triggered_id}
