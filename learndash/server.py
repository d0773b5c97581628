"""Flask routes: Dash's endpoints over HTTP, and nothing else (rules W-1, W-8, W-10).

Every decision is made elsewhere: the layout by the app, the callback by `execute.py`, the checks
by `validation.py`. The server keeps no per-user state, so any number of workers can serve an app.
"""
from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

import flask

import plotly

from . import assets
from .bundle import renderer_bundle
from .page import has_graph, render_index
from .serialize import to_json
from .update_route import UPDATE_PATH, LeanUpdateRoute, answer_update

if TYPE_CHECKING:
    from .app import Dash

STATIC_URL = "/_learndash/static/"
#: The renderer modules bundled (`bundle.py`); the version in the URL is the bundle's hash.
BUNDLE_URL = "/_learndash/renderer-{version}.js"
#: plotly.js, versioned by plotly's release so the browser can keep it.
PLOTLY_URL = f"/_learndash/plotly-{plotly.__version__}.min.js"


def _json_response(text: str, status: int = 200) -> flask.Response:
    return flask.Response(text, status=status, mimetype="application/json")


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

    def index(path: str = "") -> flask.Response:
        """The page with its layout and dependencies inside: a layout function is called once
        per page load, as in Dash (W-1, W-2), and the renderer fetches nothing more to start."""
        layout_text = to_json(app.serve_layout())
        layout_json = json.loads(layout_text)
        page = render_index(
            title=app.title,
            config=page_config(app, layout_json),
            bundle_url=BUNDLE_URL.format(version=renderer_bundle().version),
            plotly_url=PLOTLY_URL,
            layout_json=layout_text,
            dependencies_json=json.dumps(app.dependencies()),
            load_plotly=has_graph(layout_json),
        )
        return assets.text_response(page, "text/html")

    server.add_url_rule("/", "index", index)
    server.add_url_rule("/<path:path>", "index_path", index)

    @server.get("/_dash-layout")
    def layout() -> flask.Response:
        return _json_response(to_json(app.serve_layout()))

    @server.get("/_dash-dependencies")
    def dependencies() -> flask.Response:
        return _json_response(json.dumps(app.dependencies()))

    @server.post(UPDATE_PATH)
    def update_component() -> flask.Response:
        """Requests the lean route passes on (`update_route.py`) are answered here, alike."""
        status, payload = answer_update(app, flask.request.get_data())
        if payload is None:
            return flask.Response(status=status)  # 204: PreventUpdate (rule O-3)
        return flask.Response(payload, status=status, mimetype="application/json")

    server.wsgi_app = LeanUpdateRoute(app, server.wsgi_app)  # type: ignore[method-assign]

    @server.get(STATIC_URL + "<path:filename>")
    def static_file(filename: str) -> flask.Response:
        """The readable modules one by one, as they are on disk."""
        return flask.send_from_directory(str(resources.files("learndash") / "static"), filename)

    @server.get(BUNDLE_URL.format(version="<version>"))
    def renderer_script(version: str) -> flask.Response:
        """The bundle, kept for a year under its hash; an old hash (a page from before the
        modules changed) gets today's bundle, not to be kept."""
        bundle = renderer_bundle()
        cache = assets.CACHE_FOR_A_YEAR if version == bundle.version else assets.REVALIDATE
        return assets.text_response(bundle.text, "text/javascript", cache_control=cache, remember=True)

    @server.get(PLOTLY_URL)
    def plotly_js() -> flask.Response:
        folder = resources.files("plotly") / "package_data"
        response = flask.send_from_directory(str(folder), "plotly.min.js", max_age=31536000)
        response.headers["Cache-Control"] = assets.CACHE_FOR_A_YEAR
        return response
