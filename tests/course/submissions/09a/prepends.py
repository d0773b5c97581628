"""Mistake (R2): puts each new dropdown at the top ([new] + children) instead of appending it, so the newest filter is listed first.

feedback: Append each new dropdown at the end
charged once
"""
from learndash import ALL, Dash, Input, Output, Patch, State, callback, ctx, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add filter", id="add-filter", n_clicks=0),
        html.Div(id="filter-container", children=[]),
        html.Div(id="filter-summary"),
    ]
)


@callback(Output("filter-container", "children"), Input("add-filter", "n_clicks"), State("filter-container", "children"),
          prevent_initial_call=True)
def add_filter(n_clicks, children):
    return [dcc.Dropdown(id={"type": "city-filter", "index": len(children)}, options=CITIES)] + children


@callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {k}: {v or 'none'}" for k, v in enumerate(values, 1))
