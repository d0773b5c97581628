"""Mistake (R2): returns only the new row (index from n_clicks), so each click replaces the rows before it.

feedback: each click replaced
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add row", id="add-row", n_clicks=0),
        html.Div(id="rows", children=[]),
    ]
)


@app.callback(
    Output("rows", "children"),
    Input("add-row", "n_clicks"),
    State("rows", "children"),
    prevent_initial_call=True,
)
def add_row(n_clicks, rows):
    index = n_clicks - 1
    row = html.Div(
        [
            dcc.Input(id={"type": "amount", "index": index}, type="number", value=0),
            html.Span(id={"type": "running-total", "index": index}),
        ]
    )
    return [row]


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(amount, amounts_above):
    total = (amount or 0) + sum(value or 0 for value in amounts_above)
    return f"Total: {total}"
