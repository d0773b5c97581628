"""Mistake (R4): sum() over None raises TypeError when a box is emptied.

feedback: raised an error
"""
from learndash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Add row", id="add-row", n_clicks=0), html.Div(id="rows", children=[])])



@app.callback(Output("rows", "children"), Input("add-row", "n_clicks"), State("rows", "children"), prevent_initial_call=True)
def add_row(n_clicks, rows):
    index = len(rows)
    return rows + [html.Div([dcc.Input(id={"type": "amount", "index": index}, type="number", value=0),
                             html.Span(id={"type": "running-total", "index": index})])]


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(amount, amounts_above):
    return f"Total: {amount + sum(amounts_above)}"
