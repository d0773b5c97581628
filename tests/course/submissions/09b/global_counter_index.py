"""Mistake (R2): numbers the rows with a module-level counter, so a second tab's first row gets index 3.

feedback: global
charged once
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Add row", id="add-row", n_clicks=0), html.Div(id="rows", children=[])])
counter = [0]

@app.callback(Output("rows", "children"), Input("add-row", "n_clicks"), State("rows", "children"), prevent_initial_call=True)
def add_row(n, rows):
    i = counter[0]
    counter[0] += 1
    return rows + [html.Div([dcc.Input(id={"type": "amount", "index": i}, type="number", value=0), html.Span(id={"type": "running-total", "index": i})])]

@app.callback(Output({"type": "running-total", "index": MATCH}, "children"), Input({"type": "amount", "index": MATCH}, "value"), Input({"type": "amount", "index": ALLSMALLER}, "value"))
def total(a, above):
    return f"Total: {(a or 0) + sum(v or 0 for v in above)}"
