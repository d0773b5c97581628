"""A warm fork server: import the heavy libraries once, then fork one confined child per request.

    python -m learndash.grading.forkserver <socket fd> pandas plotly.express learndash.grading.graders ...

Started (and spoken to) by `isolation.ForkServer` over a Unix socket. Messages are JSON, one per
line; each request carries two file descriptors (SCM_RIGHTS), the child's ends of its two pipes:

    parent -> server   {"key": 7, "job": {...a sandbox.Job as a dict...}}   + [read fd, write fd]
    server -> parent   {"ready": true, "namespaces": ""}     once, after the imports ("" or why
                                                             children cannot have namespaces here)
    server -> parent   {"started": 7, "pid": 4242}           the child for request 7 is running
    server -> parent   {"ended": 7, "code": 0}               it ended (code: exit status, -N for signal N)

Each request becomes one process (pid 4242 above), forked into a new pid namespace of its own
(`namespaces.NextChildPidNamespace`), so it is that namespace's pid 1: it enters its other
namespaces, confines itself (`sandbox.confine`) and serves the student's app (`child.serve`).
The server reaps it, so the parent learns its real exit code or signal; killing it kills the
whole namespace, every process the submission started included.

The server is single-threaded (numpy's thread pools are switched off before the imports), so
`os.fork` copies a process with no half-held locks. It ends its children when its socket closes,
which is what happens if the grading process dies.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import json
import os
import select
import signal
import socket
import sys
import time
import traceback
from dataclasses import fields

from learndash.grading.sandbox import SINGLE_THREADED, Job, Limits

#: What a child that could not even be confined exits with (its captured output says why).
CONFINEMENT_FAILED = 71

PR_SET_CHILD_SUBREAPER = 36


def job_from_dict(data: dict) -> Job:
    """The inverse of `dataclasses.asdict(job)`."""
    known = {item.name for item in fields(Job)}
    values = {key: value for key, value in data.items() if key in known}
    values["limits"] = Limits(**data["limits"])
    return Job(**values)


def serve(control: socket.socket, preload: list[str]) -> None:
    os.environ.update(SINGLE_THREADED)
    for name in preload:
        importlib.import_module(name)
    warm_up()
    from learndash.grading.namespaces import NextChildPidNamespace, namespaces_work, readable_paths

    readable_paths()  # once, here: every child inherits the answer
    gc.collect()
    gc.freeze()  # the garbage collector leaves what was imported alone, so a child copies fewer pages
    become_subreaper()
    say = _sayer(control)
    problem = namespaces_work() if os.geteuid() == 0 else "not root"
    pid_namespace = NextChildPidNamespace() if not problem else contextlib.nullcontext()
    server_alive = os.pidfd_open(os.getpid())  # readable once this server has ended (children check it)
    say({"ready": True, "namespaces": problem})
    children: dict[int, tuple[int, int]] = {}  # pid -> (request key, a pidfd readable once it has ended)
    buffered = b""
    while True:
        # Wake on a request or as soon as a child ends (no polling); at least once a second, so
        # processes this server adopted are reaped too.
        readable, _, _ = select.select([control, *(pidfd for _, pidfd in children.values())], [], [], 1.0)
        if control in readable:
            data, fds, _, _ = socket.recv_fds(control, 65536, 64)
            if not data:
                break  # the grading process is gone: so are we, and our children
            buffered += data
            pending = list(fds)
            while b"\n" in buffered:
                line, buffered = buffered.split(b"\n", 1)
                request = json.loads(line)
                pipe_ends, pending = pending[:2], pending[2:]
                job = job_from_dict(request["job"])
                _import_grader(job.grader_module)
                with pid_namespace if job.view_root is not None else contextlib.nullcontext():
                    pid = os.fork()
                    if pid == 0:
                        control.close()
                        _child(job, tuple(pipe_ends), server_alive)
                for fd in pipe_ends:
                    os.close(fd)
                children[pid] = (request["key"], os.pidfd_open(pid))
                say({"started": request["key"], "pid": pid})
        _reap(children, say)
    for pid in children:
        for kill in (os.killpg, os.kill):
            try:
                kill(pid, signal.SIGKILL)
            except OSError:
                pass
    _reap_all()


def become_subreaper() -> None:
    """Adopt the processes a killed child leaves behind (a child without namespaces), so this server reaps them.

    Without it they would be reparented to the machine's init: in a container that may never reap
    them, and their CPU time would be missing from this server's (and the grading process's) account.
    """
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _reap_all(seconds: float = 2.0) -> None:
    """Reap every child and adopted process as they end (all were sent SIGKILL, or end with their
    namespace); give up after `seconds`, as a process that outlives that is not ours to wait for."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.01)


def warm_up() -> None:
    """Draw and serialize the kinds of figure the course's apps draw, once, before any fork.

    plotly imports a trace's validators the first time a figure uses them, which costs more than
    a whole check; done here, every child starts with them imported.
    """
    import pandas as pd
    import plotly.express as px

    from learndash.protocol import dumps

    frame = pd.DataFrame({"x": [1, 2, 3], "y": [2.0, 1.0, 3.0], "group": ["a", "b", "a"]})
    figures = [px.scatter(frame, x="x", y="y", color="group", size="x", hover_name="group", log_x=True),
               px.line(frame, x="x", y="y", color="group"), px.bar(frame, x="group", y="y"),
               px.histogram(frame, x="y")]
    for figure in figures:
        figure.update_layout(title="warm-up", transition_duration=500)
        figure.update_xaxes(title="x", type="log")
        figure.update_yaxes(title="y", type="linear")
        dumps(figure)


def _import_grader(name: str) -> None:
    """Import the grader module before the fork (the instructor's code, for its observations), if it can be."""
    if name:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a grader built in a test has no importable module: no observations
            pass


def _sayer(control: socket.socket):
    def say(message: dict) -> None:
        control.sendall(json.dumps(message).encode() + b"\n")

    return say


def _child(job: Job, pipe_ends: tuple[int, ...], server_alive: int) -> None:
    """The child of one request: namespaces, confinement, then serve the student's app until the parent closes the pipe."""
    code = CONFINEMENT_FAILED
    try:
        from learndash.grading.sandbox import confine

        if job.view_root is not None:
            from learndash.grading.namespaces import enter_namespaces

            enter_namespaces(network=job.limits.network)
        confine(job, keep_fds=pipe_ends, server_alive=server_alive)
        code = 70
        from learndash.grading.channel import Channel
        from learndash.grading.child import serve as serve_app

        serve_app(job, Channel(*pipe_ends))
        code = 0
    except BaseException:  # noqa: B036 - the student's SystemExit too: show it in the captured output
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        os._exit(code)


def _reap(children: dict[int, tuple[int, int]], say) -> None:
    """Report every child that has ended since the last look (and reap the processes it adopted)."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        if pid in children:
            key, pidfd = children.pop(pid)
            os.close(pidfd)
            say({"ended": key, "code": os.waitstatus_to_exitcode(status)})


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])), sys.argv[2:])
