"""Correct, but noisy: prints about 2 MB while loading (the captured output is cut)."""
import os

from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"


for _ in range(20_000):
    print("x" * 100)
os.write(1, b"written straight to the file descriptor\n")
