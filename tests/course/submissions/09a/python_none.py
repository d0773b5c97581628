"""Mistake (R4): writes the value as it is, so an empty dropdown shows "Filter 1: None".

feedback: Filter 1: none
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
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {number}: {value}" for number, value in enumerate(values, start=1))
