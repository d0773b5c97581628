"""Fault, bounded on purpose: tries to start 200 sleeping processes, then serves a correct app.

The process limit stops it long before 200 (it prints how many it got), and every sleeper is
killed when grading ends. Bounded so that this test never endangers the machine, even without limits.
"""
import os
import time

from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"


started = 0
for _ in range(200):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        time.sleep(60)
        os._exit(0)
    started += 1
print(f"forked {started} sleepers")
