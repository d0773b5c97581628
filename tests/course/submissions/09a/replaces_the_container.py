"""Mistake (R2): returns only the new dropdown, so each click replaces the previous one instead of appending.

feedback: each click replaced
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
    return [dcc.Dropdown(id={"type": "city-filter", "index": n_clicks - 1}, options=CITIES)]


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize_filters(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {number}: {value or 'none'}" for number, value in enumerate(values, start=1))
