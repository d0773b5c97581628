"""Flask routes: Dash's endpoints over HTTP, and nothing else (rules W-1, W-8, W-10).

Every decision is made elsewhere: the layout by the app, the callback by `execute.py`, the checks
by `validation.py` and `request_body.py`. The server keeps no per-user state, so any number of
workers can serve an app.

Every answer from the three Dash endpoints is JSON, errors included, so the page's overlay (and a
person reading the Network tab) can show what went wrong; refused requests and callback errors are
logged through Flask's logger (`app.server.logger`) for whoever runs the server.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import flask
from werkzeug.exceptions import HTTPException

import plotly

from . import responses
from .assets import ASSETS_URL, asset_files, asset_url, assets_dir
from .bundle import FILE_NAME, Bundle, renderer_bundle
from .clientside import inline_script
from .page import dcc_types, has_graph, render_index
from .protocol import error_body
from .serialize import to_json
from .update_route import UPDATE_PATH, LeanUpdateRoute, answer_update, fault_message, log_refusal
from .validation import layout_json_text

if TYPE_CHECKING:
    from .app import Dash

STATIC_URL = "/_learndash/static/"
#: The renderer modules bundled (`bundle.py`), and its chunks; the version in the URL is a hash of the text.
BUNDLE_URL = "/_learndash/" + FILE_NAME
#: The chunks the debug page loads as it starts (config.ui), fetched along with the bundle.
DEBUG_MODULES = ("devtools.js",)
#: plotly.js, versioned by plotly's release so the browser can keep it.
PLOTLY_URL = f"/_learndash/plotly-{plotly.__version__}.min.js"
DASH_ENDPOINTS = ("/_dash-layout", "/_dash-dependencies", UPDATE_PATH)

# The largest callback request read, unless `app.server.config["MAX_CONTENT_LENGTH"]` says otherwise.
# A page's request carries the values of a callback's Inputs and States: kilobytes, or a few MB for
# a figure or a Store. Beyond this the server answers 413 before reading the body.
MAX_REQUEST_BYTES = 10 * 1024 * 1024


def _json_response(text: str, status: int = 200) -> flask.Response:
    return flask.Response(text, status=status, mimetype="application/json")


def _error(status: int, kind: str, message: str, **details: str) -> flask.Response:
    """Errors are JSON that names the problem, so the page's overlay can show it (W-8)."""
    return _json_response(json.dumps(error_body(kind, message, **details)), status)


def _refuse(server: flask.Flask, status: int, kind: str, message: str) -> flask.Response:
    """Answer a request the server will not serve, and log it."""
    log_refusal(server, flask.request.method, flask.request.path, status, kind, message)
    return _error(status, kind, message)


def page_config(app: Dash, layout_json: Any = None) -> dict[str, Any]:
    """The `_dash-config` JSON embedded in the page (rule W-10); its validation errors are those of
    `layout_json` when given (the layout of the same page load), else of a freshly served layout."""
    app.prepare()
    if layout_json is None:
        layout_json = json.loads(layout_json_text(app.serve_layout()))
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


@lru_cache(maxsize=1)
def plotly_source() -> bytes:
    """The plotly.min.js that plotly's Python package ships (the one its figures are written for),
    read once: the same bytes object every time, so its compressed copy is kept (`responses.py`)."""
    return (resources.files("plotly") / "package_data" / "plotly.min.js").read_bytes()


def starting_chunks(app: Dash, bundle: Bundle, layout_json: Any) -> list[Bundle]:
    """The chunks of the bundle the page imports before it renders: the modules of the layout's
    components that the bundle leaves out (components/registry.js), and the dev tools when
    debugging. The page asks for them with the bundle, so they cost no round trip of their own."""
    modules = [f"components/{component_type}.js" for component_type in dcc_types(layout_json)]
    if app.debug:
        modules += DEBUG_MODULES
    return [bundle.chunks[module] for module in modules if module in bundle.chunks]


def read_limited_body(limit: int) -> bytes | None:
    """The request's bytes, or None when there are more than `limit` (checked before reading when
    the request states its length, while reading when it is chunked)."""
    request = flask.request
    if request.content_length is not None:
        # Kept by the request, so a callback's flask.request.get_json() reads it again.
        return None if request.content_length > limit else request.get_data(cache=True)
    data = request.stream.read(limit + 1)
    return None if len(data) > limit else data


