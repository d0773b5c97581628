"""Mistake (R3): returns the total as a bare number (12), without "Total: "; the sums are right, so only the wording part is charged.

feedback: the word Total
charged once
"""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Add row", id="add-row", n_clicks=0), html.Div(id="rows", children=[])])


@app.callback(Output("rows", "children"), Input("add-row", "n_clicks"), State("rows", "children"), prevent_initial_call=True)
def add_row(n, rows):
    i = len(rows)
    return rows + [html.Div([dcc.Input(id={"type": "amount", "index": i}, type="number", value=0),
                             html.Span(id={"type": "running-total", "index": i})])]

@app.callback(Output({"type": "running-total", "index": MATCH}, "children"),
              Input({"type": "amount", "index": MATCH}, "value"), Input({"type": "amount", "index": ALLSMALLER}, "value"))
def running(mine, above):
    return (mine or 0) + sum(v or 0 for v in above)


if __name__ == "__main__":
    app.run(debug=True)
