"""Correct, written differently: pages as module-level functions, the 404 text in pieces with the path in code style, the home link inside a paragraph, a guard for None."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div([dcc.Location(id="url", refresh=False), html.Div(id="page-content")])


def home_page():
    return html.Div([html.H1(children="Home", id="home-title"), html.P(["Go to the ", dcc.Link("converter", href="/converter"), "."])])


def converter_page():
    return html.Div([html.Label("Miles"), dcc.Input(id="miles", type="number", value=1), html.Div(id="km")])


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    if pathname in ("/", None):
        return home_page()
    if pathname == "/converter":
        return converter_page()
    return html.Div(["404: ", html.Code(pathname), " was not found"], id="not-found")


@app.callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    return "" if miles is None else "{:.2f} km".format(miles * 1.609344)
