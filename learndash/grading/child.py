"""Inside the confined child: load the student's file and answer Dash's wire protocol, nothing else.

The child is a server with no verdicts in it. The grading process (the parent) sends requests over
a pipe and the child answers them, one at a time:

    {"op": "load"}                         run the file again in a fresh module (a check's t.start())
    {"op": "config"}                       the page's config (Dash's _dash-config)
    {"op": "layout"}                       GET /_dash-layout
    {"op": "dependencies"}                 GET /_dash-dependencies
    {"op": "clientside_scripts"}           the page's assets/ and inline scripts (clientside callbacks, C-10)
    {"op": "update", "body": {...}}        POST /_dash-update-component
    {"op": "observe", "name": n, "args": [...]}   an observation of a fresh module (observations.py)

Answers are `{"status": 200, "json": "<the response body's JSON text>"}` as over HTTP (204 with no
body for PreventUpdate, 400/500 with Dash's error JSON), `{"loaded": ..., "output": ...}` for a
load, and `{"stopped": kind, ...}` when the student's code left a request by a way no server
answers (sys.exit, KeyboardInterrupt, another BaseException, the per-request time limit), or its
answer is over the channel's size limit.

Nothing the child says is believed: the parent runs the checks, computes the scores and writes the
report, and reads every answer as untrusted data.
"""
from __future__ import annotations

import importlib
import json
import os
import traceback
from typing import Any

# Imported here, not at the first request: the fork server imports this module, so every child
# starts with them (learndash.server alone, which the first page config needs, costs ~12 ms per child).
import learndash.server  # noqa: F401 - for page_config, imported lazily by the transport
from learndash.exceptions import LearndashError
from learndash.grading.channel import Channel, ChannelError, MessageTooLarge
from learndash.grading.datasets import share_datasets
from learndash.grading.limits import TimeLimitExceeded, time_limit
from learndash.grading.loading import SubmissionError, load_submission
from learndash.grading.observations import run_observation
from learndash.grading.sandbox import Job
from learndash.protocol import dumps, error_body
from learndash.quote import exception_text
from learndash.transport import InProcessTransport

share_datasets()  # in the fork server, before it forks: every child reads plotly's datasets from memory


def serve(job: Job, channel: Channel) -> None:
    """Answer requests until the parent closes the pipe."""
    state: dict[str, Any] = {"server": None}
    while True:
        try:
            request = channel.receive()
        except ChannelError:
            return
        reply = answer(job, state, request if isinstance(request, dict) else {})
        try:
            channel.send(reply)
        except MessageTooLarge as error:  # a callback's value (or the layout) too large to send: say so
            channel.send({"stopped": "too large", "bytes": error.size})


def answer(job: Job, state: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """One request's answer; the student's code runs under the per-request time limit."""
    try:
        with time_limit(job.limits.check_seconds):
            return _answer(job, state, request)
    except TimeLimitExceeded:
        return {"stopped": "time"}
    except SystemExit:
        return {"stopped": "exit"}
    except KeyboardInterrupt:
        return {"stopped": "interrupt"}
    except MemoryError:
        return {"stopped": "memory"}
    except BaseException as error:  # noqa: B036 - a student's own BaseException subclass
        return {"stopped": "base exception", "type": type(error).__name__}


def _answer(job: Job, state: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    op = request.get("op")
    if op == "load":
        state["server"] = None
        try:
            submission = load_submission(job.path, seconds=job.limits.load_seconds)
        except SubmissionError as error:
            return {"loaded": False, "title": error.title, "message": error.message}
        state["server"] = InProcessTransport(submission.app)  # answers as learndash's Flask routes do
        return {"loaded": True, "output": submission.output}
    if op == "observe":
        return _observe(job, request)
    if state.get("server") is None:
        return _error(400, "NotLoaded", "No app is loaded: the grading process asks for a load first.")
    return _serve_wire(state["server"], op, request.get("body"))


def _serve_wire(server: Any, op: Any, body: Any) -> dict[str, Any]:
    """What Dash's server answers, as (status, JSON text): the same code the Flask routes run."""
    try:
        if op == "config":
            return {"status": 200, "json": dumps(server.fetch_config())}
        if op == "layout":
            return {"status": 200, "json": dumps(server.fetch_layout())}
        if op == "dependencies":
            return {"status": 200, "json": dumps(server.fetch_dependencies())}
        if op == "clientside_scripts":
            return {"status": 200, "json": dumps(server.fetch_clientside_scripts())}
        if op == "update":
            status, text = server.update_component_text(body)
            return {"status": status} if text is None else {"status": status, "json": text}
    except LearndashError as error:
        return _error(500, type(error).__name__, str(error))
    except Exception as error:  # the student's layout function raised, or returned what JSON cannot hold
        return _error(500, type(error).__name__, f"{type(error).__name__}: {exception_text(error)}\n{_student_trace(error)}")
    return _error(400, "BadRequest", f"unknown request {op!r}")


def _error(status: int, kind: str, message: str) -> dict[str, Any]:
    """An error answer as the server writes it: the status and learndash's JSON error body (rule W-8)."""
    return {"status": status, "json": dumps(error_body(kind, message))}


def _observe(job: Job, request: dict[str, Any]) -> dict[str, Any]:
    """Run an observation of the grader on a freshly loaded module (so observations cannot leak into each other)."""
    try:
        submission = load_submission(job.path, seconds=job.limits.load_seconds)
    except SubmissionError as error:
        return {"observed": False, "error": f"{error.title}: {error.message}"}
    try:
        grader = importlib.import_module(job.grader_module)
    except (ImportError, ValueError):
        return {"observed": False, "error": f"The grader {job.grader_module!r} has no observations here."}
    args = request.get("args") if isinstance(request.get("args"), list) else []
    try:
        value = run_observation(grader, str(request.get("name")), submission.module, args)
        return {"observed": True, "json": json.dumps(value, default=repr)}
    except Exception as error:  # the student's function raised while the observation called it
        return {"observed": False, "error": f"{type(error).__name__} raised: {exception_text(error)}"}


def _student_trace(error: BaseException) -> str:
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if not frame.filename.startswith(_PACKAGE)]
    return "".join(traceback.format_list(frames)).rstrip()


_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
