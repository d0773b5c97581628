"""Mistake (R5): raises PreventUpdate for an empty miles box, so the old km stays.

feedback: Return "" when the box is empty
charged once
"""
import learndash as dash
from learndash import dcc, html
from learndash.dependencies import Input, Output
from learndash.exceptions import PreventUpdate

app = dash.Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Location(id="url", refresh=False), html.Div(id="page-content")])


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
        raise PreventUpdate
    return f"{miles * 1.609344:.2f} km"
