"""Every request to the Dash endpoints is checked before any work and answered in JSON (W-1, W-6, W-8).

The page never sends a malformed body; these are requests built by hand, by another site, or by an
attacker. Each gets a JSON 4xx naming the field and what was expected, the callback does not run,
and the refusal is logged through Flask's logger.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import dash
import flask
import pytest

import learndash
from learndash.suggest import LONGEST_SUGGESTED_WORD, did_you_mean


def echo_app(lib: Any) -> tuple[Any, list[Any]]:
    """An app whose callback records every run, so a test can tell that nothing ran."""
    runs: list[Any] = []
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="in", value="x"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("in", "value"))
    def echo(value):
        runs.append(value)
        return value

    return app, runs


BODY = {
    "output": "out.children",
    "outputs": {"id": "out", "property": "children"},
    "inputs": [{"id": "in", "property": "value", "value": "typed"}],
    "changedPropIds": ["in.value"],
}


def post_json(app: Any, body: Any) -> Any:
    return app.server.test_client().post("/_dash-update-component", data=json.dumps(body), content_type="application/json")


def error_of(response: Any) -> dict:
    assert response.mimetype == "application/json", response.data[:200]
    return response.get_json()["error"]


@pytest.mark.parametrize(
    "changes, field, found",
    [
        ({"changedPropIds": 5}, "changedPropIds", "the number 5"),
        ({"changedPropIds": True}, "changedPropIds", "the boolean True"),
        ({"changedPropIds": "in.value"}, "changedPropIds", "the string 'in.value'"),
        ({"changedPropIds": ["in.value", 2]}, "changedPropIds", "the list ['in.value', 2]"),
        ({"output": 7}, "output", "the number 7"),
        ({"output": None}, "output", "null"),
        ({"inputs": "in.value"}, "inputs", "the string 'in.value'"),
        ({"inputs": [5]}, "inputs[0]", "the number 5"),
        ({"inputs": [[{"id": "in", "property": "value"}, 3]]}, "inputs[0][1]", "the number 3"),
        ({"inputs": [{"id": 5, "property": "value"}]}, "inputs[0].id", "the number 5"),
        ({"inputs": [{"id": {"i": [1]}, "property": "value"}]}, "inputs[0].id", "the object {'i': [1]}"),
        ({"inputs": [{"id": "in"}]}, "inputs[0].property", "missing"),
        ({"inputs": [{"id": "in", "property": False}]}, "inputs[0].property", "the boolean False"),
        ({"state": {"id": "in"}}, "state", "the object {'id': 'in'}"),
        ({"outputs": 5}, "outputs", "the number 5"),
        ({"outputs": [[{"id": "out", "property": 1}]]}, "outputs[0][0].property", "the number 1"),
    ],
)
def test_a_field_of_the_wrong_type_is_a_json_400_naming_it(changes, field, found):
    """W-6, W-8: each field of the body has a type; a wrong one is a 400 whose JSON names the field,
    what it must be and what it was, and the callback does not run. (Dash answers a number or a
    boolean `changedPropIds` with an HTML 500 from a TypeError.)"""
    app, runs = echo_app(learndash)
    response = post_json(app, {**BODY, **changes})
    assert response.status_code == 400
    error = error_of(response)
    assert error["type"] == "BadRequest"
    assert error["field"] == field
    assert f"The request field '{field}' must be " in error["message"]
    assert f"but it is {found}." in error["message"]
    assert runs == []


def test_dash_answers_a_numeric_changed_prop_ids_with_a_500():
    """W-8: the difference above is deliberate: Dash 4.4.1 crashes on it."""
    app, _ = echo_app(dash)
    app.server.config["PROPAGATE_EXCEPTIONS"] = False
    assert post_json(app, {**BODY, "changedPropIds": 5}).status_code == 500


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None])
def test_a_cross_site_post_is_415_and_runs_nothing_as_in_dash(content_type):
    """W-1 (Dash: Flask's get_json): only a JSON Content-Type is read. A page on another origin can
    make a visitor's browser post text/plain or a form without asking; neither runs a callback."""
    headers = {"Content-Type": content_type} if content_type else {}
    for lib in (dash, learndash):
        app, runs = echo_app(lib)
        response = app.server.test_client().post("/_dash-update-component", data=json.dumps(BODY), headers=headers)
        assert response.status_code == 415, lib.__name__
        assert runs == [], lib.__name__
    assert "Content-Type" in error_of(response)["message"] and "application/json" in error_of(response)["message"]


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "application/vnd.api+json", "APPLICATION/JSON"])
def test_json_content_types_are_read_as_in_dash(content_type):
    """W-1: every type Flask calls JSON (application/json, application/*+json, any case) is read."""
    for lib in (dash, learndash):
        app, runs = echo_app(lib)
        response = app.server.test_client().post(
            "/_dash-update-component", data=json.dumps(BODY), headers={"Content-Type": content_type}
        )
        assert response.status_code == 200, lib.__name__
        assert runs == ["typed"], lib.__name__


