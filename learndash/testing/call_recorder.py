"""Record the callback requests a page sends, as `CallRecord`s, by watching the test server.

Recording on the server side works the same for learndash's page and for Dash's, so both
harness modes offer `harness.calls` like `AppHarness` does.
"""
from __future__ import annotations

import io
import json
import threading
from typing import Any, Callable

from ..dispatch import CallRecord


class CallRecorder:
    """WSGI middleware: one `CallRecord` per POST to `_dash-update-component`, appended as the
    request arrives, its status from the answer (200 ok, 204 prevented, anything else error)."""

    def __init__(self, wsgi_app: Callable[..., Any], calls: list[CallRecord], name_of: Callable[[str], str]) -> None:
        self.wsgi_app = wsgi_app
        self.calls = calls
        self.name_of = name_of
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("REQUEST_METHOD") != "POST" or not environ.get("PATH_INFO", "").endswith("_dash-update-component"):
            return self.wsgi_app(environ, start_response)
        raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(raw)  # the app reads the same bytes again
        record = _record_of(raw, self.name_of)
        with self._lock:
            self.calls.append(record)

        def recording_start_response(status: str, headers: list, exc_info: Any = None) -> Any:
            code = int(status.split()[0])
            record.status = "ok" if code == 200 else "prevented" if code == 204 else "error"
            return start_response(status, headers, exc_info)

        chunks = self.wsgi_app(environ, recording_start_response)
        try:
            answer = b"".join(chunks)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
        if record.status == "ok":
            record.outputs = _outputs_of(answer)
        return [answer]


def _record_of(raw: bytes, name_of: Callable[[str], str]) -> CallRecord:
    """A request body as a `CallRecord` (no changed props means an initial call, rule I-2)."""
    from ..protocol import values_by_prop_id

    try:
        body = json.loads(raw)
        triggered = list(body.get("changedPropIds") or [])
        return CallRecord(
            callback=name_of(body["output"]),
            inputs=values_by_prop_id(body.get("inputs", [])),
            states=values_by_prop_id(body.get("state", [])),
            triggered=triggered,
            initial=not triggered,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return CallRecord(callback="<unreadable request>", inputs={}, states={}, triggered=[])


def _outputs_of(answer: bytes) -> dict[str, Any]:
    """`{"id.prop": value}` from a 200 answer's `response` (rule W-7)."""
    try:
        response = json.loads(answer).get("response", {})
        return {f"{id_str}.{prop}": value for id_str, props in response.items() for prop, value in props.items()}
    except (ValueError, AttributeError):
        return {}
