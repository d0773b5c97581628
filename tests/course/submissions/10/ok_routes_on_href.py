"""Correct, written differently: the page is chosen from the Location's href, parsed with urllib, instead of its pathname (refresh=False: a link only moves the address).
"""
from urllib.parse import urlparse

from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div([
    dcc.Location(id="url", refresh=False),
    dcc.Link("Home", href="/"),
    dcc.Link("Converter", href="/converter"),
    html.Div(id="page-content"),
])


@app.callback(Output("page-content", "children"), Input("url", "href"))
def display_page(href):
    path = urlparse(href).path if href else "/"
    if path == "/":
        return html.H1("Home", id="home-title")
    if path == "/converter":
        return html.Div([dcc.Input(id="miles", type="number", value=1), html.Div(id="km")])
    return html.Div(f"404: {path} was not found", id="not-found")


@app.callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return f"{miles * 1.609344:.2f} km"