def test_a_body_over_the_size_limit_is_a_json_413():
    """W-8: a body larger than the server reads is refused unread, in JSON; the limit follows
    Flask's MAX_CONTENT_LENGTH when the app sets it."""
    app, runs = echo_app(learndash)
    app.server.config["MAX_CONTENT_LENGTH"] = 1000
    big = {**BODY, "inputs": [{"id": "in", "property": "value", "value": "x" * 2000}]}
    response = post_json(app, big)
    assert response.status_code == 413
    assert "1,000 bytes" in error_of(response)["message"]
    assert runs == []


def test_the_default_size_limit_is_ten_megabytes():
    """W-8: without MAX_CONTENT_LENGTH, 10 MB; a larger body is refused before it is read."""
    app, runs = echo_app(learndash)
    text = json.dumps({**BODY, "inputs": [{"id": "in", "property": "value", "value": "x" * (10 * 1024 * 1024)}]})
    response = app.server.test_client().post("/_dash-update-component", data=text, content_type="application/json")
    assert response.status_code == 413
    assert "10,485,760 bytes" in error_of(response)["message"]
    assert runs == []


def test_a_body_nested_too_deep_is_a_json_400():
    """W-8: JSON nested deeper than the parser follows (here 100,000 levels) is a 400, not a
    RecursionError and an HTML 500."""
    app, runs = echo_app(learndash)
    text = '{"output": "out.children", "inputs": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = app.server.test_client().post("/_dash-update-component", data=text, content_type="application/json")
    assert response.status_code == 400
    assert "nests lists and objects deeper" in error_of(response)["message"]
    assert runs == []


