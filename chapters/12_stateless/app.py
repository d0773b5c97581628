"""Chapter 12: stateless apps. A shopping list kept in the browser with dcc.Store, never in a Python global."""
from learndash import Dash, Input, Output, State, ctx, dcc, html
from learndash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div(
    [
        # The list lives here, in this browser tab. Each tab (each user) has its own copy, and any
        # server process can answer any request, because the request carries the list with it.
        dcc.Store(id="items-store", data=[]),
        dcc.Input(id="item-input", type="text", placeholder="milk, eggs, ..."),
        html.Button("Add", id="add-button", n_clicks=0),
        html.Button("Clear", id="clear-button", n_clicks=0),
        html.Ol(id="item-list"),
        html.Div(id="item-count"),
    ]
)


@app.callback(
    Output("items-store", "data"),
    Output("item-input", "value"),
    Input("add-button", "n_clicks"),
    Input("clear-button", "n_clicks"),
    State("item-input", "value"),
    State("items-store", "data"),
    prevent_initial_call=True,
)
def change_items(add_clicks, clear_clicks, new_item, items):
    if ctx.triggered_id == "clear-button":
        return [], ""
    if not new_item or not new_item.strip():
        raise PreventUpdate
    # A new list: the one that came in with the request is not changed in place.
    return items + [new_item.strip()], ""


@app.callback(Output("item-list", "children"), Output("item-count", "children"), Input("items-store", "data"))
def show_items(items):
    count = len(items)
    return [html.Li(item) for item in items], f"{count} item{'s' if count != 1 else ''}"


if __name__ == "__main__":
    app.run(debug=True)
