"""Mistake (R5): `if not miles` takes 0 miles for an empty box, so 0 shows "" instead of "0.00 km".

feedback: miles is None
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page-content")])


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    if pathname == "/":
        return html.Div([html.H1("Home", id="home-title"), dcc.Link("Converter", href="/converter")])
    if pathname == "/converter":
        return html.Div([dcc.Input(id="miles", type="number", value=1), html.Div(id="km")])
    return html.Div(f"404: {pathname} was not found", id="not-found")


@app.callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if not miles:
        return ""
    return f"{miles * 1.609344:.2f} km"
