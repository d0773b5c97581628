"""Correct, written differently: "No filters yet." written in the layout, the summary as a list of lines joined, Patch to append."""
from learndash import ALL, Dash, Input, Output, Patch, State, ctx, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add filter", id="add-filter", n_clicks=0),
        html.Div(id="filter-container", children=[]),
        html.Div("No filters yet.", id="filter-summary"),
    ]
)


@app.callback(
    Output("filter-container", "children"),
    Input("add-filter", "n_clicks"),
    State({"type": "city-filter", "index": ALL}, "id"),
    prevent_initial_call=True,
)
def add_filter(n_clicks, ids):
    patch = Patch()
    patch.append(dcc.Dropdown(id={"type": "city-filter", "index": len(ids)}, options=CITIES))
    return patch


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize_filters(values):
    if len(values) == 0:
        return "No filters yet."
    lines = [f"Filter {entry['id']['index'] + 1}: {entry.get('value') or 'none'}" for entry in ctx.inputs_list[0]]
    return "; ".join(lines)
