"""The grading process's handle on one submission: a confined child, and the transport the harness drives it by.

`SubmissionProcess` owns the child that serves one submission's app. A check's requests go through
it with the check's deadline; when the child does not answer in time, or ends, it is killed (with
everything it started) and the check is told why in the student's words (`ChildStopped`). The next
request starts a fresh child, so one runaway check costs that check only.

`SandboxTransport` is the renderer model's transport (`learndash.transport.Transport`) over that
child: the parent's harness sends Dash's three requests, the child answers them as a Dash server
would. Every answer is untrusted data, parsed with JavaScript's number rules like an HTTP answer.
"""
from __future__ import annotations

import functools
import json
import re
import signal
import time
from collections.abc import Callable
from typing import Any

from learndash.grading.channel import MESSAGE_LIMIT, ChannelClosed, ChannelError, ChannelTimeout, parse_untrusted
from learndash.grading.isolation import Child, ForkServer
from learndash.grading.sandbox import Job
from learndash.protocol import UnreadableJSON


class ChildStopped(Exception):
    """The student's code stopped a request in a way a server never does; the message is for the student.

    `ending` says what became of the child: "timed out" or "crashed" (it was killed, or died), or
    "" when it is still running (sys.exit, KeyboardInterrupt ... were caught there).
    """

    def __init__(self, message: str, ending: str = "") -> None:
        super().__init__(message)
        self.ending = ending


#: Signals a child can die of, in words (SIGXCPU is the CPU-time limit).
SIGNAL_WORDS = {
    signal.SIGSEGV: "a segmentation fault: the interpreter itself crashed",
    signal.SIGXCPU: "the CPU time limit",
    signal.SIGKILL: "SIGKILL",
    signal.SIGABRT: "an abort",
    signal.SIGBUS: "a bus error",
}


class SubmissionProcess:
    """One submission's child, started on demand from `server` and restarted after it is stopped."""

    def __init__(self, server: ForkServer, job: Job) -> None:
        self.server = server
        self.job = job
        self.child: Child | None = None
        self.deadline: float | None = None  # of the current check (time.monotonic()); None: no limit
        self.deadline_seconds = job.limits.check_seconds
        self.activity = "this check"  # what the deadline limits, for the message when it passes
        self.endings: list[str] = []  # how each child that did not end normally ended
        self.requests = 0  # sent so far: a page is fresh while none was sent after it opened
        self._fresh_page: tuple[Any, int, Child] | None = None

    def request(self, message: dict[str, Any]) -> dict[str, Any]:
        """Send `message` to the child (starting one if needed) and return its answer (a dict, untrusted)."""
        self.requests += 1
        if self.child is None:
            self.child = self.server.spawn(self.job)
        child = self.child
        try:
            child.channel.send(message)
            answer = child.channel.receive(self.deadline)
        except ChannelTimeout:
            self._end("timed out")
            raise ChildStopped(busy_message(self.deadline_seconds, self.activity), "timed out") from None
        except ChannelClosed:
            code = child.wait_ended(2.0)
            self._end("crashed")
            raise ChildStopped(ending_message(code, self.job), "crashed") from None
        except ChannelError as error:
            self._end("crashed")
            raise ChildStopped(f"The process running your app sent something unreadable ({error}); it was stopped.", "crashed") from None
        if not isinstance(answer, dict):
            return {}
        if "stopped" in answer:
            raise ChildStopped(stopped_message(answer, self.job))
        return answer

    def load(self) -> dict[str, Any]:
        """Run the student's file again in a fresh module: {"loaded": True, "output": ...} or the reason it failed."""
        return self.request({"op": "load"})

    def keep_fresh_page(self, page: Any, opened_at: int) -> None:
        """Keep `page`, opened on a fresh load when `requests` was `opened_at` and only read since, for
        the next check that starts the app.

        Opening a page loads the file and runs its initial callbacks (a figure costs tens of ms);
        the next `take_fresh_page` gets this one instead, unless anything was sent to the child since.
        """
        self._fresh_page = (page, opened_at, self.child) if self.child is not None else None

    def take_fresh_page(self) -> Any:
        """The page kept by `keep_fresh_page`, if the child has had no request since (else None); once."""
        kept, self._fresh_page = self._fresh_page, None
        if kept is None:
            return None
        page, requests, child = kept
        return page if requests == self.requests and child is self.child else None

    def close(self) -> None:
        self._end()

    def _end(self, ending: str = "") -> None:
        if ending:
            self.endings.append(ending)
        if self.child is not None:
            self.child.end()
            self.child = None


