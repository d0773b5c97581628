"""Fault: calls sys.exit() from the callback once the name changes; the page still loads."""
import sys

from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if name != "Dash":
        sys.exit("bye")
    return f"Hello, {name}!"
