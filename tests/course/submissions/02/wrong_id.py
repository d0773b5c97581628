"""Mistake (R1): the output div is called "greet", not "greeting".

feedback: greeting
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greet")])


@app.callback(Output("greet", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"