class SandboxTransport:
    """Dash's wire protocol over a `SubmissionProcess` (implements `learndash.transport.Transport`)."""

    #: The page's clientside JavaScript is the student's and runs in this (the grading) process.
    confines_javascript = True

    def __init__(self, process: SubmissionProcess) -> None:
        self.process = process
        self.layout_text: str | None = None  # the JSON of the layout last served to the page
        self._text = ""  # the JSON of the last answer with a body

    def fetch_config(self) -> dict[str, Any]:
        config = self._get("config")
        return config if isinstance(config, dict) else {}

    def fetch_layout(self) -> Any:
        layout = self._get("layout")
        self.layout_text = self._text
        return layout

    def served_layout(self) -> Any:
        """The layout as it was served to the page, before any callback ran, read again from its JSON
        (the page changes its own copy), so asking for it sends the child nothing."""
        return self.fetch_layout() if self.layout_text is None else self._parse(self.layout_text)

    def fetch_dependencies(self) -> list[dict[str, Any]]:
        dependencies = self._get("dependencies")
        if not isinstance(dependencies, list) or not all(isinstance(item, dict) for item in dependencies):
            raise ChildStopped("Your app's callbacks could not be read (the dependencies are not a list of callbacks).")
        return dependencies

    def fetch_clientside_scripts(self) -> list[str]:
        """The page's scripts that clientside callbacks need (C-10); the parent's V8 runs them, so
        the student's JavaScript never needs the child's Python."""
        scripts = self._get("clientside_scripts")
        if not isinstance(scripts, list) or not all(isinstance(item, str) for item in scripts):
            raise ChildStopped("Your app's clientside scripts could not be read (not a list of texts).")
        return scripts

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        """POST /_dash-update-component: (status, parsed JSON body, or None for 204)."""
        return self._exchange({"op": "update", "body": body})

    def clientside_seconds(self) -> float | None:
        """What is left of the current check's time: the page's JavaScript runs in this process
        (C-10), where no deadline of the child's stops it."""
        deadline = self.process.deadline
        return None if deadline is None else deadline - time.monotonic()

    def close(self) -> None:
        """Nothing to close per page: the process outlives the pages a check opens."""

    def _get(self, op: str) -> Any:
        status, body = self._exchange({"op": op})
        if status != 200:
            message = _error_message(body) or f"HTTP {status}"
            raise ChildStopped(f"When the page loaded, your app raised an error:\n{message}")
        return body

    def _exchange(self, message: dict[str, Any]) -> tuple[int, Any]:
        answer = self.process.request(message)
        status = answer.get("status")
        if not isinstance(status, int) or not 100 <= status <= 599:
            raise ChildStopped("The process running your app gave an answer that is not an HTTP status; it was stopped.")
        text = answer.get("json")
        if status == 204 or text is None:
            return status, None
        self._text = str(text)
        return status, self._parse(self._text)

    @staticmethod
    def _parse(text: str) -> Any:
        from learndash.protocol import loads_like_javascript

        return read_answer(text, loads_like_javascript)


def _error_message(body: Any) -> str:
    """The message of Dash's error JSON `{"error": {"message": ...}}` (empty when there is none)."""
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    return message if isinstance(message, str) else ""


def busy_message(seconds: float, activity: str) -> str:
    """The time limit of `activity` ("this check", "loading your file") passed."""
    return (
        f"Time limit: your app was still busy after {seconds:g} seconds, the limit for {activity}, so it was "
        "stopped. Look for a loop that never ends (in a callback, or at the top level of your file), or "
        "callbacks that keep triggering each other."
    )


def stopped_message(answer: dict[str, Any], job: Job) -> str:
    """What the student reads when their code left a request by a way no server answers."""
    kind = answer.get("stopped")
    if kind == "time":
        return busy_message(job.limits.check_seconds, "this check")
    if kind == "exit":
        return ("Your code called sys.exit() (or exit()) while this check ran. A callback should return a value "
                "(or raise PreventUpdate), never end the program.")
    if kind == "interrupt":
        return "Your code raised KeyboardInterrupt while this check ran. A callback should return a value, never raise that."
    if kind == "memory":
        return f"Your app ran out of memory (the memory limit is {job.limits.memory_mb} MB) while this check ran."
    if kind == "too large":
        size = answer.get("bytes")
        shown = f"{size:,} bytes" if type(size) is int else "more"
        return (f"Your app's answer to one request was {shown} of JSON, over the limit of {MESSAGE_LIMIT:,} bytes for one "
                "answer: a callback returned, or the layout holds, far more than a page can show. Send the page only what it shows.")
    name = answer.get("type")
    shown = name if isinstance(name, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,60}", name) else "a BaseException"
    return (f"Your code raised {shown}, which is not an Exception, while this check ran. Raise an Exception "
            "subclass (or PreventUpdate) in a callback, never a BaseException.")


def ending_message(code: int | None, job: Job) -> str:
    """Why the process running the student's app is gone, said to the student."""
    if code is None:
        how = "it stopped answering"
    elif code < 0:
        how = f"killed by signal {-code}" + (f": {SIGNAL_WORDS[-code]}" if -code in SIGNAL_WORDS else "")
    else:
        how = f"exit code {code}"
    return (
        f"The process running your app ended abruptly ({how}). Your code may call os._exit() or kill its own "
        f"process, start too many processes (limit {job.limits.processes}), use more memory than allowed "
        f"({job.limits.memory_mb} MB), or use more CPU time than allowed."
    )


def parse_observation(answer: dict[str, Any]) -> Any:
    """The value an observation answered, parsed strictly (no NaN), or ChildStopped with the student's error."""
    if answer.get("observed") is not True:
        error = answer.get("error")
        raise ChildStopped(error if isinstance(error, str) else "The observation failed.")

    def refuse(constant: str) -> None:
        raise UnreadableJSON("a value that is not plain data (NaN or infinity)")

    return read_answer(str(answer.get("json")), functools.partial(json.loads, parse_constant=refuse))


def read_answer(text: str, parse: Callable[[str], Any]) -> Any:
    """An answer body the child wrote, parsed by `parse` under the channel's limits (`parse_untrusted`);
    ChildStopped naming what was wrong with it (not JSON, NaN, too deep, too many lists and objects)."""
    try:
        return parse_untrusted(text, parse)
    except ChannelError as error:
        raise ChildStopped(f"Your app answered with {error}, which the grader does not read.") from None
