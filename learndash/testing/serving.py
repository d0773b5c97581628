"""Serve a WSGI app (a learndash or Dash app's Flask server) on 127.0.0.1 in a thread, for tests.

`with LocalServer(app.server) as server:` gives `server.base_url` on a free port; leaving the block
stops it. Used by `BrowserHarness` and by the HTTP transport's tests.
"""
from __future__ import annotations

import threading
from typing import Any, Callable


class LocalServer:
    """A threaded werkzeug server for one WSGI app with `app.run()`'s keep-alive handler, quiet
    (one log line per request would drown test output)."""

    def __init__(self, wsgi_app: Callable[..., Any]) -> None:
        from werkzeug.serving import make_server

        from ..dev_server import KeepAliveRequestHandler

        class QuietHandler(KeepAliveRequestHandler):
            def log_request(self, *args: Any) -> None:
                pass

        self.server = make_server("127.0.0.1", 0, wsgi_app, threaded=True, request_handler=QuietHandler)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        # A short poll interval lets close() stop the server in milliseconds rather than half a second.
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, name="learndash-test-server", daemon=True
        ).start()

    def close(self) -> None:
        """Stop serving and free the port."""
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()
