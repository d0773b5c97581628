"""Chapter 12, what NOT to do: the shopping list in a Python global. Open two tabs to see it go wrong."""
from learndash import Dash, Input, Output, State, html, dcc

app = Dash(__name__)

ITEMS = []  # shared by every user, and by nobody when the app runs in several worker processes

app.layout = html.Div(
    [
        dcc.Input(id="item-input", type="text"),
        html.Button("Add", id="add-button", n_clicks=0),
        html.Ol(id="item-list"),
    ]
)


@app.callback(
    Output("item-list", "children"),
    Input("add-button", "n_clicks"),
    State("item-input", "value"),
    prevent_initial_call=True,
)
def add_item(n_clicks, new_item):
    ITEMS.append(new_item)  # mutates global state: the bug this chapter is about
    return [html.Li(item) for item in ITEMS]


if __name__ == "__main__":
    app.run(debug=True)
