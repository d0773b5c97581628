"""`app.run()`'s keep-alive request handler (`learndash/dev_server.py`) answers as werkzeug's does.

Each test serves an app on 127.0.0.1 with the handler and talks raw HTTP over sockets, so it sees
exactly the bytes a browser sees: the same bytes on one kept connection as on a new connection
per request, the connection kept only when the next request's start is known, closed otherwise.
"""
from __future__ import annotations

import re
import socket
import threading
from typing import Any, Callable, Iterator

import flask
import pytest
from werkzeug.serving import make_server

import learndash
from learndash import dcc, html
from learndash.dev_server import KeepAliveRequestHandler
from learndash.dependencies import Input, Output


class QuietHandler(KeepAliveRequestHandler):
    def log_request(self, *args: Any) -> None:
        pass


@pytest.fixture
def serve() -> Iterator[Callable[..., int]]:
    """`serve(wsgi_app, handler=QuietHandler)` → the port of a threaded server running it."""
    servers = []

    def start(wsgi_app: Callable[..., Any], handler: type = QuietHandler) -> int:
        server = make_server("127.0.0.1", 0, wsgi_app, threaded=True, request_handler=handler)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        servers.append(server)
        return server.server_port

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def greeting_app() -> learndash.Dash:
    app = learndash.Dash(__name__)
    app.layout = html.Div([dcc.Input(id="name", value="world"), html.Div(id="greeting")])

    @app.callback(Output("greeting", "children"), Input("name", "value"))
    def greet(name):
        return f"Hello {name}"

    return app


UPDATE = (
    b'{"output":"greeting.children","outputs":{"id":"greeting","property":"children"},'
    b'"inputs":[{"id":"name","property":"value","value":"Ada"}],"changedPropIds":["name.value"]}'
)


