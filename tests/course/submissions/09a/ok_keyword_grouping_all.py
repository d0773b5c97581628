"""Correct: keyword-grouped Output, Input and State, the ALL values as a keyword argument, "No filters yet." from an empty join."""
from learndash import ALL, Dash, Input, Output, State, callback, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]
app = Dash(__name__)
app.layout = html.Div([html.Button("Add filter", id="add-filter", n_clicks=0), html.Div(id="filter-container", children=[]), html.Div(id="filter-summary")])

@callback(output=dict(children=Output("filter-container", "children")), inputs=dict(n=Input("add-filter", "n_clicks")),
          state=dict(children=State("filter-container", "children")), prevent_initial_call=True)
def add(n, children):
    return dict(children=[*children, dcc.Dropdown(id={"type": "city-filter", "index": len(children)}, options=CITIES)])

def name(value):
    return "none" if value is None else value

@callback(output=Output("filter-summary", "children"), inputs=dict(values=Input({"type": "city-filter", "index": ALL}, "value")))
def summary(values):
    return "; ".join("Filter %d: %s" % (i, name(v)) for i, v in enumerate(values, 1)) or "No filters yet."
