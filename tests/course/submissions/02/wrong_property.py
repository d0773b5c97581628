"""Mistake (R2): writes the greeting to the div's title instead of its children.

feedback: greeting.children
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "title"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"
