"""`app.run()`'s request handler: werkzeug's development server, keeping each connection open (HTTP/1.1 keep-alive).

Werkzeug's handler ends every response with `Connection: close`. A page then pays, for every
callback request, a new TCP connection on the client and a new thread on the server, and the
handler waits after each response for the client to hang up: under load that is about half of the
server's time, against a few percent spent in learndash's callback route (profile in issue 15).
HTTP/1.1's default is to keep the connection for the next request; this handler does so whenever
the next request's first byte is known to be where it reads next:

- the request stated its body's length (`Content-Length`) or had none, and the part of the body
  the app left unread is small enough to skip (a 413 answer leaves a big upload unread: close);
- the response's end is known: its `Content-Length`, or chunked transfer encoding when the
  response has no length and the client speaks HTTP/1.1, or no body at all (HEAD, 204, 304).

Anything else (a chunked upload, an HTTP/1.0 client without `Connection: keep-alive`, an app
error after the headers went out) closes the connection, as werkzeug always does. A connection
with no next request for `KEEP_ALIVE_SECONDS` is closed, so a client that goes quiet, or vanishes
without closing (a half-open connection), holds a thread for seconds, not forever. Threads are
daemons, so Ctrl-C and the debug reloader's restart never wait for an open connection.
"""
from __future__ import annotations

import socket
import traceback
from typing import Any, Callable, Iterable

from werkzeug.exceptions import InternalServerError
from werkzeug.serving import WSGIRequestHandler
from werkzeug.wsgi import LimitedStream

#: How long a kept connection may wait for its next request (Apache's and uvicorn's default).
KEEP_ALIVE_SECONDS = 5.0
#: The most unread request body skipped to keep a connection; past it, closing is cheaper.
SKIP_AT_MOST_BYTES = 64 * 1024
#: The client hung up or went quiet mid-request.
CONNECTION_DROPPED = (ConnectionError, TimeoutError)


class KeepAliveRequestHandler(WSGIRequestHandler):
    """Werkzeug's request handler, answering any number of requests on one connection."""

    protocol_version = "HTTP/1.1"
    timeout = KEEP_ALIVE_SECONDS  # every read and write on the socket, the wait for the next request included

    def setup(self) -> None:
        super().setup()
        if self.connection.family in (socket.AF_INET, socket.AF_INET6):
            # The head and the body go out as two writes; without this, the second waits for
            # the client's delayed acknowledgement of the first (Nagle's algorithm), up to 40 ms.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def run_wsgi(self) -> None:
        """Answer one request with the WSGI app (werkzeug's `run_wsgi`, without closing)."""
        self.environ = environ = self.make_environ()
        body = request_body(environ)
        response = ResponseWriter(self, body)
        try:
            try:
                response.send_all(self.server.app(environ, response.start_response))
            except CONNECTION_DROPPED:
                raise
            except Exception:
                if self.server.passthrough_errors:
                    raise
                self.log_error("Error on request:\n%s", traceback.format_exc())
                if response.head_sent:
                    self.close_connection = True  # the body is cut short; only closing says so
                    return
                response.send_all(InternalServerError()(environ, response.start_response))
        except CONNECTION_DROPPED as error:
            self.close_connection = True
            self.connection_dropped(error, environ)
            return
        if not self.close_connection and not skip_rest(body):
            self.close_connection = True

    def log_error(self, format: str, *args: Any) -> None:
        """Werkzeug's error log, quiet about a kept connection that waited in vain for its next
        request (http.server reports that as 'Request timed out')."""
        if not format.startswith("Request timed out"):
            super().log_error(format, *args)


def request_body(environ: dict[str, Any]) -> LimitedStream | None:
    """The request's body as a stream that ends at its stated length (set as `wsgi.input`), or
    None when its length is not stated (a chunked upload), so the connection must close."""
    if "wsgi.input_terminated" in environ:
        return None
    length = environ.get("CONTENT_LENGTH", "0") or "0"
    if not length.isdigit():
        return None
    environ["wsgi.input"] = body = LimitedStream(environ["wsgi.input"], int(length))
    return body


def too_much_left(body: LimitedStream | None) -> bool:
    """Whether the unread rest of the body is too long to skip (or its length is unknown)."""
    return body is None or body.limit - body.tell() > SKIP_AT_MOST_BYTES


def skip_rest(body: LimitedStream | None) -> bool:
    """Read past what the app left of the body, so the next request is read from its first byte;
    False when the rest is too long to be worth it, or the client left."""
    if body is None or too_much_left(body):
        return False
    try:
        body.exhaust()
    except Exception:  # werkzeug's ClientDisconnected, or the socket failing
        return False
    return True


class ResponseWriter:
    """WSGI's `start_response` and `write` for one request: the head once, then the body, framed
    so the client sees where it ends without the connection closing."""

    def __init__(self, handler: KeepAliveRequestHandler, body: LimitedStream | None) -> None:
        self.handler = handler
        self.body = body
        self.status: str | None = None
        self.headers: list[tuple[str, str]] = []
        self.head_sent = False
        self.chunked = False
        self.bodiless = False

    def start_response(self, status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
        """WSGI: remember the status and headers; an app may call again with `exc_info` to
        replace them while nothing has been sent."""
        if exc_info is not None and self.head_sent:
            raise exc_info[1].with_traceback(exc_info[2])
        self.status, self.headers = status, headers
        return self.write

    def send_all(self, chunks: Iterable[bytes]) -> None:
        """Write the app's response iterable and end the body; close the iterable as WSGI asks."""
        try:
            for chunk in chunks:
                self.write(chunk)
            if not self.head_sent:
                self.send_head()
            if self.chunked:
                self.handler.wfile.write(b"0\r\n\r\n")
        finally:
            if hasattr(chunks, "close"):
                chunks.close()

    def write(self, data: bytes) -> None:
        """One piece of the body (the head goes first)."""
        if not self.head_sent:
            self.send_head()
        if not data or self.bodiless:
            return
        if self.chunked:
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.handler.wfile.write(data)

    def send_head(self) -> None:
        """The status line and headers, saying how the body ends or that the connection closes."""
        handler = self.handler
        if self.status is None:
            raise AssertionError("The WSGI app wrote its body before calling start_response")
        code, _, reason = self.status.partition(" ")
        names = {name.lower() for name, _ in self.headers}
        self.bodiless = handler.command == "HEAD" or code.startswith("1") or code in ("204", "304")
        if too_much_left(self.body):
            handler.close_connection = True
        if "content-length" not in names and not self.bodiless:
            if handler.request_version >= "HTTP/1.1":
                self.chunked = True
            else:
                handler.close_connection = True  # an HTTP/1.0 client learns the body's end from the close
        handler.send_response(int(code), reason)  # logs the request, adds Server and Date
        for name, value in self.headers:
            handler.send_header(name, value)
        if self.chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        if handler.close_connection:
            handler.send_header("Connection", "close")
        elif handler.request_version == "HTTP/1.0":
            handler.send_header("Connection", "keep-alive")  # an HTTP/1.0 client asked to keep it
        handler.end_headers()
        self.head_sent = True
