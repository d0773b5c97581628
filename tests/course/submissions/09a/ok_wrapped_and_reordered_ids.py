"""Correct, written differently: each dropdown sits in a labelled Div, ids written index first, the summary built in a loop."""
from dash.exceptions import PreventUpdate

from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H3("Filters"),
        html.Button("Add filter", id="add-filter", n_clicks=0),
        html.Div(id="filter-container", children=[]),
        html.Hr(),
        html.Div(id="filter-summary"),
    ]
)


@app.callback(
    Output("filter-container", "children"),
    Input("add-filter", "n_clicks"),
    State("filter-container", "children"),
)
def add_filter(n_clicks, children):
    if not n_clicks:
        raise PreventUpdate
    index = len(children)
    block = html.Div([
        html.Label(f"Filter {index + 1}"),
        dcc.Dropdown(id={"index": index, "type": "city-filter"}, options=[{"label": c, "value": c} for c in CITIES]),
    ])
    return children + [block]


@app.callback(Output("filter-summary", "children"), Input({"index": ALL, "type": "city-filter"}, "value"))
def summarize(values):
    parts = []
    for i, value in enumerate(values):
        parts.append(f"Filter {i + 1}: {value if value is not None else 'none'}")
    return "; ".join(parts) if parts else "No filters yet."
