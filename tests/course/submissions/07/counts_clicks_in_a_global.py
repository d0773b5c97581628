"""Mistake (R2): counts the clicks in a Python global, so a second tab's first click says "submission 2".

feedback: global
charged once
"""
from learndash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="first-name", type="text", value="Ada"), dcc.Input(id="last-name", type="text", value="Lovelace"),
                       html.Button("Submit", id="submit-button", n_clicks=0), html.Div(id="form-output")])
count = 0

@app.callback(Output("form-output", "children"), Input("submit-button", "n_clicks"), State("first-name", "value"), State("last-name", "value"), prevent_initial_call=True)
def submit(n, first, last):
    global count
    count += 1
    return f"Submitted: {first} {last} (submission {count})"
