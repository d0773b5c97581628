"""Correct, written differently: global @callback, a helper builds the dropdown, ctx-free summary, tuple inputs."""
from learndash import ALL, Dash, Input, Output, State, callback, dcc, html


def make_filter(position):
    return html.Div(
        dcc.Dropdown(options=[{"label": c, "value": c} for c in ("NYC", "MTL", "LA", "TOKYO")],
                     id={"index": position, "type": "city-filter"}),
        className="filter",
    )


def count_dropdowns(children):
    return len(children or [])


app = Dash(__name__, suppress_callback_exceptions=False)
app.layout = html.Div(
    children=[
        html.Div(id="filter-container", children=[]),
        html.Button(id="add-filter", n_clicks=0, children="+ filter"),
        html.Pre(id="filter-summary"),
    ]
)


@callback(
    Output("filter-container", "children"),
    Input("add-filter", "n_clicks"),
    State("filter-container", "children"),
    prevent_initial_call=True,
)
def grow(_, current):
    return [*current, make_filter(count_dropdowns(current))]


@callback(Output("filter-summary", "children"), Input({"type": "city-filter", "index": ALL}, "value"))
def summary(chosen):
    parts = []
    for number, city in enumerate(chosen):
        parts.append("Filter %d: %s" % (number + 1, city if city else "none"))
    return "; ".join(parts) if parts else "No filters yet."
