"""How the page reaches a server: the three requests of Dash's protocol, and nothing else (rule W-1).

A `Transport` carries exactly what a browser fetches: the page config (the `_dash-config` script of
the index page), `GET /_dash-layout`, `GET /_dash-dependencies` and `POST /_dash-update-component`.
The renderer model (`renderer.py`) sees an app only through one.

- `InProcessTransport(app)`: no HTTP; calls the same code the Flask routes call, with the JSON a
  browser and a server would write and read: the request body is written once and read by the
  server, the answer's text is read once by the page, so values arrive exactly as a browser would
  receive them. The fast default of `AppHarness`.
- `HttpTransport(base_url)`: a running server, learndash's or real Dash's.

A server that does not speak the protocol gives a `LearndashError` that names the endpoint and
what it answered.
"""
from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Protocol

import orjson

from .exceptions import LearndashError
from .execute import update_component_answer
from .protocol import dumps, loads_like_javascript
from .validation import layout_json_text


class Transport(Protocol):
    """The wire between a page and its server (rule W-1)."""

    def fetch_config(self) -> dict[str, Any]:
        """The page's `_dash-config`: suppress_callback_exceptions, debug ("ui"), url_base_pathname, ..."""

    def fetch_layout(self) -> Any:
        """`GET /_dash-layout`, parsed JSON."""

    def fetch_dependencies(self) -> list[dict[str, Any]]:
        """`GET /_dash-dependencies`, parsed JSON."""

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        """`POST /_dash-update-component`: (HTTP status, parsed JSON body, or None for 204)."""

    def fetch_clientside_scripts(self) -> list[str]:
        """The index page's scripts that clientside callbacks need (rule C-10): the app's assets/
        scripts, then the inline script that defines inline functions, in page order. Optional:
        a transport without it gives the page no scripts, which is right for apps without
        clientside callbacks."""

    def clientside_seconds(self) -> float | None:
        """How long the page's JavaScript may run now (rule C-10), or None for the engine's own
        limit. Optional: only a transport whose caller has a deadline (a grader's check) has it."""

    def close(self) -> None:
        """Release what the transport holds (connections, processes)."""


class InProcessTransport:
    """A learndash app in this process, answered by the code behind its Flask routes.

    It answers as a debug server does (`debug=True`: tracebacks in error answers), because a test
    page, like Dash's dev tools, should show the student where their callback failed.
    """

    def __init__(self, app: Any, *, debug: bool = True) -> None:
        self.app = app
        self.debug = debug
        self.next_layout: Any = None
        app.prepare()

    def fetch_config(self) -> dict[str, Any]:
        """The config of a new page load. A layout function is called once per load (W-2): the
        layout served here is validated for the config and handed out by `fetch_layout`."""
        from .server import page_config

        self.next_layout = loads_like_javascript(layout_json_text(self.app.serve_layout()))
        return json.loads(json.dumps(page_config(self.app, self.next_layout)))

    def fetch_layout(self) -> Any:
        layout, self.next_layout = self.next_layout, None
        return layout if layout is not None else loads_like_javascript(layout_json_text(self.app.serve_layout()))

    def fetch_dependencies(self) -> list[dict[str, Any]]:
        return loads_like_javascript(dumps(self.app.dependencies()))  # running= values may be components

    def fetch_clientside_scripts(self) -> list[str]:
        from .assets import asset_script_sources
        from .clientside import inline_script

        inline = inline_script(self.app.inline_clientside_functions())
        return asset_script_sources(self.app) + ([inline] if inline else [])

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        status, text = self.update_component_text(body)
        return status, None if text is None else loads_like_javascript(text)

    def update_component_text(self, body: dict[str, Any]) -> tuple[int, str | None]:
        """The answer as the route sends it: (status, JSON text, or None for 204). The grading
        child passes the text on as it is: a figure is encoded once (by the check that it
        encodes), not encoded, read back and encoded again."""
        return update_component_answer(self.app.callback_registry, as_received(body), debug=self.debug)

    def close(self) -> None:
        """Nothing to release: the app lives in this process."""


def as_received(body: dict[str, Any]) -> Any:
    """The request body as the server reads it: written as JSON by the page and parsed by the
    server, once, as over HTTP. The callback gets its own copy of the page's values, and numbers
    keep JavaScript's rules. The page's values are JSON already, so orjson writes them; a whole
    number past 64 bits (1e20, which JavaScript writes in digits) is left to `json`."""
    try:
        text = orjson.dumps(body).decode("utf-8")
    except TypeError:
        text = json.dumps(body)
    return loads_like_javascript(text)


CONFIG_SCRIPT = re.compile(r'<script[^>]*id="_dash-config"[^>]*>(.*?)</script>', re.DOTALL)
SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)
SOURCE = re.compile(r'\bsrc="([^"]*)"')


