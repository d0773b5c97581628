"""Correct: index n_clicks - 1 (one dropdown per click), appended with Patch, global @callback, value=None spelled out."""
from learndash import ALL, Dash, Input, Output, Patch, callback, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]
app = Dash(__name__)
app.layout = html.Div([html.Button("Add filter", id="add-filter", n_clicks=0), html.Div(id="filter-container", children=[]), html.Div(id="filter-summary")])

@callback(Output("filter-container", "children"), Input("add-filter", "n_clicks"), prevent_initial_call=True)
def add_filter(n):
    patch = Patch()
    patch.append(html.Div(dcc.Dropdown(id={"type": "city-filter", "index": n - 1}, options=CITIES, value=None)))
    return patch

@callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summary(values):
    parts = ["Filter %d: %s" % (i + 1, "none" if v is None else v) for i, v in enumerate(values)]
    return "; ".join(parts) if parts else "No filters yet."
