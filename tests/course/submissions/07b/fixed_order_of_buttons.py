"""Mistake (R2): picks the colour by a fixed order of the buttons clicked at least once (blue, then green, then red).

feedback: triggered_id
charged once
"""
from learndash import Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([html.Button("red", id="red", n_clicks=0), html.Button("green", id="green", n_clicks=0), html.Button("blue", id="blue", n_clicks=0), html.Div(id="chosen-colour")])

@app.callback(Output("chosen-colour", "children"), Output("chosen-colour", "style"), Input("red", "n_clicks"), Input("green", "n_clicks"), Input("blue", "n_clicks"))
def choose(red, green, blue):
    for colour, clicks in (("blue", blue), ("green", green), ("red", red)):
        if clicks:
            return f"You chose {colour}.", {"color": colour}
    return "Pick a colour.", {"color": "black"}
