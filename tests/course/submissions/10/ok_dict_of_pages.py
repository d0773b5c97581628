"""Correct, written differently: a dict of page builders, validation via suppress in app.config."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.config.suppress_callback_exceptions = True

PAGES = {
    "/": lambda: [html.H1(id="home-title", children="Home"), dcc.Link(href="/converter", children="Converter")],
    "/converter": lambda: [dcc.Input(type="number", id="miles", value=1), html.Span(id="km")],
}

app.layout = html.Main([dcc.Location(id="url", refresh=False), html.Section(id="page-content")])


@app.callback(Output("page-content", "children"), [Input("url", "pathname")])
def route(path):
    build = PAGES.get(path or "/")
    if build is None:
        return html.P("404: %s was not found" % path, id="not-found")
    return build()


@app.callback(Output("km", "children"), [Input("miles", "value")])
def to_km(distance):
    return "" if distance is None else "{:.2f} km".format(distance * 1.609344)
