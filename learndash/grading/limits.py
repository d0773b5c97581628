"""Wall-time limits for student code, inside the child that runs it, so an infinite loop ends a request.

The limit is a SIGALRM timer whose handler raises `TimeLimitExceeded` in the main thread: it can
only interrupt Python code that returns to the interpreter loop, which catches the `while True:` a
student forgot to break out of and lets the child answer "time limit" with a clear message. A loop
inside C code, or a student who blocks SIGALRM, is out of its reach: the grading process keeps its
own deadline for every answer and kills the child when it passes (`sandbox_transport.py`).
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """Student code ran longer than its time limit.

    A `BaseException`, like `KeyboardInterrupt`, so that a student's `except Exception:` around a
    loop does not swallow it and keep looping.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"still running after {seconds:g} seconds")
        self.seconds = seconds


def can_interrupt() -> bool:
    """Whether `time_limit` can actually stop code here (needs SIGALRM and the main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `TimeLimitExceeded` inside the block once `seconds` of wall time have passed.

    `None` (or a place where signals cannot be used) means no limit. Limits nest: loading a file
    (10 s) inside a check (10 s) keeps the check's clock running, and the tighter limit wins.
    """
    if seconds is None or not can_interrupt():
        yield
        return

    outer_remaining = signal.getitimer(signal.ITIMER_REAL)[0]
    started = time.monotonic()

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_remaining) if outer_remaining else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_remaining:
            # Give the outer limit back what is left of it (at least a moment, so it still fires).
            signal.setitimer(signal.ITIMER_REAL, max(outer_remaining - (time.monotonic() - started), 0.001))
