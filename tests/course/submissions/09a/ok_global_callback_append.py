"""Correct, written differently: the global callback, append to the State list, PreventUpdate on zero clicks.
"""
from learndash import ALL, Dash, Input, Output, State, callback, dcc, html
from learndash.exceptions import PreventUpdate

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.Button("Add filter", id="add-filter", n_clicks=0),
        html.Div(id="filter-container", children=[]),
        html.Div(id="filter-summary"),
    ]
)


@callback(
    Output("filter-container", "children"),
    Input("add-filter", "n_clicks"),
    State("filter-container", "children"),
)
def add_filter(n_clicks, children):
    if not n_clicks:
        raise PreventUpdate
    children.append(dcc.Dropdown(id={"index": len(children), "type": "city-filter"}, options=CITIES))
    return children


@callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize_filters(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {number}: {value or 'none'}" for number, value in enumerate(values, start=1))

