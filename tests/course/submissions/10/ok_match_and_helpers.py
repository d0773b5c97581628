"""Correct, written differently: match/case on the path, the global callback, a conversion helper.
"""
from learndash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div(
    [
        dcc.Location(id="url"),
        html.Div(id="page-content"),
    ]
)


def home_page():
    return html.Div([html.H1("Home", id="home-title"), dcc.Link("Go to the converter", href="/converter")])


def converter_page():
    return html.Div(
        [
            html.H1("Miles to kilometres"),
            dcc.Input(id="miles", type="number", value=1),
            html.Div(id="km"),
            dcc.Link("Home", href="/"),
        ]
    )


@callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    match pathname:
        case "/converter":
            return converter_page()
        case "/" | None:
            return home_page()
        case other:
            return html.Div(["404: ", other, " was not found"], id="not-found")


@callback(Output("km", "children"), Input("miles", "value"))
def convert(miles):
    if miles is None:
        return ""
    return km_text(miles)


def km_text(miles):
    return "{:.2f} km".format(miles * 1.609344)

