"""Mistake (R2): numbers the dropdowns with a module-level counter, so a second tab's first dropdown gets index 3.

feedback: global
charged once
"""
from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]
app = Dash(__name__)
app.layout = html.Div([html.Button("Add filter", id="add-filter", n_clicks=0), html.Div(id="filter-container", children=[]), html.Div(id="filter-summary")])
next_index = 0

@app.callback(Output("filter-container", "children"), Input("add-filter", "n_clicks"), State("filter-container", "children"), prevent_initial_call=True)
def add_filter(n, children):
    global next_index
    children.append(dcc.Dropdown(id={"type": "city-filter", "index": next_index}, options=CITIES))
    next_index += 1
    return children

@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summary(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {i}: {v or 'none'}" for i, v in enumerate(values, 1))
