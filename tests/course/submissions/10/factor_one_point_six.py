"""Mistake (R5): converts with miles * 1.6, so 1 mile reads "1.60 km"; the revisit check compares the second visit with the first and is not charged again.

feedback: 1.609344
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page-content")])


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def page(pathname):
    if pathname == "/":
        return [html.H1("Home", id="home-title"), dcc.Link("Converter", href="/converter")]
    elif pathname == "/converter":
        return [dcc.Input(id="miles", type="number", value=1), html.Div(id="km")]
    else:
        return html.Div(f"404: {pathname} was not found", id="not-found")


@app.callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return f"{miles * 1.6:.2f} km"
