"""The page fed only by the wire: the same app through the in-process transport, over HTTP from a
learndash server, and over HTTP from a real Dash 4 server (rules W-1, W-6 to W-8, W-10).
"""
from __future__ import annotations

from typing import Any

import dash
import flask
import pytest

import learndash
from learndash.exceptions import CallbackError, LearndashError
from learndash.testing import AppHarness
from learndash.testing.serving import LocalServer
from learndash.transport import HttpTransport, InProcessTransport


def echo_app(lib: Any) -> Any:
    """An input echoed through a chain of two callbacks, and a button whose callback divides by zero."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Input(id="inp", value="a"),
            lib.html.Div(id="out"),
            lib.html.Div(id="shout"),
            lib.html.Button("boom", id="btn"),
            lib.html.Div(id="boom"),
        ]
    )

    @app.callback(lib.Output("out", "children"), lib.Input("inp", "value"))
    def echo(value):
        return f"got {value}"

    @app.callback(lib.Output("shout", "children"), lib.Input("out", "children"))
    def shout(text):
        return text.upper()

    @app.callback(lib.Output("boom", "children"), lib.Input("btn", "n_clicks"), prevent_initial_call=True)
    def explode(n_clicks):
        return n_clicks / 0

    return app


def drive(harness: AppHarness) -> None:
    """The same user story on any transport: load, type, click a failing button."""
    assert harness.get_prop("shout", "children") == "GOT A"
    harness.set_props("inp", {"value": "b"})
    assert harness.get_prop("out", "children") == "got b"
    assert harness.get_prop("shout", "children") == "GOT B"
    assert harness.calls[-1].inputs == {"out.children": "got b"}
    harness.click("btn")
    assert harness.errors[-1].title == "Callback error updating boom.children"
    assert harness.calls[-1].status == "error"
    assert harness.get_prop("boom", "children") is None


def test_in_process_transport_answers_like_the_server():
    """W-6, W-7: the in-process transport gives the JSON the Flask routes give, without HTTP."""
    app = echo_app(learndash)
    transport = InProcessTransport(app)
    client = app.server.test_client()
    assert transport.fetch_dependencies() == client.get("/_dash-dependencies").get_json()
    assert transport.fetch_layout() == client.get("/_dash-layout").get_json()
    body = {"output": "out.children", "outputs": {"id": "out", "property": "children"},
            "inputs": [{"id": "inp", "property": "value", "value": "z"}], "changedPropIds": ["inp.value"]}
    assert transport.update_component(body) == (200, client.post("/_dash-update-component", json=body).get_json())


def test_harness_over_http_from_a_learndash_server():
    """W-1, W-8, W-10: `AppHarness.connect` drives a running learndash server; the callback names
    come from the page config and the error message is the server's JSON message."""
    with LocalServer(echo_app(learndash).server) as server:
        harness = AppHarness.connect(server.base_url, raise_on_error=False)
        drive(harness)
        assert [record.callback for record in harness.calls[:2]] == ["echo", "shout"]
        assert harness.errors[-1].message.startswith("CallbackError: Callback error in explode() updating boom.children")


def test_harness_over_http_from_a_real_dash_server():
    """W-1, W-7, W-8: the same story against real Dash 4.4.1: the page reads Dash's config, layout,
    dependencies and answers; Dash's 500 body is the error's message, as in Dash's overlay."""
    with LocalServer(echo_app(dash).server) as server:
        harness = AppHarness.connect(server.base_url, raise_on_error=False)
        drive(harness)
        assert harness.page.config["dash_version"].startswith("4.")
        assert "Internal Server Error" in harness.errors[-1].message


def test_raise_on_error_over_http_raises_the_servers_message():
    """W-8: with raise_on_error the first error is raised with the server's text and callback name."""
    with LocalServer(echo_app(learndash).server) as server:
        harness = AppHarness.connect(server.base_url)
        with pytest.raises(CallbackError, match="division by zero") as raised:
            harness.click("btn")
        assert raised.value.callback == "explode"


def test_a_server_that_is_not_dash_is_named_with_its_answer():
    """W-1: pointing `connect` at something else says which endpoint answered what."""
    other = flask.Flask("not_dash")
    other.add_url_rule("/", "index", lambda: "hello from a blog")
    with LocalServer(other) as server:
        with pytest.raises(LearndashError, match=r"GET http://127\.0\.0\.1:\d+/ answered 200 \(text/html.*hello from a blog.*not a Dash page"):
            AppHarness.connect(server.base_url)


def test_a_missing_endpoint_is_named():
    """W-1: an index with a config but no `/_dash-layout` names that endpoint and its 404."""
    half = flask.Flask("half_dash")
    half.add_url_rule("/", "index", lambda: '<script id="_dash-config" type="application/json">{"requests_pathname_prefix": "/"}</script>')
    with LocalServer(half) as server:
        with pytest.raises(LearndashError, match=r"GET http://127\.0\.0\.1:\d+/_dash-layout answered 404"):
            AppHarness.connect(server.base_url)


def test_no_server_at_the_address():
    """W-1: nothing listening gives a LearndashError that names the address, not a raw socket error."""
    with LocalServer(flask.Flask("gone")) as server:
        address = server.base_url
    with pytest.raises(LearndashError, match="Is the server running at"):
        HttpTransport(address).fetch_config()