def add_routes(app: Dash) -> None:
    """Attach Dash's endpoints to `app.server`."""
    server = app.server

    def index(path: str = "") -> flask.Response:
        """The page with its layout and dependencies inside: a layout function is called once
        per page load, as in Dash (W-1, W-2), and the renderer fetches nothing more to start."""
        layout_text = layout_json_text(app.serve_layout())
        layout_json = json.loads(layout_text)
        bundle = renderer_bundle()
        page = render_index(
            title=app.title,
            config=page_config(app, layout_json),
            bundle_url=BUNDLE_URL.format(version=bundle.version),
            preload_urls=[BUNDLE_URL.format(version=chunk.version) for chunk in starting_chunks(app, bundle, layout_json)],
            plotly_url=PLOTLY_URL,
            layout_json=layout_text,
            dependencies_json=to_json(app.dependencies()),  # running= values may be components
            load_plotly=has_graph(layout_json),
            asset_scripts=[asset_url(name) for name in asset_files(app, ".js")],
            asset_stylesheets=[asset_url(name) for name in asset_files(app, ".css")],
            inline_script=inline_script(app.inline_clientside_functions()),
        )
        return responses.text_response(page, "text/html")

    server.add_url_rule("/", "index", index)
    server.add_url_rule("/<path:path>", "index_path", index)

    @server.get("/_dash-layout")
    def layout() -> flask.Response:
        return _json_response(layout_json_text(app.serve_layout()))

    @server.get("/_dash-dependencies")
    def dependencies() -> flask.Response:
        return _json_response(to_json(app.dependencies()))  # running= values may be components

    @server.post(UPDATE_PATH)
    def update_component() -> flask.Response:
        """The callback route for every request the lean route passes on (`update_route.py`):
        the refusals that need Flask's view of the request (a body that is not JSON, one past the
        size limit) are made here, then both routes answer alike through `answer_update`."""
        if not flask.request.is_json:
            # Like Dash (Flask's get_json): only JSON is read. A form or text/plain post, which any
            # other web site can make a visitor's browser send, runs nothing.
            return _refuse(
                server, 415, "UnsupportedMediaType",
                f"The callback endpoint reads JSON only, but the request's Content-Type is "
                f"{flask.request.content_type or 'missing'!r}. Send the body with "
                "'Content-Type: application/json', as the page does.",
            )
        limit = server.config.get("MAX_CONTENT_LENGTH") or MAX_REQUEST_BYTES
        try:
            data = read_limited_body(limit)
        except OSError as error:  # werkzeug's reader of a chunked body that breaks HTTP's chunk format
            return _refuse(
                server, 400, "BadRequest",
                f"The request body could not be read ({error}): it is sent in chunks (Transfer-Encoding: "
                "chunked) that do not follow HTTP's chunk format. Send the body with a Content-Length "
                "header instead, as the page does.",
            )
        if data is None:
            return _refuse(
                server, 413, "RequestEntityTooLarge",
                f"The request body is larger than the {limit:,} bytes the server reads. Send smaller "
                "Input and State values (e.g. keep big data on the server), or raise the limit with "
                "app.server.config['MAX_CONTENT_LENGTH'].",
            )
        status, payload = answer_update(app, data, flask.request)
        if payload is None:
            return flask.Response(status=status)  # 204: PreventUpdate (rule O-3)
        return flask.Response(payload, status=status, mimetype="application/json")

    server.wsgi_app = LeanUpdateRoute(app, server.wsgi_app)  # type: ignore[method-assign]

    @server.get(STATIC_URL + "<path:filename>")
    def static_file(filename: str) -> flask.Response:
        """The readable modules one by one, as they are on disk."""
        return flask.send_from_directory(str(resources.files("learndash") / "static"), filename)

    @server.get(ASSETS_URL + "<path:filename>")
    def asset(filename: str) -> flask.Response:
        return flask.send_from_directory(str(assets_dir(app)), filename)

    @server.get(BUNDLE_URL.format(version="<version>"))
    def renderer_script(version: str) -> flask.Response:
        """The bundle or one of its chunks, kept for a year under its hash; an old hash (a page
        from before the modules changed) gets today's bundle, not to be kept."""
        bundle = renderer_bundle()
        script = bundle.file(version)
        cache = responses.CACHE_FOR_A_YEAR if script else responses.REVALIDATE
        return responses.text_response((script or bundle).text, "text/javascript", cache_control=cache, remember=True)

    @server.get(PLOTLY_URL)
    def plotly_js() -> flask.Response:
        """plotly.js from memory, gzipped once, kept for a year under its release's URL."""
        return responses.bytes_response(plotly_source(), "text/javascript", cache_control=responses.CACHE_FOR_A_YEAR, remember=True)

    @server.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        """On the Dash endpoints every error is JSON too (a wrong method, a server fault); other
        routes of a shared Flask server keep Flask's own pages."""
        if flask.request.path not in DASH_ENDPOINTS:
            return error
        kind = type(error).__name__
        if error.code == 405:
            allowed = "POST" if flask.request.path == "/_dash-update-component" else "GET"
            message = f"{flask.request.path} answers {allowed} requests only, but this one was {flask.request.method}."
            response = _refuse(server, 405, kind, message)
            response.headers["Allow"] = allowed
            return response
        original = getattr(error, "original_exception", None)
        if original is not None:  # e.g. a layout function that raised; Flask has logged the traceback
            return _refuse(server, 500, type(original).__name__, fault_message(flask.request.path, original))
        return _refuse(server, error.code or 500, kind, f"{error.name}: {error.description}")
