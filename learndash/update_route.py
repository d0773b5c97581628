"""`POST /_dash-update-component`, the request every callback of every visitor makes (rules W-6 to W-8).

`answer_update` turns the request's bytes into the answer's status and bytes: the body parsed and
checked (`request_body.py`), the callback run, refusals and callback errors logged for whoever runs
the server. The Flask route and `LeanUpdateRoute` both call it, so they answer alike, byte for byte.

`LeanUpdateRoute` is WSGI middleware in front of Flask that serves this one route without most of
Flask's per-request machinery (request hooks, view dispatch, a Response object), which costs more
than a small callback; the callback still runs in a request context, as in Dash. It serves only
the plain case: a JSON post of a stated length up to 1 MB (not chunked), to a server without
request hooks of its own, a `MAX_CONTENT_LENGTH` or sessions (Flask saves a session after the
view). Anything else goes on to the Flask route, so whatever checks a request there (hooks, the
415 for a body that is not JSON, the 413 size limit, saving the session) still sees it; checks of
the body's content belong in `answer_update`, which both routes call.
"""
from __future__ import annotations

import io
import json
from functools import lru_cache
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Callable, Iterable

import flask
from flask.sessions import SecureCookieSessionInterface

from .exceptions import BadRequest, LearndashError
from .execute import update_component_answer
from .protocol import error_body
from .quote import exception_text, short_repr
from .request_body import parse_request_body

if TYPE_CHECKING:
    from .app import Dash

UPDATE_PATH = "/_dash-update-component"
#: Larger bodies (a big Store or figure as State) take the Flask route and its size checks.
LEAN_MAX_BYTES = 1024 * 1024
JSON_TYPE = "application/json"


def log_refusal(server: flask.Flask, method: str, path: str, status: int, kind: str, message: str) -> None:
    """Tell the operator which request was refused, and why."""
    server.logger.warning("Refused %s %s (%d %s): %s", method, path, status, kind, message)


def log_callback_error(server: flask.Flask, answer: dict[str, Any]) -> None:
    """The operator's log names the callback and its error; in debug (the only time the answer
    carries it) the student's traceback follows."""
    error = answer["error"]
    trace = f"\n{error['traceback']}" if error.get("traceback") else ""
    server.logger.error("%s%s", error["message"], trace)


def fault_message(path: str, error: BaseException) -> str:
    """The JSON 500's message when the server itself fails on a Dash endpoint (not a callback,
    whose errors name it): what failed, and where the traceback went. A learndash error (a layout
    that is missing or JSON cannot hold) already teaches: its whole text, the harness's too."""
    if isinstance(error, LearndashError):
        return str(error)
    return (
        f"The app failed while answering {path}: {type(error).__name__}: "
        f"{short_repr(exception_text(error), 300)}. The traceback is in the server's log."
    )


def answer_update(app: Dash, data: bytes, request: Any) -> tuple[int, bytes | None]:
    """(HTTP status, JSON bytes or None for 204) for a request body (W-7, W-8): the callback's
    response, PreventUpdate, or a JSON error naming the problem. `request` is the Flask request the
    callback's ctx reads (X-5)."""
    app.prepare()
    try:
        body = parse_request_body(data)
    except BadRequest as error:
        log_refusal(app.server, "POST", UPDATE_PATH, 400, "BadRequest", str(error))
        return 400, json.dumps(error_body("BadRequest", str(error))).encode("utf-8")
    status, answer = update_component_answer(app.callback_registry, body, debug=app.debug, request=request)
    if answer is None:
        return status, None  # 204: PreventUpdate (rule O-3)
    if status != 200:
        error = json.loads(answer)
        if status == 400:
            log_refusal(app.server, "POST", UPDATE_PATH, status, error["error"]["type"], error["error"]["message"])
        else:
            log_callback_error(app.server, error)
    return status, answer.encode("utf-8")


@lru_cache(maxsize=None)
def status_line(status: int) -> str:
    """`"200 OK"`, as Flask writes the status line; worked out once per status, as every answer needs one."""
    return f"{status} {HTTPStatus(status).phrase.upper()}"


class LeanUpdateRoute:
    """WSGI middleware: answers plain callback requests itself, passes everything else to `wsgi_app`."""

    def __init__(self, app: Dash, wsgi_app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.wsgi_app = wsgi_app

    def serves(self, environ: dict[str, Any]) -> bool:
        """Whether this request is the plain case the lean route answers (see the module docstring)."""
        server = self.app.server
        return (
            environ.get("PATH_INFO") == UPDATE_PATH
            and environ.get("REQUEST_METHOD") == "POST"
            and environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower() == JSON_TYPE
            and environ.get("CONTENT_LENGTH", "").isdigit()
            # A chunked body is read by its chunks, whatever Content-Length says. (Not
            # `wsgi.input_terminated`: gunicorn sets that for every request.)
            and "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
            and int(environ["CONTENT_LENGTH"]) <= LEAN_MAX_BYTES
            and not server.config.get("MAX_CONTENT_LENGTH")
            and not (server.before_request_funcs or server.after_request_funcs or server.teardown_request_funcs)
            and not self.has_sessions(server)
        )

    @staticmethod
    def has_sessions(server: flask.Flask) -> bool:
        """Whether a callback could write `flask.session`, which Flask saves into the response (a
        cookie) after the view: a secret key, or a session interface of the app's own."""
        return bool(server.secret_key) or type(server.session_interface) is not SecureCookieSessionInterface

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not self.serves(environ):
            return self.wsgi_app(environ, start_response)
        data = environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))
        environ["wsgi.input"] = io.BytesIO(data)  # read again by a callback's flask.request.get_json()
        try:
            # The callback runs inside Flask's request context, as on Dash's route: `flask.request`,
            # `flask.g` and ctx.cookies/headers are there for it.
            with self.app.server.request_context(environ):
                status, payload = answer_update(self.app, data, flask.request)
        except Exception as error:  # a fault of the server itself: JSON and a log entry, as on the Flask route
            self.app.server.logger.exception("Exception on %s [POST]", UPDATE_PATH)
            message = fault_message(UPDATE_PATH, error)
            log_refusal(self.app.server, "POST", UPDATE_PATH, 500, type(error).__name__, message)
            status, payload = 500, json.dumps(error_body(type(error).__name__, message)).encode("utf-8")
        if payload is None:
            # As Flask sends an empty 204: its default content type, no length.
            start_response("204 NO CONTENT", [("Content-Type", "text/html; charset=utf-8")])
            return []
        start_response(status_line(status), [("Content-Type", JSON_TYPE), ("Content-Length", str(len(payload)))])
        return [payload]
