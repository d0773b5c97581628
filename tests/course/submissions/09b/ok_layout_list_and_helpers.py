"""Correct, written differently: id helpers, Outputs in lists, a Table of rows, extra text.
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
    return rows + [make_row(len(rows))]


def make_row(i):
    return html.P([f"Row {i + 1}: ", dcc.Input(id=amount_id(i), value=0, type="number", min=0), " ", html.Span(id=total_id(i))])


def amount_id(i):
    return {"index": i, "type": "amount"}


def total_id(i):
    return {"index": i, "type": "running-total"}


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(mine, above):
    values = [v if v is not None else 0 for v in [mine, *above]]
    return "Total: " + str(sum(values))

