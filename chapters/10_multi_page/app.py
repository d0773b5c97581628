"""Chapter 10: a multi-page app. dcc.Location picks the page; callbacks serve components that come and go."""
from learndash import ALL, Dash, Input, Output, State, dcc, html
from learndash.exceptions import PreventUpdate

# Pages are swapped in by a callback, so most ids are not in the first layout: tell Dash that is on purpose.
app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div(
    [
        dcc.Location(id="url", refresh=False),
        html.Nav([dcc.Link("Home", href="/"), " | ", dcc.Link("Cities", href="/cities"), " | ",
                  dcc.Link("Fruit", href="/fruit")]),
        # One store at the top level outlives every page: pages write into it through an ALL pattern.
        dcc.Store(id="shared-store", data={}),
        html.Div(id="page-content"),
        html.Footer("Remembered across pages: nothing yet", id="store-summary"),
    ]
)

home_page = html.Div([html.H1("Home"), html.P("Pick a page above.")])

cities_page = html.Div(
    [
        html.H1("Cities"),
        dcc.Dropdown(id="city-dropdown", options=["LA", "NYC", "MTL"], value="LA"),
        html.Div(id="city-output"),
    ]
)

fruit_page = html.Div(
    [
        html.H1("Fruit"),
        # A dict id, so the store callback can use ALL: it matches this radio, or nothing on other pages.
        dcc.RadioItems(id={"type": "favorite", "name": "fruit"}, options=["Apple", "Orange", "Mango"], value="Orange"),
    ]
)


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    if pathname == "/cities":
        return cities_page
    if pathname == "/fruit":
        return fruit_page
    if pathname in ("/", None):
        return home_page
    return html.Div([html.H1("404"), html.P(f"There is no page at {pathname}.")], id="not-found")


# --8<-- [start:missing_inputs]
@app.callback(Output("city-output", "children"), Input("city-dropdown", "value"))
def show_city(city):
    # On the home page neither city-dropdown nor city-output exists. Since Dash 1.12 a callback whose
    # Inputs are all missing is simply not called (no error); it runs when the cities page appears.
    return f"You chose {city}."
# --8<-- [end:missing_inputs]


# --8<-- [start:zero_or_one]
@app.callback(
    Output("shared-store", "data"),
    Input({"type": "favorite", "name": ALL}, "value"),
    State("shared-store", "data"),
)
def remember_favorites(values, stored):
    # ALL matches zero or one radio here: [] on other pages, ["Orange"] on the fruit page.
    if not values:
        raise PreventUpdate  # keep what the store already holds
    return {**(stored or {}), "fruit": values[0]}


@app.callback(Output("store-summary", "children"), Input("shared-store", "data"))
def summarize_store(data):
    return f"Remembered across pages: {data or 'nothing yet'}"
# --8<-- [end:zero_or_one]


if __name__ == "__main__":
    app.run(debug=True)
