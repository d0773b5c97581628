"""Mistake (R2): uses n_clicks as the index, so rows start at index 1.

feedback: len(rows)
charged once
"""
from learndash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Add row", id="add-row", n_clicks=0), html.Div(id="rows", children=[])])


@app.callback(Output("rows", "children"), Input("add-row", "n_clicks"), State("rows", "children"), prevent_initial_call=True)
def add_row(n_clicks, rows):
    return rows + [html.Div([dcc.Input(id={"type": "amount", "index": n_clicks}, type="number", value=0),
                             html.Span(id={"type": "running-total", "index": n_clicks})])]


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(amount, amounts_above):
    return f"Total: {(amount or 0) + sum(v or 0 for v in amounts_above)}"
