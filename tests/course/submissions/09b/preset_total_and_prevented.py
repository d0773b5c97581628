"""Mistake (R3): Patch appends a row whose span already reads "Total: 0" and the totals callback has prevent_initial_call=True, so a row added below filled rows reads "Total: 0", not their sum, until it is edited.

feedback: prevent_initial_call
charged once
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, Patch, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add row", id="add-row", n_clicks=0),
        html.Div(id="rows", children=[]),
    ]
)


@app.callback(Output("rows", "children"), Input("add-row", "n_clicks"), prevent_initial_call=True)
def add_row(n_clicks):
    index = n_clicks - 1
    rows = Patch()
    rows.append(html.Div([
        dcc.Input(id={"index": index, "type": "amount"}, type="number", value=0),
        html.Span("Total: 0", id={"index": index, "type": "running-total"}),
    ]))
    return rows


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
    Input({"type": "amount", "index": MATCH}, "value"),
    prevent_initial_call=True,
)
def running_total(above, own):
    numbers = [value if value is not None else 0 for value in above + [own]]
    return f"Total: {sum(numbers):g}"
