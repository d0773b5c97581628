"""Fault: a correct greeter whose callback, given a blank name, blocks SIGALRM and never returns.

The first three checks pass; the last one hangs past every per-check alarm, so only the limit for
the whole submission stops it. The checks finished before keep their points.
"""
import signal

from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name-input", type="text", value="Dash"), html.Div(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        while True:
            pass
    return f"Hello, {name}!"
