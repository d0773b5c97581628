"""Small apps for the browser tests. Each builder takes the library (learndash or dash), so the
same app runs on learndash's renderer and on real Dash."""
from __future__ import annotations

from types import ModuleType
from typing import Any


def text_input_app(lib: ModuleType) -> Any:
    """Typing into an Input updates a Div (rule C-2)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="name", value="world"), lib.html.Div(id="greeting")])

    @app.callback(lib.Output("greeting", "children"), lib.Input("name", "value"))
    def greet(name):
        return f"Hello {name}"

    return app


COUNTRIES = {"America": ["New York City", "San Francisco", "Cincinnati"], "Canada": ["Montreal", "Toronto", "Ottawa"]}


def chained_radios_app(lib: ModuleType, seen: list) -> Any:
    """Countries / cities (rule C-11a): `display` must never see a city of another country."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.RadioItems(list(COUNTRIES), "America", id="countries"),
            lib.dcc.RadioItems(id="cities"),
            lib.html.Div(id="display"),
        ]
    )

    @app.callback(lib.Output("cities", "options"), lib.Input("countries", "value"))
    def set_options(country):
        return [{"label": city, "value": city} for city in COUNTRIES[country]]

    @app.callback(lib.Output("cities", "value"), lib.Input("cities", "options"))
    def set_value(options):
        return options[0]["value"]

    @app.callback(lib.Output("display", "children"), lib.Input("countries", "value"), lib.Input("cities", "value"))
    def display(country, city):
        seen.append((country, city))
        return f"{city} is a city in {country}"

    return app


def add_chart_app(lib: ModuleType) -> Any:
    """Pattern matching (rules P-5, C-8): each click adds a dropdown + output pair wired by MATCH,
    and an ALL callback counts the choices."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [lib.html.Button("Add", id="add"), lib.html.Div(id="container", children=[]), lib.html.Div(id="summary")]
    )

    @app.callback(
        lib.Output("container", "children"), lib.Input("add", "n_clicks"), lib.State("container", "children")
    )
    def add(n_clicks, children):
        if not n_clicks:
            return children
        index = n_clicks
        return children + [
            lib.html.Div(
                [
                    lib.dcc.Dropdown(["a", "b", "c"], "a", id={"type": "choice", "index": index}),
                    lib.html.Div(id={"type": "shown", "index": index}),
                ]
            )
        ]

    @app.callback(
        lib.Output({"type": "shown", "index": lib.MATCH}, "children"),
        lib.Input({"type": "choice", "index": lib.MATCH}, "value"),
    )
    def show(value):
        return f"chose {value}"

    @app.callback(lib.Output("summary", "children"), lib.Input({"type": "choice", "index": lib.ALL}, "value"))
    def summarize(values):
        return " ".join(str(value) for value in values) or "nothing"

    return app


XSS = "<img src=x onerror=\"window.hacked=1\"><b>bold</b>"


def xss_app(lib: ModuleType) -> Any:
    """Strings in children are text, never HTML (rule W-2)."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [lib.html.Div(XSS, id="static"), lib.html.Button("go", id="go"), lib.html.Div(id="dynamic")]
    )

    @app.callback(lib.Output("dynamic", "children"), lib.Input("go", "n_clicks"), prevent_initial_call=True)
    def echo(n_clicks):
        return [XSS, lib.html.Span(XSS, id="inner")]

    return app


