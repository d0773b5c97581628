"""Mistake (R3): tests `if not name` only, so a name of spaces is greeted "Hello,    !".

feedback: blank
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name:
        return "Hello, stranger!"
    return f"Hello, {name}!"
