"""Correct, written differently: a helper that strips, keyword Output/Input, extra harmless components."""
from learndash import Dash, dcc, html
from learndash.dependencies import Input, Output


def greeting_for(name):
    cleaned = (name or "").strip()
    if cleaned == "":
        return "Hello, stranger!"
    return "Hello, " + name + "!"


app = Dash(__name__)
app.layout = html.Div(
    [
        html.H2("Say hello"),
        html.P("Type your name below."),
        dcc.Input(value="Dash", id="name-input", type="text", placeholder="your name"),
        html.Hr(),
        html.Div(id="greeting", style={"fontSize": 24}),
    ]
)


@app.callback(Output(component_id="greeting", component_property="children"),
              Input(component_id="name-input", component_property="value"))
def on_name(value):
    return greeting_for(value)
