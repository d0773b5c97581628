"""Correct: a layout function with a nav bar, a match statement with case "/" | None, a conversion helper, a 404 inside a page with a heading, the global @callback, type hints."""
from learndash import Dash, Input, Output, callback, dcc, html

KM_PER_MILE = 1.609344


def nav() -> html.Nav:
    return html.Nav([dcc.Link("Home", href="/"), " | ", dcc.Link("Converter", href="/converter")])


def serve_layout():
    return html.Div([dcc.Location(id="url", refresh=False), nav(), html.Hr(), html.Div(id="page-content")])


app = Dash(__name__, suppress_callback_exceptions=True, title="Converter")
app.layout = serve_layout


@callback(Output("page-content", "children"), Input("url", "pathname"))
def route(pathname: str | None):
    match pathname:
        case "/" | None:
            return html.Div([html.H1("Home", id="home-title"), html.P("Welcome!"), dcc.Link("Open the converter", href="/converter")])
        case "/converter":
            return html.Div([html.H2("Miles to km"), dcc.Input(id="miles", type="number", value=1, min=0), html.Div(id="km", children="")])
        case _:
            return html.Div([html.H2("Oops"), html.Div(f"404: {pathname} was not found", id="not-found")])


def miles_to_km(miles: float) -> float:
    return miles * KM_PER_MILE


@callback(Output("km", "children"), Input("miles", "value"))
def convert(miles: float | None) -> str:
    return "" if miles is None else f"{miles_to_km(miles):.2f} km"
