"""Mistake (R2): greets with "Hi, <name>!" instead of the required "Hello, <name>!".

feedback: Hello, {name}!
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hi, {name}!"
