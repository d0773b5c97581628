"""Correct: the link to the converter is in a nav bar of the first layout, shown on every page, "/" included; the home page is its title.
"""
from learndash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div(
    [
        dcc.Location(id="url"),
        html.Nav([dcc.Link("Home", href="/"), " | ", dcc.Link("Converter", href="/converter")]),
        html.Hr(),
        html.Div(id="page-content"),
    ]
)


@callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    if pathname == "/":
        return html.H1("Home", id="home-title")
    if pathname == "/converter":
        return [dcc.Input(id="miles", type="number", value=1), html.Div(id="km")]
    return html.Div(f"404: {pathname} was not found", id="not-found")


@callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return f"{miles * 1.609344:.2f} km"
