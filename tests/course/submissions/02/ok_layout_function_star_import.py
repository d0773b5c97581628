"""Correct: a layout function, `from learndash import *`, a helper with type hints, the global @callback with keyword ids, no main block."""
from learndash import *


def serve_layout():
    return html.Div(
        html.Div(
            [
                html.H2("Say hi"),
                dcc.Input(id="name-input", type="text", value="Dash", placeholder="Your name"),
                html.Div(id="greeting"),
            ]
        )
    )


app = Dash(__name__)
app.layout = serve_layout


def greet(who: str | None) -> str:
    who = (who or "").strip()
    return f"Hello, {who}!" if who else "Hello, stranger!"


@callback(Output(component_id="greeting", component_property="children"),
          Input(component_id="name-input", component_property="value"))
def on_name(value: str | None) -> str:
    return greet(value)
