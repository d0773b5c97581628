"""Mistake (R2): puts each new row at the top ([row] + rows), so the totals run from the bottom up.

feedback: Append each new row at the end
charged once
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, Patch, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add row", id="add-row", n_clicks=0),
        html.Div(id="rows", children=[]),
    ]
)


@app.callback(Output("rows", "children"), Input("add-row", "n_clicks"), State("rows", "children"), prevent_initial_call=True)
def add_row(n, rows):
    i = len(rows)
    return [html.Div([dcc.Input(id={"type": "amount", "index": i}, type="number", value=0),
                      html.Span(id={"type": "running-total", "index": i})])] + rows


@app.callback(Output({"type": "running-total", "index": MATCH}, "children"),
              Input({"type": "amount", "index": MATCH}, "value"),
              Input({"type": "amount", "index": ALLSMALLER}, "value"))
def running_total(own, above):
    return f"Total: {(own or 0) + sum(v or 0 for v in above)}"
