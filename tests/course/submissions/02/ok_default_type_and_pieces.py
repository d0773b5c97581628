"""Correct, written differently: the text box leaves type out (a dcc.Input is a text box by default), the greeting as pieces with the name in bold."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Greeter"),
        html.Label("Your name: "),
        dcc.Input(id="name-input", value="Dash"),
        html.Div(id="greeting"),
    ]
)


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def greet(name):
    name = (name or "").strip()
    return ["Hello, ", html.B(name), "!"] if name else "Hello, stranger!"