def test_a_body_that_is_not_utf8_is_a_json_400():
    """W-8: JSON is UTF-8; other bytes are a 400 saying the body is not valid JSON."""
    app, _ = echo_app(learndash)
    response = app.server.test_client().post("/_dash-update-component", data=b'{"output": "\xff"}', content_type="application/json")
    assert response.status_code == 400
    assert "not valid JSON" in error_of(response)["message"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_json_in_the_encodings_json_detects_is_read_as_in_dash(encoding):
    """W-1: Dash reads a body through Flask's get_json, which finds UTF-8 (with or without a BOM),
    UTF-16 or UTF-32 from the first bytes (RFC 4627); so does learndash."""
    body = {**BODY, "inputs": [{"id": "in", "property": "value", "value": "café ✓"}]}
    for lib in (dash, learndash):
        app, runs = echo_app(lib)
        response = app.server.test_client().post(
            "/_dash-update-component", data=json.dumps(body).encode(encoding), content_type="application/json"
        )
        assert response.status_code == 200, (lib.__name__, response.data[:200])
        assert runs == ["café ✓"], lib.__name__


def test_a_huge_unknown_output_is_quoted_short_and_gets_no_suggestion():
    """W-8: the 'Did you mean' search runs only on names of a sensible length, and the answer
    quotes the request's words back cut short, so a megabyte of output id costs little work."""
    app, _ = echo_app(learndash)
    response = post_json(app, {**BODY, "output": "out.children" + "x" * 1_000_000})
    assert response.status_code == 400
    message = error_of(response)["message"]
    assert message.startswith("No callback has the output 'out.childrenxxx")
    assert "Did you mean" not in message and "Known callbacks: ['out.children']" in message
    assert len(message) < 300


def test_did_you_mean_skips_words_longer_than_any_name():
    """Bounded work: a word past LONGEST_SUGGESTED_WORD characters gets no suggestion at all."""
    assert did_you_mean("out.childre", ["out.children"]) == "Did you mean 'out.children'?"
    assert did_you_mean("out.children" + "x" * LONGEST_SUGGESTED_WORD, ["out.children"]) == ""


@pytest.mark.parametrize("path, allowed", [("/_dash-layout", "GET"), ("/_dash-dependencies", "GET")])
def test_a_wrong_method_on_a_dash_endpoint_is_a_json_405(path, allowed):
    """W-1, W-8: the Dash endpoints answer errors in JSON too (Dash answers Flask's HTML page)."""
    app, _ = echo_app(learndash)
    response = app.server.test_client().post(path)
    assert response.status_code == 405
    assert response.headers["Allow"] == allowed
    assert error_of(response)["message"] == f"{path} answers {allowed} requests only, but this one was POST."


def test_other_routes_of_a_shared_server_keep_flasks_own_error_pages():
    """A-rules: an app given `server=` does not change the errors of the server's own routes."""
    server = flask.Flask(__name__)

    @server.get("/api/health")
    def health() -> str:
        return "ok"

    app = learndash.Dash(__name__, server=server)
    app.layout = learndash.html.Div()
    response = server.test_client().post("/api/health")
    assert response.status_code == 405
    assert response.mimetype == "text/html"


def test_a_layout_function_that_raises_is_a_json_500_naming_the_error(caplog):
    """W-2, W-8: a fault while answering a Dash endpoint (here the student's layout function) is a
    JSON 500 that names the exception; Flask logs the traceback for the operator."""
    app = learndash.Dash(__name__)

    def layout():
        return learndash.html.Div(missing_name)  # noqa: F821 (the student's bug)

    app.layout = layout
    with caplog.at_level(logging.ERROR, logger=app.server.logger.name):
        response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    error = error_of(response)
    assert error["type"] == "NameError"
    assert error["message"] == (
        "The app failed while answering /_dash-layout: NameError: \"name 'missing_name' is not defined\". "
        "The traceback is in the server's log."
    )
    assert any(record.exc_info and "missing_name" in str(record.exc_info[1]) for record in caplog.records)


def test_a_layout_function_raising_an_exception_that_cannot_be_put_into_words_is_still_a_json_500():
    """W-8: an exception whose __str__ raises is named by its type, as Python's traceback names it,
    not turned into an HTML 500 from inside the error handler."""

    class Unprintable(Exception):
        def __str__(self) -> str:
            raise RuntimeError

    app = learndash.Dash(__name__)

    def layout():
        raise Unprintable

    app.layout = layout
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    assert "Unprintable: '<str() of this Unprintable raised RuntimeError>'" in error_of(response)["message"]


def test_refused_requests_are_logged_through_flasks_logger(caplog):
    """W-8: the operator sees each refused request: method, path, status and the reason."""
    app, _ = echo_app(learndash)
    with caplog.at_level(logging.WARNING, logger=app.server.logger.name):
        post_json(app, {**BODY, "changedPropIds": 5})
    [record] = [r for r in caplog.records if r.name == app.server.logger.name]
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith("Refused POST /_dash-update-component (400 BadRequest): The request field 'changedPropIds'")


def crashing_app(debug: bool) -> Any:
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="in", value="x"), learndash.html.Div(id="out")])

    @app.callback(learndash.Output("out", "children"), learndash.Input("in", "value"))
    def shout(value):
        return value.upper() + 1

    app.debug = debug
    return app


@pytest.mark.parametrize("debug", [False, True])
def test_callback_errors_are_logged_with_the_callback_name_and_in_debug_the_traceback(caplog, debug):
    """O-8: a callback exception is logged as an error naming the callback; with debug on, the
    student's traceback follows (their own line, as in the JSON answer)."""
    app = crashing_app(debug)
    with caplog.at_level(logging.WARNING, logger=app.server.logger.name):
        response = post_json(app, BODY)
    assert response.status_code == 500
    [record] = [r for r in caplog.records if r.name == app.server.logger.name]
    assert record.levelno == logging.ERROR
    text = record.getMessage()
    assert text.startswith("Callback error in shout() updating out.children: TypeError:")
    assert ("return value.upper() + 1" in text) is debug
