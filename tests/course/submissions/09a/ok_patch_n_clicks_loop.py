"""Correct: Patch().append with index n_clicks - 1 (no State), dict options with a placeholder, the summary built in a loop, global callbacks."""
from learndash import ALL, Dash, Input, Output, Patch, callback, dcc, html

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Add filter", id="add-filter", n_clicks=0),
    html.Div(id="filter-container", children=[]),
    html.Hr(),
    html.Div(id="filter-summary"),
])


@callback(Output("filter-container", "children"), Input("add-filter", "n_clicks"), prevent_initial_call=True)
def add_filter(n_clicks: int):
    patched = Patch()
    patched.append(dcc.Dropdown(
        id={"type": "city-filter", "index": n_clicks - 1},
        options=[{"label": city.title(), "value": city} for city in CITIES],
        placeholder="Pick a city",
    ))
    return patched


@callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summarize(values: list) -> str:
    if len(values) == 0:
        return "No filters yet."
    parts = []
    for i, value in enumerate(values):
        parts.append(f"Filter {i + 1}: {value if value else 'none'}")
    return "; ".join(parts)
