"""Mistake (R3): forgets the empty-name case, so a blank box gives "Hello, !".

feedback: stranger
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    return f"Hello, {name}!"
