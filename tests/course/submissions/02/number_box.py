"""Mistake (R1): the text box is type="search", not type="text".

feedback: type="text"
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="search", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"
