"""Mistake (R2): finds the clicked button by comparing the counts with the previous ones kept in a global dict, which every tab shares.

feedback: global
charged once
"""
from learndash import Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("red", id="red", n_clicks=0),
    html.Button("green", id="green", n_clicks=0),
    html.Button("blue", id="blue", n_clicks=0),
    html.Div(id="chosen-colour"),
])

previous = {"red": 0, "green": 0, "blue": 0}


@app.callback(Output("chosen-colour", "children"), Output("chosen-colour", "style"),
              Input("red", "n_clicks"), Input("green", "n_clicks"), Input("blue", "n_clicks"))
def choose(red, green, blue):
    now = {"red": red or 0, "green": green or 0, "blue": blue or 0}
    changed = [colour for colour in now if now[colour] > previous[colour]]
    previous.update(now)
    if not changed:
        return "Pick a colour.", {"color": "black"}
    return f"You chose {changed[0]}.", {"color": changed[0]}
