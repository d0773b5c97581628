"""Running submissions in children of a warm fork server, and reading back what they left.

Starting Python and importing pandas, plotly and learndash takes about a second and a half; grading
a submission often takes less. So the heavy imports happen once, in a fork server
(`forkserver.py`, a process of its own), and each submission runs in a fresh `os.fork` of that
warm process: isolated, but without an interpreter start.

    with ForkServer(workers=2) as server:
        for outcome in server.run(jobs):   # yields each Outcome as its child ends
            ...

The parent enforces the wall-time limit of a whole submission (the child's own SIGALRM limits
each check, but cannot stop code stuck inside C). When a child is over time, or when it has ended
for any reason, the parent kills its whole process group and, when it ran under a private user id,
every process left with that id: whatever the submission forked goes with it.
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from learndash.grading.sandbox import SINGLE_THREADED, Job

#: Imported once by the fork server, so no submission pays for them.
PRELOAD = ["pandas", "plotly.express", "plotly.graph_objects", "learndash", "learndash.testing",
           "learndash.grading.graders", "learndash.grading.runner", "learndash.grading.sandbox"]

#: The report a child leaves is data from untrusted code: read at most this much of it.
REPORT_LIMIT = 2_000_000


@dataclass(frozen=True)
class Outcome:
    """How one child ended: its report (a dict, untrusted), or why there is none, and what it printed."""

    job: Job
    report: dict | None
    ending: str  # "finished" | "timed out" | "crashed"
    exit_code: int | None
    seconds: float
    output: str


def private_uid(sequence: int) -> int | None:
    """A user id no one else uses, for job number `sequence`, when running as root (else None)."""
    if os.geteuid() != 0:
        return None
    return 200_000 + sequence % 100_000


def grading_functions_preloaded(exercises: Iterable[str]) -> list[str]:
    """The preload list plus the grader modules of `exercises`."""
    from learndash.grading.graders import GRADER_MODULES

    modules = [f"learndash.grading.graders.{GRADER_MODULES[key]}" for key in exercises if key in GRADER_MODULES]
    return PRELOAD + modules


@dataclass
class _Running:
    job: Job
    pid: int
    started: float


class ForkServer:
    """A warm fork server and the children started from it, at most `workers` at a time."""

    def __init__(self, *, workers: int = 2, preload: list[str] | None = None) -> None:
        self.workers = max(1, workers)
        self.server = subprocess.Popen(
            [sys.executable, "-m", "learndash.grading.forkserver", *(preload or PRELOAD)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, **SINGLE_THREADED},
        )
        # Both pipes exist: they were asked for above (PIPE); kept typed for the methods below.
        self._to_server: IO[bytes] = self.server.stdin  # type: ignore[assignment]
        self._from_server: IO[bytes] = self.server.stdout  # type: ignore[assignment]
        self.running: dict[int, _Running] = {}
        self.queued: dict[int, Job] = {}
        self.keys = 0
        self._buffer = b""
        self._messages: list[dict] = []
        if not self._next_message(timeout=120).get("ready"):
            raise RuntimeError("the grading fork server did not start")

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for running in list(self.running.values()):
            _end(running.job, running.pid)
        self.running.clear()
        if self.server.stdin:
            self.server.stdin.close()
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.server.kill()
        if self.server.stdout:
            self.server.stdout.close()

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Start `jobs`, keeping `workers` busy, and yield each one's Outcome as it ends."""
        waiting = list(jobs)
        waiting.reverse()
        while waiting or self.running or self.queued:
            while waiting and len(self.running) + len(self.queued) < self.workers:
                self._start(waiting.pop())
            yield from self._collect(timeout=0.05)

    def _start(self, job: Job) -> None:
        self.keys += 1
        self.queued[self.keys] = job
        self._to_server.write(json.dumps({"key": self.keys, "job": asdict(job)}).encode() + b"\n")
        self._to_server.flush()

    def _collect(self, *, timeout: float) -> Iterator[Outcome]:
        message = self._next_message(timeout=timeout)
        now = time.monotonic()
        if "started" in message:
            self.running[message["started"]] = _Running(self.queued.pop(message["started"]), message["pid"], now)
        elif "ended" in message and message["ended"] in self.running:  # (a timed-out child's end is old news)
            running = self.running.pop(message["ended"])
            _end(running.job, running.pid, alive=False)  # the child is gone; what it forked may not be
            yield _outcome(running.job, "finished", message["code"], now - running.started)
        for key, running in list(self.running.items()):
            if now - running.started > running.job.limits.submission_seconds:
                del self.running[key]
                _end(running.job, running.pid)
                yield _outcome(running.job, "timed out", None, now - running.started)

    def _next_message(self, *, timeout: float) -> dict:
        """The server's next line as a dict, or {} when none came within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not self._messages:
            if b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                self._messages.append(json.loads(line))
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return {}
            readable, _, _ = select.select([self._from_server], [], [], remaining)
            if readable:
                chunk = os.read(self._from_server.fileno(), 65536)
                if not chunk:
                    raise RuntimeError(f"the grading fork server stopped (exit code {self.server.poll()})")
                self._buffer += chunk
        return self._messages.pop(0)


def _end(job: Job, pid: int, *, alive: bool = True) -> None:
    """Kill the child's process group, the child (if `alive`: an ended child's pid may be reused),
    and every process of its private uid."""
    for kill in (os.killpg, os.kill) if alive else (os.killpg,):
        try:
            kill(pid, signal.SIGKILL)
        except OSError:  # gone already, or (before its setsid) no group of that id
            pass
    if job.uid is not None:
        kill_processes_of(job.uid)


def kill_processes_of(uid: int) -> None:
    """SIGKILL every process whose *real* uid is `uid` (a private uid: they are all one submission's).

    The real uid, from /proc/<pid>/status, not the owner of /proc/<pid>: a child that kept root's
    effective uid (see `sandbox._become`) shows as root there.
    """
    for _ in range(5):  # a forking process may start another while we look
        found = False
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                status = Path(entry.path, "status").read_text()
            except OSError:
                continue
            real_uid = next((line.split()[1] for line in status.splitlines() if line.startswith("Uid:")), None)
            if real_uid == str(uid):
                try:
                    os.kill(int(entry.name), signal.SIGKILL)
                    found = True
                except OSError:
                    continue
        if not found:
            return
        time.sleep(0.01)


def _outcome(job: Job, ending: str, exit_code: int | None, seconds: float) -> Outcome:
    report = read_report(job.report_path)
    if ending == "finished" and report is None:
        ending = "crashed"
    return Outcome(
        job=job,
        report=report,  # after a time-out or a crash: the checks finished before it, if any
        ending=ending,
        exit_code=exit_code,
        seconds=seconds,
        output=read_output(job.output_path, job.limits.output_chars),
    )


def read_report(path: str) -> dict | None:
    """The child's report as a dict, or None when it left none (or something that is not one)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            text = file.read(REPORT_LIMIT + 1)
    except OSError:
        return None
    if not text or len(text) > REPORT_LIMIT:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def read_output(path: str, limit: int) -> str:
    """What the child wrote to its stdout/stderr, cut to `limit` characters with a note of how much was cut."""
    try:
        size = Path(path).stat().st_size
        with open(path, encoding="utf-8", errors="replace") as file:
            text = file.read(limit)
    except OSError:
        return ""
    if size > len(text.encode("utf-8", errors="replace")):
        text += f"\n... (output cut: {size:,} bytes in all, the first {limit:,} characters kept)"
    return text
