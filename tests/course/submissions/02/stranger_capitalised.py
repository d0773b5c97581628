"""Mistake (R3): greets a blank name with "Hello, Stranger!", a capital S.

feedback: capital letters
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update(name):
    if name is None or name.strip() == "":
        return "Hello, Stranger!"
    return "Hello, {}!".format(name)
