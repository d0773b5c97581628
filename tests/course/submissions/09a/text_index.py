"""Mistake (R2): numbers the dropdowns with str(len(children)), a text index "0" where the task asks for the number 0.

feedback: the text "0"
"""
from learndash import ALL, Dash, Input, Output, State, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]
app = Dash(__name__)
app.layout = html.Div([
    html.Button("Add filter", id="add-filter", n_clicks=0),
    html.Div(id="filter-container", children=[]),
    html.Div(id="filter-summary"),
])

@app.callback(Output("filter-container", "children"), Input("add-filter", "n_clicks"),
              State("filter-container", "children"), prevent_initial_call=True)
def add_filter(n, children):
    return children + [dcc.Dropdown(id={"type": "city-filter", "index": str(len(children))}, options=CITIES)]

@app.callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summary(values):
    if not values:
        return "No filters yet."
    return "; ".join(f"Filter {i}: {v or 'none'}" for i, v in enumerate(values, 1))



if __name__ == "__main__":
    app.run(debug=True)
