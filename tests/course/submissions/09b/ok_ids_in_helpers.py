"""Correct, written differently: id helpers, a Table layout for rows, functools.reduce, float-safe output."""
from functools import reduce

from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html


def amount_id(i):
    return {"type": "amount", "index": i}


def total_id(i):
    return {"type": "running-total", "index": i}


app = Dash(__name__)
app.layout = html.Div(
    [
        html.Div(id="rows", children=[]),
        html.Button(id="add-row", n_clicks=0, children="Add a row"),
    ]
)


@app.callback(Output("rows", "children"), [Input("add-row", "n_clicks")], [State("rows", "children")], prevent_initial_call=True)
def more_rows(_clicks, existing):
    n = len(existing)
    return existing + [html.P([f"Row {n + 1} ", dcc.Input(id=amount_id(n), type="number", value=0), " ", html.Span(id=total_id(n))])]


@app.callback(
    Output(total_id(MATCH), "children"),
    [Input(amount_id(MATCH), "value"), Input(amount_id(ALLSMALLER), "value")],
)
def show_total(mine, above):
    numbers = [x for x in [mine, *above] if x is not None]
    return "Total: {}".format(reduce(lambda a, b: a + b, numbers, 0))
