"""Correct: a padding in the style next to the colour (at load too), coloured buttons, the colour looked up in a dict."""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("red", id="red", n_clicks=0, style={"backgroundColor": "#fdd"}),
    html.Button("green", id="green", n_clicks=0, style={"backgroundColor": "#dfd"}),
    html.Button("blue", id="blue", n_clicks=0, style={"backgroundColor": "#ddf"}),
    html.Div(id="chosen-colour", style={"color": "black"}),
])


@app.callback(Output("chosen-colour", "children"), Output("chosen-colour", "style"),
              Input("red", "n_clicks"), Input("green", "n_clicks"), Input("blue", "n_clicks"))
def choose(_r, _g, _b):
    button = ctx.triggered_id
    label = {"red": "red", "green": "green", "blue": "blue"}.get(button)
    if label is None:
        return "Pick a colour.", {"color": "black", "padding": "4px"}
    return f"You chose {label}.", {"color": label, "padding": "4px"}
