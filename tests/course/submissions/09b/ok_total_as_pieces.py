"""Correct: the total is returned as pieces, ["Total: ", total]: the page shows the same text "Total: 12"."""
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
    index = len(rows)
    row = html.Div(
        [
            dcc.Input(id={"type": "amount", "index": index}, type="number", value=0),
            html.Span(id={"type": "running-total", "index": index}),
        ]
    )
    return rows + [row]


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(amount, amounts_above):
    total = (amount or 0) + sum(value or 0 for value in amounts_above)
    return ["Total: ", total]


if __name__ == "__main__":
    app.run(debug=True)
