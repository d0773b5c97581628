"""Correct: Patch().append with index n_clicks - 1, rows of an Input and a styled Span in a Div, the total from one list with None left out, an int shown when whole, type hints, global callbacks."""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, Patch, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Add row", id="add-row", n_clicks=0),
    html.Div(id="rows", children=[]),
])


@callback(Output("rows", "children"), Input("add-row", "n_clicks"), prevent_initial_call=True)
def add_row(n_clicks: int) -> Patch:
    i = n_clicks - 1
    rows = Patch()
    rows.append(html.Div([
        dcc.Input(id={"type": "amount", "index": i}, type="number", value=0, min=0, debounce=True),
        html.Span(id={"type": "running-total", "index": i}, style={"marginLeft": "1em"}),
    ], className="row"))
    return rows


@callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(mine: float | None, above: list[float | None]) -> str:
    total = sum(v for v in [mine, *above] if v is not None)
    return f"Total: {int(total) if float(total).is_integer() else total}"
