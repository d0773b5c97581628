"""Mistake (R5): round(km, 2) drops a trailing zero, so 0 miles shows "0.0 km", not two decimals.

feedback: two decimals
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
    if miles is None:
        return ""
    return f"{round(miles * 1.609344, 2)} km"
