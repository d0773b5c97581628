"""Mistake (R4): the summary is a list of html.Div lines, not one string, so it reads "Filter 1: noneFilter 2: none"; the kept-choice part still sees MTL.

feedback: separate pieces
"""
from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]
app = Dash(__name__)
app.layout = html.Div([html.Button("Add filter", id="add-filter", n_clicks=0),
                       html.Div(id="filter-container", children=[]), html.Div(id="filter-summary")])


@app.callback(Output("filter-container", "children"), Input("add-filter", "n_clicks"),
              State("filter-container", "children"), prevent_initial_call=True)
def add(n, children):
    return children + [dcc.Dropdown(id={"type": "city-filter", "index": len(children)}, options=CITIES)]


@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summary(values):
    if not values:
        return "No filters yet."
    return [html.Div(f"Filter {i}: {v or 'none'}") for i, v in enumerate(values, 1)]
