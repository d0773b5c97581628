"""Mistake (R2): uses n_clicks as the index, so the first dropdown gets index 1.

feedback: len(children)
charged once
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
    return children + [dcc.Dropdown(id={"type": "city-filter", "index": n_clicks}, options=CITIES)]


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize_filters(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {k}: {v or 'none'}" for k, v in enumerate(values, start=1))

