"""X-5: a server callback runs inside Flask's request context, on every route that answers it,
and `ctx` reads the request (cookies, headers, args, path, remote, origin) as Dash's ctx does."""
from __future__ import annotations

import json

import dash
import flask
import pytest
from werkzeug.test import Client

import learndash
from learndash.testing import AppHarness

BODY = {
    "output": "out.children",
    "outputs": {"id": "out", "property": "children"},
    "inputs": [{"id": "name", "property": "value", "value": "Ada"}],
    "changedPropIds": ["name.value"],
}
REQUEST = {
    "path": "/_dash-update-component?tab=2",
    "data": json.dumps(BODY),
    "content_type": "application/json",
    "headers": {"X-Course": "learndash", "Origin": "http://127.0.0.1:8050"},
}


def client(wsgi_app) -> Client:
    """A test client that holds the cookies a browser would send with the request."""
    browser = Client(wsgi_app)
    browser.set_cookie("theme", "dark")
    browser.set_cookie("visits", "3")
    return browser


def request_app(lib):
    """A callback that reports what it sees of its HTTP request, through flask and through ctx."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="name", value="Ada"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("name", "value"))
    def describe(name):
        ctx = lib.ctx
        return [
            name, flask.request.method, flask.request.headers.get("X-Course"), ctx.cookies, ctx.headers.get("X-Course"),
            ctx.args.get("tab"), ctx.path, ctx.remote, ctx.origin,
        ]

    return app


def answer(app, *, through_flask_route: bool = False) -> tuple[int, bytes]:
    if through_flask_route:
        app.server.before_request(lambda: None)  # an app with request hooks takes Flask's route
    response = client(app.server).post(**REQUEST)
    return response.status_code, response.data


def test_a_callback_reads_its_request_as_on_dash():
    """X-5: the lean route and Flask's route give the callback the request Dash's route gives it."""
    dash_answer = answer(request_app(dash))
    assert dash_answer[0] == 200
    assert json.loads(dash_answer[1])["response"]["out"]["children"] == [
        "Ada", "POST", "learndash", {"theme": "dark", "visits": "3"}, "learndash", "2",
        "/_dash-update-component?tab=2", None, "http://127.0.0.1:8050",
    ]
    assert answer(request_app(learndash)) == dash_answer
    assert answer(request_app(learndash), through_flask_route=True) == dash_answer


def session_app(lib):
    """A callback that counts its calls in `flask.session`, reads `flask.g` and the request's own body."""
    app = lib.Dash(__name__)
    app.server.secret_key = "test-only"
    app.layout = lib.html.Div([lib.dcc.Input(id="name"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("name", "value"))
    def remember(name):
        flask.g.seen = name
        flask.session["calls"] = flask.session.get("calls", 0) + 1
        return f"{flask.g.seen} {flask.session['calls']} {flask.request.get_json()['output']}"

    return app


@pytest.mark.parametrize("lib", [dash, learndash])
def test_the_session_g_and_the_body_are_the_requests(lib):
    """X-5: `flask.session` is saved into the answer's cookie and read back by the next request,
    `flask.g` is the request's, and the callback can read the request body, as on Dash."""
    browser = client(session_app(lib).server)
    answers = [json.loads(browser.post(**REQUEST).data)["response"]["out"]["children"] for _ in range(3)]
    assert answers == ["Ada 1 out.children", "Ada 2 out.children", "Ada 3 out.children"]


def test_a_callback_can_read_the_body_on_the_lean_route():
    """X-5: the lean route reads the body once and hands it back to the request, so a callback's
    `flask.request.get_json()` reads it too."""
    app = request_app(learndash)

    @app.callback(learndash.Output("name", "title"), learndash.Input("name", "value"))
    def body_output(name):
        return flask.request.get_json()["output"]

    body = dict(BODY, output="name.title", outputs={"id": "name", "property": "title"})
    response = client(app.server).post(**dict(REQUEST, data=json.dumps(body)))
    assert app.server.wsgi_app.serves(Client(app.server.wsgi_app).post(**REQUEST).request.environ)
    assert json.loads(response.data)["response"]["name"]["title"] == "name.title"


@pytest.mark.parametrize("extra, lean", [
    ({"wsgi.input_terminated": True}, True),  # gunicorn sets it for every request
    ({"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input_terminated": True}, False),  # read by its chunks
])
def test_a_body_of_stated_length_takes_the_lean_route_whatever_the_server(extra, lean):
    """Under gunicorn, as under werkzeug, a plain JSON post takes the lean route; a chunked one does not."""
    app = request_app(learndash)
    environ = Client(app.server.wsgi_app).post(**REQUEST).request.environ
    assert app.server.wsgi_app.serves({**environ, **extra}) is lean


def test_the_headless_page_sends_no_request():
    """The in-process harness makes no HTTP request (docs' differences page): ctx has Dash's
    values for no request, and a callback that needs `flask.request` fails with Flask's message
    and how to test it instead."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="name", value="Ada"), learndash.html.Div(id="out"),
                                     learndash.html.Div(id="method")])

    @app.callback(learndash.Output("out", "children"), learndash.Input("name", "value"))
    def describe(name):
        ctx = learndash.ctx
        return [ctx.cookies, ctx.headers, ctx.args, ctx.path, ctx.remote, ctx.origin]

    @app.callback(learndash.Output("method", "children"), learndash.Input("name", "value"))
    def method(name):
        return flask.request.method

    harness = AppHarness(app, raise_on_error=False)
    assert harness.get_prop("out", "children") == [{}, {}, "", "", "", ""]
    assert "Working outside of request context" in harness.errors[0].message
    assert "AppHarness.connect(url)" in harness.errors[0].message  # how to test it instead