def post(path: str, body: bytes, *, version: str = "HTTP/1.1", content_type: str = "application/json") -> bytes:
    return (
        f"POST {path} {version}\r\nHost: localhost\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def get(path: str, *, version: str = "HTTP/1.1", headers: str = "") -> bytes:
    return f"GET {path} {version}\r\nHost: localhost\r\n{headers}\r\n".encode()


def read_response(stream: Any, *, head_only: bool = False) -> bytes:
    """One response's bytes from a socket file, found by its framing (length, chunks or close);
    `head_only` for the answer to a HEAD request."""
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        line = stream.readline()
        if not line:
            raise ConnectionError(f"the connection closed after {head!r}")
        head += line
    if head_only:
        return head
    length = re.search(rb"(?i)\r\ncontent-length: (\d+)", head)
    if length:
        return head + stream.read(int(length.group(1)))
    if re.search(rb"(?i)\r\ntransfer-encoding: chunked", head):
        body = b""
        while True:
            size_line = stream.readline()
            chunk = stream.read(int(size_line, 16) + 2)
            body += size_line + chunk
            if size_line.strip() == b"0":
                return head + body
    if re.search(rb"^HTTP/1\.\d (1\d\d|204|304)", head):
        return head
    return head + stream.read()  # the body ends when the connection does


def without_date(response: bytes) -> bytes:
    return re.sub(rb"\r\nDate: [^\r]*", b"", response)


def exchange(port: int, requests: list[bytes]) -> tuple[list[bytes], bool]:
    """Send `requests` one after another on one connection: (their responses, whether the server
    closed the connection after the last one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        stream = connection.makefile("rb")
        responses = []
        for request in requests:
            connection.sendall(request)
            responses.append(without_date(read_response(stream, head_only=request.startswith(b"HEAD "))))
        connection.settimeout(0.5)
        try:
            closed = stream.read(1) == b""
        except TimeoutError:
            closed = False
        return responses, closed


def test_requests_on_one_connection_get_the_bytes_of_separate_connections(serve):
    """W-6, W-7: a callback, a page, a 204 and an error answered on one kept connection, byte for
    byte as on a new connection each, and the connection stays open."""
    app = greeting_app()
    port = serve(app.server)
    requests = [post("/_dash-update-component", UPDATE), get("/_dash-layout"),
                post("/_dash-update-component", b"{not json"), get("/"), post("/_dash-update-component", UPDATE)]
    kept, closed = exchange(port, requests)
    separate = [exchange(port, [request])[0][0] for request in requests]
    assert kept == separate
    assert not closed
    assert kept[0].endswith(b'{"multi":true,"response":{"greeting":{"children":"Hello Ada"}}}')
    assert b"Connection" not in kept[0]


def test_a_body_the_app_did_not_read_is_skipped_so_the_next_request_is_read_whole(serve):
    """A POST refused unread (405 on a GET endpoint) leaves its body on the socket; the handler
    skips it, so the callback request after it is answered."""
    port = serve(greeting_app().server)
    (refused, answered), closed = exchange(port, [post("/_dash-layout", b"x" * 5000), post("/_dash-update-component", UPDATE)])
    assert refused.startswith(b"HTTP/1.1 405")
    assert answered.startswith(b"HTTP/1.1 200") and answered.endswith(b"Hello Ada\"}}}")
    assert not closed


def test_a_large_unread_body_closes_the_connection(serve):
    """Past SKIP_AT_MOST_BYTES unread, closing is cheaper than reading: the answer says so."""
    server = flask.Flask(__name__)
    server.post("/ignore")(lambda: "ignored")
    port = serve(server)
    body = b"x" * 100_000
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(post("/ignore", body, content_type="text/plain"))
        response = read_response(connection.makefile("rb"))
    assert response.startswith(b"HTTP/1.1 200") and b"\r\nConnection: close\r\n" in response


def chunked_post(path: str, chunks: bytes, *, content_length: int | None = None) -> bytes:
    """A POST whose body is sent as chunks, with a (contradicting) Content-Length when asked."""
    length = f"Content-Length: {content_length}\r\n" if content_length is not None else ""
    return (
        f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n{length}"
        "Transfer-Encoding: chunked\r\n\r\n"
    ).encode() + chunks


@pytest.mark.parametrize("content_length", [None, 5])
def test_a_chunked_callback_body_is_read_by_its_chunks_not_its_content_length(serve, content_length):
    """W-6: HTTP/1.1 says Transfer-Encoding wins over Content-Length; the callback gets the whole body."""
    port = serve(greeting_app().server)
    chunks = f"{len(UPDATE):x}\r\n".encode() + UPDATE + b"\r\n0\r\n\r\n"
    (answer,), _ = exchange(port, [chunked_post("/_dash-update-component", chunks, content_length=content_length)])
    assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"Hello Ada\"}}}")


def test_chunks_that_break_the_chunk_format_are_a_json_400_not_a_500(serve):
    """W-8: a malformed request is the client's error (werkzeug's reader raises OSError, which
    Flask would answer with an HTML 500 and a logged traceback)."""
    port = serve(greeting_app().server)
    broken = b"zz\r\n" + UPDATE + b"\r\n0\r\n\r\n"
    (answer,), closed = exchange(port, [chunked_post("/_dash-update-component", broken, content_length=len(UPDATE))])
    assert answer.startswith(b"HTTP/1.1 400") and b"Content-Type: application/json" in answer
    assert b"do not follow HTTP's chunk format. Send the body with a Content-Length header" in answer
    assert closed


def test_a_response_without_length_is_chunked_and_the_connection_kept(serve):
    """A streamed Flask response has no Content-Length: HTTP/1.1 chunks it; HTTP/1.0 closes."""
    server = flask.Flask(__name__)
    server.get("/stream")(lambda: flask.Response(iter([b"one ", b"", b"two"])))
    port = serve(server)
    (first, second), closed = exchange(port, [get("/stream"), get("/stream")])
    assert first == second
    assert b"\r\nTransfer-Encoding: chunked\r\n" in first and first.endswith(b"4\r\none \r\n3\r\ntwo\r\n0\r\n\r\n")
    assert not closed
    (old,), closed = exchange(port, [get("/stream", version="HTTP/1.0")])
    assert b"chunked" not in old and old.endswith(b"\r\n\r\none two") and closed


def test_http_1_0_closes_unless_asked_to_keep_alive(serve):
    port = serve(greeting_app().server)
    (response,), closed = exchange(port, [get("/_dash-layout", version="HTTP/1.0")])
    assert b"\r\nConnection: close\r\n" in response and closed
    (response,), closed = exchange(port, [get("/_dash-layout", version="HTTP/1.0", headers="Connection: keep-alive\r\n")])
    assert b"\r\nConnection: keep-alive\r\n" in response and not closed


def test_a_client_that_says_close_is_closed(serve):
    port = serve(greeting_app().server)
    (response,), closed = exchange(port, [get("/_dash-layout", headers="Connection: close\r\n")])
    assert response.startswith(b"HTTP/1.1 200") and closed


def test_a_quiet_connection_is_closed_after_the_keep_alive_time(serve):
    """A client that sends nothing (or vanished, half-open) holds its thread for the keep-alive
    time only, and the close is not logged as an error."""
    errors = []

    class ShortWait(QuietHandler):
        timeout = 0.2

        def log(self, type: str, message: str, *args: Any) -> None:
            errors.append(message % args)

    port = serve(greeting_app().server, ShortWait)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(get("/_dash-layout"))
        stream = connection.makefile("rb")
        assert read_response(stream).startswith(b"HTTP/1.1 200")
        assert stream.read() == b""  # the server closed it, well within the client's 5 s
    assert errors == []


def test_an_app_that_raises_gets_a_500_and_the_connection_survives(serve):
    calls = []

    def failing_once(environ, start_response):
        calls.append(environ["PATH_INFO"])
        if len(calls) == 1:
            raise RuntimeError("boom")
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
        return [b"ok"]

    class Recorded(QuietHandler):
        def log_error(self, format: str, *args: Any) -> None:
            pass  # the traceback of the deliberate error

    port = serve(failing_once, Recorded)
    (error, fine), closed = exchange(port, [get("/a"), get("/b")])
    assert error.startswith(b"HTTP/1.1 500") and fine.endswith(b"\r\n\r\nok") and not closed


def test_head_answers_have_no_body(serve):
    port = serve(greeting_app().server)
    (head, layout), closed = exchange(port, [b"HEAD /_dash-layout HTTP/1.1\r\nHost: x\r\n\r\n", get("/_dash-layout")])
    assert head.endswith(b"\r\n\r\n") and layout.startswith(b"HTTP/1.1 200") and not closed


def test_app_run_serves_with_the_keep_alive_handler(monkeypatch):
    """`app.run()` hands Flask's server the handler; an explicit `request_handler=` wins."""
    received = []
    monkeypatch.setattr(flask.Flask, "run", lambda self, **options: received.append(options))
    app = greeting_app()
    app.run(port=8123)
    app.run(request_handler=QuietHandler)
    assert received[0]["request_handler"] is KeepAliveRequestHandler
    assert received[1]["request_handler"] is QuietHandler
