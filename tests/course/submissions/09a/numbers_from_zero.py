"""Mistake (R4): numbers the filters from 0 and leaves the empty case blank.

feedback: counting from 1
"""
from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)
app.layout = html.Div(
    [
        html.Button("Add filter", id="add-filter", n_clicks=0),
        html.Div(id="filter-container", children=[]),
        html.Div(id="filter-summary"),
    ]
)



@app.callback(
    Output("filter-container", "children"),
    Input("add-filter", "n_clicks"),
    State("filter-container", "children"),
    prevent_initial_call=True,
)
def add_filter(n_clicks, children):
    return children + [dcc.Dropdown(id={"type": "city-filter", "index": len(children)}, options=CITIES)]


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize_filters(values):
    return "; ".join(f"Filter {k}: {v or 'none'}" for k, v in enumerate(values))
