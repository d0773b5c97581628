"""Mistake (R4): lower-cases the path for the comparisons and shows that lower-cased path in the 404 text.

feedback: word for word
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page-content")])


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    pathname = pathname.lower()
    if pathname == "/converter":
        return html.Div([dcc.Input(id="miles", type="number", value=1), html.Div(id="km")])
    if pathname == "/":
        return html.Div([html.H1("Home", id="home-title"), dcc.Link("Converter", href="/converter")])
    return html.Div(f"404: {pathname} was not found", id="not-found")


@app.callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return f"{miles * 1.609344:.2f} km"
