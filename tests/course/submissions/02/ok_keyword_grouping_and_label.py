"""Correct: global @callback with keyword-grouped Output and Input (a dict returned), the box in an html.Label, the greeting in an extra Div, str.format."""
from learndash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Label(["Name", dcc.Input(id="name-input", type="text", value="Dash")]), html.Div(html.Div(id="greeting"))])


@callback(output=dict(greeting=Output("greeting", "children")), inputs=dict(name=Input("name-input", "value")))
def greet(name):
    name = (name or "").strip()
    return dict(greeting="Hello, {}!".format(name) if name else "Hello, stranger!")
