"""Correct, written differently: lists of Outputs and Inputs, a conditional expression, a layout function."""
from learndash import Dash, Input, Output, dcc, html


def layout():
    return html.Div([html.Div(dcc.Input(id="name-input", type="text", value="Dash")), html.Div(id="greeting")])


app = Dash(__name__)
app.layout = layout


@app.callback([Output("greeting", "children")], [Input("name-input", "value")])
def greet(text):
    return [f"Hello, {text}!" if text and text.strip() else "Hello, stranger!"]
