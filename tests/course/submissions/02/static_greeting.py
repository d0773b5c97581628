"""Mistake (R1): writes the greeting into the layout too, where the first call overwrites it unseen.

feedback: Leave the greeting's children out
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div("Hello, Dash!", id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"
