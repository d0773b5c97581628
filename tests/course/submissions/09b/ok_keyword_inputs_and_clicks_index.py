"""Correct: index n_clicks - 1, keyword-grouped Inputs, the None values skipped in one sum, global @callback."""
from learndash import ALLSMALLER, MATCH, Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Add row", id="add-row", n_clicks=0), html.Div(id="rows", children=[])])

@callback(Output("rows", "children"), Input("add-row", "n_clicks"), State("rows", "children"), prevent_initial_call=True)
def add_row(n, rows):
    i = n - 1
    return rows + [html.P([dcc.Input(id={"type": "amount", "index": i}, type="number", value=0), " ", html.Span(id={"type": "running-total", "index": i})])]

@callback(output=Output({"type": "running-total", "index": MATCH}, "children"),
          inputs=dict(mine=Input({"type": "amount", "index": MATCH}, "value"), above=Input({"type": "amount", "index": ALLSMALLER}, "value")))
def total(mine, above):
    values = [mine, *above]
    return "Total: {}".format(sum(v for v in values if v is not None))
