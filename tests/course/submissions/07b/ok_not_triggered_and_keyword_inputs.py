"""Correct: `if not ctx.triggered` for the page load, keyword-grouped Inputs, a list of Outputs, capitalised button text."""
from learndash import Dash, Input, Output, ctx, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Red", id="red", n_clicks=0), html.Button("Green", id="green", n_clicks=0), html.Button("Blue", id="blue", n_clicks=0), html.Div(id="chosen-colour")])

@app.callback(output=[Output("chosen-colour", "children"), Output("chosen-colour", "style")],
              inputs=dict(r=Input("red", "n_clicks"), g=Input("green", "n_clicks"), b=Input("blue", "n_clicks")))
def choose(r, g, b):
    if not ctx.triggered:
        return "Pick a colour.", {"color": "black"}
    colour = ctx.triggered_id
    return f"You chose {colour}.", {"color": colour}
