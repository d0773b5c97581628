"""Mistake (R4): copies a guard that skips the call on page load (`if not ctx.triggered_id`).

feedback: prevented
"""
from learndash import Dash, Input, Output, ctx, dcc, html
from learndash.exceptions import PreventUpdate

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not ctx.triggered_id:
        raise PreventUpdate
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"