def failing_app(lib: ModuleType) -> Any:
    """A callback that raises (rule O-8): the overlay shows it and the app keeps working."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [lib.dcc.Input(id="number", value="1"), lib.html.Div(id="result"), lib.html.Div(id="echo")]
    )

    @app.callback(lib.Output("result", "children"), lib.Input("number", "value"))
    def invert(value):
        return f"1/x = {1 / int(value)}"

    @app.callback(lib.Output("echo", "children"), lib.Input("number", "value"))
    def echo(value):
        return f"x = {value}"

    return app


def components_app(lib: ModuleType) -> Any:
    """One of each interactive core component, each echoed into a Div."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div(
        [
            dcc.Location(id="url"),
            dcc.Store(id="store", data={"n": 1}),
            dcc.Dropdown(["red", "green", "blue"], "red", id="dropdown"),
            dcc.Dropdown(["x", "y"], ["x"], multi=True, id="multi"),
            dcc.Checklist(["a", "b", "c"], id="checklist"),
            dcc.Slider(0, 10, 1, value=3, id="slider"),
            dcc.Tabs(id="tabs", children=[dcc.Tab(label="One", value="one"), dcc.Tab(label="Two", value="two")]),
            dcc.Markdown("# Title\n\nSome *text* and <b>html</b>", id="markdown"),
            html.Button("new colours", id="recolour"),
            html.Div(id="echo-url"),
            html.Div(id="echo-store"),
            html.Div(id="echo-dropdown"),
            html.Div(id="echo-checklist"),
            html.Div(id="echo-slider"),
            html.Div(id="echo-tabs"),
        ]
    )

    @app.callback(lib.Output("echo-url", "children"), lib.Input("url", "pathname"))
    def url(pathname):
        return f"path {pathname}"

    @app.callback(
        lib.Output("echo-store", "children"), lib.Input("store", "modified_timestamp"), lib.State("store", "data")
    )
    def store(timestamp, data):
        return f"store {data} {timestamp is not None}"

    @app.callback(lib.Output("echo-dropdown", "children"), lib.Input("dropdown", "value"))
    def dropdown(value):
        return f"dropdown {value}"

    @app.callback(lib.Output("dropdown", "options"), lib.Input("recolour", "n_clicks"), prevent_initial_call=True)
    def recolour(n_clicks):
        return ["cyan", "magenta"]

    @app.callback(lib.Output("echo-checklist", "children"), lib.Input("checklist", "value"))
    def checklist(value):
        return f"checklist {value}"

    @app.callback(lib.Output("echo-slider", "children"), lib.Input("slider", "value"), lib.Input("slider", "drag_value"))
    def slider(value, drag_value):
        return f"slider {value} {drag_value}"

    @app.callback(lib.Output("echo-tabs", "children"), lib.Input("tabs", "value"))
    def tabs(value):
        return f"tabs {value}"

    return app


def pages_app(lib: ModuleType) -> Any:
    """dcc.Link + dcc.Location (rule K-8): links push history entries, back() returns."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Location(id="url"),
            lib.dcc.Link("Go to page 2", href="/page-2", id="to-2"),
            lib.html.Div(id="page"),
        ]
    )

    @app.callback(lib.Output("page", "children"), lib.Input("url", "pathname"))
    def show(pathname):
        return f"You are on {pathname}"

    return app


def graph_app(lib: ModuleType) -> Any:
    """dcc.Graph (rule K-7) inside dcc.Loading, its figure from a callback."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Dropdown(["line", "bar"], "line", id="kind"),
            lib.dcc.Loading(lib.dcc.Graph(id="graph"), id="loading"),
            lib.html.Div(id="clicked"),
        ]
    )

    @app.callback(lib.Output("graph", "figure"), lib.Input("kind", "value"))
    def draw(kind):
        return {"data": [{"type": kind, "x": [1, 2, 3], "y": [4, 1, 2]}], "layout": {"title": {"text": kind}}}

    @app.callback(lib.Output("clicked", "children"), lib.Input("graph", "clickData"))
    def clicked(click_data):
        return "none" if click_data is None else f"x={click_data['points'][0]['x']}"

    return app


def outputs_app(lib: ModuleType, calls: list) -> Any:
    """Multi-output, no_update and PreventUpdate (rules O-1 to O-3, C-2 item 2)."""
    from importlib import import_module

    PreventUpdate = import_module(lib.__name__ + ".exceptions").PreventUpdate
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Input(id="word", value="start"),
            lib.html.Div(id="upper"),
            lib.html.Div(id="length"),
            lib.html.Div(id="downstream"),
        ]
    )

    @app.callback(lib.Output("upper", "children"), lib.Output("length", "children"), lib.Input("word", "value"))
    def split(word):
        if word == "stop":
            raise PreventUpdate
        if word == "same":
            return lib.no_update, len(word)
        return word.upper(), len(word)

    @app.callback(lib.Output("downstream", "children"), lib.Input("upper", "children"))
    def follow(upper):
        calls.append(upper)
        return f"after {upper}"

    return app
