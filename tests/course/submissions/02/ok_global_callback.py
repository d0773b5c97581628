"""Correct, written differently: the global @callback, a helper, other names, a nested layout."""
from learndash import Dash, Input, Output, callback, dcc, html


def greet(person: str | None) -> str:
    person = (person or "").strip()
    return f"Hello, {person}!" if person else "Hello, stranger!"


app = Dash(__name__)
app.layout = html.Main(
    [
        html.Label(["Your name ", dcc.Input(id="name-input", value="Dash", type="text", debounce=False)]),
        html.Section(html.P(html.Div(id="greeting"))),
    ]
)


@callback(
    output=Output(component_id="greeting", component_property="children"),
    inputs=[Input(component_id="name-input", component_property="value")],
)
def show_greeting(text):
    return greet(text)
