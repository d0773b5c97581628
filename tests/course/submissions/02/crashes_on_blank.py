"""Mistake (R3): calls .upper() on the first letter, which raises IndexError for an empty name.

feedback: error
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    first = name[0].upper()
    if not name.strip():
        return "Hello, stranger!"
    return f"Hello, {first}{name[1:]}!"
