"""Mistake (R2): shouts the name in capitals, "Hello, ADA!", not the name as typed.

feedback: exactly as typed
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name.upper()}!"
