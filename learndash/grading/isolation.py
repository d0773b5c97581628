"""The grading process's side of the children: start them from a warm fork server, talk to them, end them.

Starting Python and importing pandas, plotly and learndash takes about a second and a half; serving
a submission's app often takes less. So the heavy imports happen once, in a fork server
(`forkserver.py`, a process of its own), and each submission runs in a fresh `os.fork` of that
warm process: confined (`sandbox.py`), but without an interpreter start.

    with ForkServer() as server:
        child = server.spawn(job)          # a confined child serving the student's app
        child.channel.send({"op": "load"}) # ... see child.py for the requests
        child.end()                        # kill it and everything it started

Ending a child kills its first process (whose death kills the namespace's pid 1, and with it
every process the submission started). Closing the server sweeps, as a last measure, every process
of the run's private uids, which no other grading run shares (`uids.py`).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from learndash.grading.channel import Channel
from learndash.grading.sandbox import (
    KEPT_ENVIRONMENT,
    SINGLE_THREADED,
    IsolationUnavailable,
    Job,
    kill_processes_of,
)

#: Imported once by the fork server, so no submission pays for them.
PRELOAD = ["pandas", "plotly.express", "plotly.graph_objects", "learndash", "learndash.testing",
           "learndash.grading.graders", "learndash.grading.child", "learndash.grading.namespaces"]


class Child:
    """One running child: the pipes to it, and how it ended once it has."""

    def __init__(self, server: ForkServer, key: int, job: Job, channel: Channel) -> None:
        self.server = server
        self.key = key
        self.job = job
        self.channel = channel
        self.pid: int | None = None
        self.exit_code: int | None = None
        self.ended = threading.Event()
        self.started = threading.Event()

    def wait_ended(self, seconds: float) -> int | None:
        """The exit code (-N for signal N) once the child has ended, or None if it is still running."""
        self.ended.wait(seconds)
        return self.exit_code

    def end(self) -> None:
        """Kill the child and everything it started; close the pipes.

        Killing the first process is enough: the second, pid 1 of the job's pid namespace, dies
        with it (PR_SET_PDEATHSIG, armed before any student code runs), and the kernel ends every
        process left in that namespace. `Workspace.remove` sweeps the run's uids once more, before
        it hands them back.
        """
        if self.pid is not None and not self.ended.is_set():
            for kill in (os.killpg, os.kill):
                try:
                    kill(self.pid, signal.SIGKILL)
                except OSError:
                    pass
        self.channel.close()


class ForkServer:
    """A warm fork server; `spawn(job)` starts a confined child from it. Safe to use from several threads."""

    def __init__(self, *, preload: list[str] | None = None) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        # A cut-down environment: a child can read the server's initial environment (/proc/self/environ
        # of a fork shows it), so nothing of the instructor's shell may be in it.
        kept = {name: os.environ[name] for name in KEPT_ENVIRONMENT if name in os.environ}
        environment = {**kept, **SINGLE_THREADED, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "learndash.grading.forkserver", str(theirs.fileno()), *(preload or PRELOAD)],
            pass_fds=[theirs.fileno()], env=environment, stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches the grading process, which ends the server cleanly
        )
        theirs.close()
        self.control = ours
        self._send_lock = threading.Lock()
        self._children: dict[int, Child] = {}
        self._keys = 0
        self._ready = threading.Event()
        self._gone = False
        self.namespaces_problem = ""  # why children cannot have namespaces here ("" when they can)
        self._reader = threading.Thread(target=self._read_messages, daemon=True, name="forkserver-reader")
        self._reader.start()
        if not self._ready.wait(120) or self._gone:
            self.close()
            raise RuntimeError("the grading fork server did not start (see the errors above)")

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def spawn(self, job: Job) -> Child:
        """Start a confined child serving `job`; returns once it runs.

        Refuses (`IsolationUnavailable`) a job that asks for namespaces where the kernel gives none.
        """
        if job.view_root is not None:
            self.require_namespaces()
        to_child_read, to_child_write = os.pipe()
        from_child_read, from_child_write = os.pipe()
        with self._send_lock:
            self._keys += 1
            child = Child(self, self._keys, job, Channel(from_child_read, to_child_write))
            self._children[child.key] = child
            message = json.dumps({"key": child.key, "job": asdict(job)}).encode() + b"\n"
            socket.send_fds(self.control, [message], [to_child_read, from_child_write])
        os.close(to_child_read)
        os.close(from_child_write)
        if not child.started.wait(30) or child.pid is None:
            raise RuntimeError("the grading fork server did not start a child (it stopped, or took over 30 seconds)")
        return child

    def require_namespaces(self) -> None:
        """Raise `IsolationUnavailable`, saying why, when children cannot have their namespaces here."""
        if self.namespaces_problem:
            raise IsolationUnavailable(
                "Grading needs Linux namespaces (mount, pid, network) to confine each submission, and this machine "
                f"refused them ({self.namespaces_problem}). In Docker, run the container with --cap-add SYS_ADMIN "
                "(or --privileged); grading will not run with weaker isolation."
            )

    def close(self) -> None:
        """End every child still running, then the server, then any process left with one of their uids.

        Only the uids of children running now: an ended child's uid may already belong to another
        run (its workspace swept and released it), and that run's job must live on.
        """
        uids = {child.job.uid for child in self._children.values()}
        for child in list(self._children.values()):
            child.end()
        try:
            self.control.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.control.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        kill_processes_of(uid for uid in uids if uid is not None)

    def _read_messages(self) -> None:
        buffered = b""
        while True:
            try:
                chunk = self.control.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                self._gone = True
                for child in list(self._children.values()):
                    child.started.set()
                    child.ended.set()
                self._ready.set()
                return
            buffered += chunk
            while b"\n" in buffered:
                line, buffered = buffered.split(b"\n", 1)
                self._dispatch(json.loads(line))

    def _dispatch(self, message: dict) -> None:
        if message.get("ready"):
            self.namespaces_problem = str(message.get("namespaces") or "")
            self._ready.set()
        elif "started" in message and message["started"] in self._children:
            child = self._children[message["started"]]
            child.pid = message["pid"]
            child.started.set()
        elif "ended" in message and message["ended"] in self._children:
            child = self._children.pop(message["ended"])
            child.exit_code = message["code"]
            child.ended.set()


def read_output(path: str, limit: int) -> str:
    """What a child wrote to its stdout/stderr, cut to `limit` characters with a note naming the limit."""
    try:
        size = Path(path).stat().st_size
        with open(path, encoding="utf-8", errors="replace") as file:
            text = file.read(limit)
    except OSError:
        return ""
    if size > len(text.encode("utf-8", errors="replace")):
        text += f"\n... (output cut: {size:,} bytes in all; the output limit keeps the first {limit:,} characters)"
    return text