class HttpTransport:
    """A Dash-protocol server over HTTP: a learndash app, or a real Dash app (W-1, W-10).

    `base_url` is where the page is served, e.g. `http://127.0.0.1:8050/`; the three endpoints are
    found under the config's `requests_pathname_prefix`, as Dash's renderer finds them.
    """

    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = timeout
        self.prefix: str | None = None
        self.index_html = ""

    def fetch_config(self) -> dict[str, Any]:
        status, content_type, text = self.request("GET", self.base_url)
        self.index_html = text if status == 200 else ""
        found = CONFIG_SCRIPT.search(text) if status == 200 else None
        if found is None:
            raise LearndashError(
                f"GET {self.base_url} answered {_describe(status, content_type, text)}, which is not a "
                "Dash page: a Dash server answers its index page with HTML holding "
                '<script id="_dash-config" type="application/json">. Check the address and that the app is running.'
            )
        try:
            config = json.loads(html.unescape(found.group(1)))
        except ValueError as error:
            raise LearndashError(f"GET {self.base_url}: the _dash-config script is not valid JSON ({error}).") from error
        if not isinstance(config, dict):
            raise LearndashError(f"GET {self.base_url}: the _dash-config script holds {config!r:.120}, not a JSON object.")
        self.prefix = config.get("requests_pathname_prefix") or "/"
        return config

    def fetch_layout(self) -> Any:
        return self.get_json("_dash-layout")

    def fetch_dependencies(self) -> list[dict[str, Any]]:
        return self.get_json("_dash-dependencies")

    def fetch_clientside_scripts(self) -> list[str]:
        """Classic scripts of the index page, in order: those served from the app's assets/ folder,
        fetched, and inline ones (Dash's clientside functions); the config, the renderer's own
        bundles and modules are left out, as they need a browser."""
        assets = self.endpoint("assets/")
        scripts = []
        page = re.sub(r"<!--.*?-->", "", self.index_html, flags=re.DOTALL)  # e.g. Dash's IE-only alert
        for attributes, content in SCRIPT.findall(page):
            if "type=" in attributes and "text/javascript" not in attributes:
                continue  # the JSON config, learndash's ES modules, Dash's renderer bootstrap
            source = SOURCE.search(attributes)
            if source is None:
                scripts.append(content)  # script text is raw in HTML: no entities to decode
                continue
            url = urllib.parse.urljoin(self.base_url, html.unescape(source.group(1)))
            if url.startswith(assets):
                status, content_type, text = self.request("GET", url)
                if status != 200:
                    raise LearndashError(f"GET {url} (an asset script of the page) answered {_describe(status, content_type, text)}.")
                scripts.append(text)
        return scripts

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        url = self.endpoint("_dash-update-component")
        status, content_type, text = self.request("POST", url, json.dumps(body).encode("utf-8"))
        if status == 204 or (status == 200 and not text.strip()):
            return status, None
        try:
            return status, loads_like_javascript(text)
        except ValueError:
            if status == 200:
                raise LearndashError(
                    f"POST {url} for {body.get('output')!r} answered {_describe(status, content_type, text)}, "
                    "not the JSON of a callback response (rule W-7)."
                ) from None
            return status, text  # Dash answers a failed callback with HTML or text (rule W-8)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    # -- HTTP ---------------------------------------------------------------------------------

    def endpoint(self, name: str) -> str:
        """The URL of one endpoint under the config's `requests_pathname_prefix` (W-1)."""
        prefix = self.prefix if self.prefix is not None else "/"
        return urllib.parse.urljoin(self.base_url, prefix + name)

    def get_json(self, name: str) -> Any:
        url = self.endpoint(name)
        status, content_type, text = self.request("GET", url)
        if status == 200:
            try:
                return loads_like_javascript(text)
            except ValueError:
                pass
        raise LearndashError(
            f"GET {url} answered {_describe(status, content_type, text)}, but a Dash server answers it "
            "with JSON (rule W-1). Is this a Dash app?"
        )

    def request(self, method: str, url: str, data: bytes | None = None) -> tuple[int, str, str]:
        """(status, content type, body text) of one request; HTTP errors are answers too."""
        headers = {"Accept": "application/json" if data is not None or "_dash" in url else "text/html"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise LearndashError(f"{method} {url} failed: {reason}. Is the server running at {self.base_url}?") from error


def _describe(status: int, content_type: str, text: str) -> str:
    """`404 (text/html): "<!doctype html>..."`: what a server answered, short enough for a message."""
    snippet = " ".join(text.split())
    snippet = snippet if len(snippet) <= 100 else snippet[:97] + "..."
    return f"{status} ({content_type or 'no content type'}): {snippet!r}"
