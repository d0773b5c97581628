"""Flask routes: Dash's endpoints over HTTP, and nothing else (rules W-1, W-8, W-10).

Every decision is made elsewhere: the layout by the app, the callback by `execute.py`, the checks
by `validation.py`. The server keeps no per-user state, so any number of workers can serve an app.
"""
from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

import flask

from .execute import update_component_answer
from .protocol import error_body, loads_like_javascript
from .serialize import to_json

if TYPE_CHECKING:
    from .app import Dash

STATIC_URL = "/_learndash/static/"
PLOTLY_URL = "/_learndash/plotly.min.js"


def _json_response(text: str, status: int = 200) -> flask.Response:
    return flask.Response(text, status=status, mimetype="application/json")


def _error(status: int, kind: str, message: str, **details: str) -> flask.Response:
    """Errors are JSON that names the problem, so the page's overlay can show it (W-8)."""
    return _json_response(json.dumps(error_body(kind, message, **details)), status)


def page_config(app: Dash, layout_json: Any = None) -> dict[str, Any]:
    """The `_dash-config` JSON embedded in the page (rule W-10); its validation errors are those of
    `layout_json` when given (the layout of the same page load), else of a freshly served layout."""
    app.prepare()
    if layout_json is None:
        layout_json = json.loads(to_json(app.serve_layout()))
    errors = app.validate_layout(layout_json)
    return {
        "url_base_pathname": app.config.url_base_pathname,
        "requests_pathname_prefix": app.config.requests_pathname_prefix,
        "suppress_callback_exceptions": app.config.suppress_callback_exceptions,
        "ui": app.debug,
        "validate_callbacks": app.debug,
        "update_title": app.update_title,
        "validation_errors": [e.to_json() for e in errors],
        # learndash's addition: function names, so page errors and call records can name them.
        "callback_names": {c.output_id: c.name for c in app.callback_registry},
    }


def add_routes(app: Dash) -> None:
    """Attach Dash's endpoints to `app.server`."""
    server = app.server

    def index(path: str = "") -> str:
        from .page import render_index

        return render_index(title=app.title, config=page_config(app), static_url=STATIC_URL, plotly_url=PLOTLY_URL)

    server.add_url_rule("/", "index", index)
    server.add_url_rule("/<path:path>", "index_path", index)

    @server.get("/_dash-layout")
    def layout() -> flask.Response:
        return _json_response(to_json(app.serve_layout()))

    @server.get("/_dash-dependencies")
    def dependencies() -> flask.Response:
        return _json_response(json.dumps(app.dependencies()))

    @server.post("/_dash-update-component")
    def update_component() -> flask.Response:
        app.prepare()
        try:
            body = loads_like_javascript(flask.request.get_data(as_text=True))
        except ValueError as error:
            return _error(400, "BadRequest", f"The request body is not valid JSON: {error}.")
        status, answer = update_component_answer(app.callback_registry, body, debug=app.debug)
        if answer is None:
            return flask.Response(status=status)  # 204: PreventUpdate (rule O-3)
        return _json_response(to_json(answer), status)

    @server.get(STATIC_URL + "<path:filename>")
    def static_file(filename: str) -> flask.Response:
        return flask.send_from_directory(str(resources.files("learndash") / "static"), filename)

    @server.get(PLOTLY_URL)
    def plotly_js() -> flask.Response:
        bundle = resources.files("plotly") / "package_data"
        return flask.send_from_directory(str(bundle), "plotly.min.js")
