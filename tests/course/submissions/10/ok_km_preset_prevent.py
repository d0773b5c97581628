"""Correct: the converter page writes "1.61 km" itself for the box's first value, and the km callback skips its first call (prevent_initial_call): the page shows the same.
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page-content")])


def km_text(miles):
    return "" if miles is None else f"{miles * 1.609344:.2f} km"


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    if pathname == "/converter":
        return html.Div([dcc.Input(id="miles", type="number", value=1), html.Div(km_text(1), id="km")])
    if pathname == "/":
        return html.Div([html.H1("Home", id="home-title"), dcc.Link("Converter", href="/converter")])
    return html.Div(f"404: {pathname} was not found", id="not-found")


@app.callback(Output("km", "children"), Input("miles", "value"), prevent_initial_call=True)
def convert(miles):
    return km_text(miles)
