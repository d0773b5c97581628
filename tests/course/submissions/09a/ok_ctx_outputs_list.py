"""Correct, written differently: Outputs as lists, dict ids built by a helper, extra heading.
"""
from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H2("Filters"),
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
    return [*children, make_filter(len(children))]


def make_filter(position):
    return dcc.Dropdown(id=dict(type="city-filter", index=position), options=[{"label": c.title(), "value": c} for c in CITIES], placeholder="a city")


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize_filters(values):
    if not values:
        return "No filters yet."
    parts = []
    for position, chosen in enumerate(values):
        parts.append("Filter %d: %s" % (position + 1, chosen if chosen else "none"))
    return "; ".join(parts)

