"""Correct, written differently: the global callback, argument names of its own, a loop.
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add row", id="add-row", n_clicks=0),
        html.Div(id="rows", children=[]),
    ]
)


@callback(
    Output("rows", "children"),
    Input("add-row", "n_clicks"),
    State("rows", "children"),
    prevent_initial_call=True,
)
def add_row(n_clicks, rows):
    index = len(rows)
    row = html.Div(
        [
            dcc.Input(id={"type": "amount", "index": index}, type="number", value=0),
            html.Span(id={"type": "running-total", "index": index}),
        ]
    )
    return rows + [row]


@callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(this_row, earlier_rows):
    total = 0
    for value in [*earlier_rows, this_row]:
        total += value or 0
    return f"Total: {total}"

