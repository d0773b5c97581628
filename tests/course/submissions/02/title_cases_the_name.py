"""Mistake (R2): tidies the name with .title(), so "ada lovelace" is greeted "Hello, Ada Lovelace!", not as typed.

feedback: as typed
charged once
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def greet(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name.title()}!"
