"""The apps `dash_compare.py` measures, built with learndash or with real Dash, and their servers.

Each app is built from one source for both libraries, so the two servers answer the same page and
the same callback request:

- `text_input`: the browser tests' Input → Div app (one callback);
- `slider_graph`: chapter 3's app (a Slider drives a plotly.express figure in a dcc.Graph).

Beside the two libraries stands a third server, the `ceiling`: a WSGI app that answers every
request with the callback's precomputed bytes and does no work at all. Served by the same gunicorn,
it shows how many requests per second the server itself allows, whatever the library does.

Run a server as its own process, so it never shares an interpreter with the load generator:

    python bench/compare_apps.py werkzeug dash text_input 8050       # app.run(threaded=True)
    gunicorn -w 2 -b 127.0.0.1:8050 --chdir bench 'compare_apps:wsgi("dash", "text_input")'
    gunicorn -w 2 -b 127.0.0.1:8050 --chdir bench 'compare_apps:wsgi("ceiling", "text_input")'
"""
from __future__ import annotations

import importlib
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

APPS = ("text_input", "slider_graph")
LIBRARIES = ("dash", "learndash")
CEILING = "ceiling"
SLIDER_GRAPH_SOURCE = ROOT / "chapters" / "03_slider_graph" / "app.py"

#: One callback request for each app, byte for byte what both renderers send (rule W-6).
REQUESTS = {
    "text_input": {
        "output": "greeting.children",
        "outputs": {"id": "greeting", "property": "children"},
        "inputs": [{"id": "name", "property": "value", "value": "Ada"}],
        "changedPropIds": ["name.value"],
    },
    "slider_graph": {
        "output": "graph-with-slider.figure",
        "outputs": {"id": "graph-with-slider", "property": "figure"},
        "inputs": [{"id": "year-slider", "property": "value", "value": 1977}],
        "changedPropIds": ["year-slider.value"],
    },
}


def request_bytes(app_name: str) -> bytes:
    """The POST body for `app_name`'s callback, compact JSON as the browser's `JSON.stringify` writes it."""
    return json.dumps(REQUESTS[app_name], separators=(",", ":")).encode("utf-8")


def build(library: str, app_name: str) -> Any:
    """The app `app_name` built with `library` ("dash" or "learndash")."""
    from learndash.testing.browser import _load_dash_app, _load_learndash_app

    if app_name == "text_input":
        import browser_apps

        return browser_apps.text_input_app(importlib.import_module(library))
    if app_name == "slider_graph":
        load = _load_dash_app if library == "dash" else _load_learndash_app
        return load(SLIDER_GRAPH_SOURCE)
    raise ValueError(f"unknown app {app_name!r}; the apps are {APPS}")


def fixed_answer(app_name: str) -> Any:
    """A WSGI app that answers any request with the bytes learndash answers `app_name`'s callback
    request with, computed once: the server's own cost per request, with no library behind it."""
    client = build("learndash", app_name).server.test_client()
    answer = client.post("/_dash-update-component", data=request_bytes(app_name), content_type="application/json").data
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(answer)))]

    def application(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        environ["wsgi.input"].read()
        start_response("200 OK", headers)
        return [answer]

    return application


def wsgi(library: str, app_name: str) -> Any:
    """The WSGI application for gunicorn: the Flask server of the built app, or the ceiling."""
    if library == CEILING:
        return fixed_answer(app_name)
    return build(library, app_name).server


def serve_werkzeug(library: str, app_name: str, port: int) -> None:
    """Serve as a user would, `app.run(threaded=True)` (werkzeug's threaded server, with each
    library's own request handler), the request log off in both (a line per request to a terminal
    would measure the terminal)."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    build(library, app_name).run(host="127.0.0.1", port=port, threaded=True)


if __name__ == "__main__":
    _, server_kind, library_name, name, port_text = sys.argv
    if server_kind != "werkzeug":
        raise SystemExit("only 'werkzeug' is served from here; gunicorn imports compare_apps:wsgi(...)")
    serve_werkzeug(library_name, name, int(port_text))
