"""Fault: downloads its greeting while loading; the network is off while grading."""
import urllib.request

from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"


GREETING = urllib.request.urlopen("http://example.com", timeout=5).read()
