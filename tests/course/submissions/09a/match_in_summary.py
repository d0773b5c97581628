"""Mistake (R4): the summary reads the dropdowns with MATCH, which needs a MATCH Output: it must be ALL.

feedback: ALL
"""
from learndash import ALL, MATCH, Dash, Input, Output, State, dcc, html

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


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": MATCH}, "value"))
def summarize_filters(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {number}: {value or 'none'}" for number, value in enumerate(values, start=1))
