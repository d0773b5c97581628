"""A warm fork server: import the heavy libraries once, then fork one confined child per request.

    python -m learndash.grading.forkserver <socket fd> pandas plotly.express learndash.grading.graders ...

Started (and spoken to) by `isolation.ForkServer` over a Unix socket. Messages are JSON, one per
line; each request carries two file descriptors (SCM_RIGHTS), the child's ends of its two pipes:

    parent -> server   {"key": 7, "job": {...a sandbox.Job as a dict...}}   + [read fd, write fd]
    server -> parent   {"ready": true, "namespaces": ""}     once, after the imports ("" or why
                                                             children cannot have namespaces here)
    server -> parent   {"started": 7, "pid": 4242}           the child for request 7 is running
    server -> parent   {"ended": 7, "code": 0}               it ended (code: exit status, -N for signal N)

Each request becomes two processes. The first (pid 4242 above, still root, runs no student code)
enters new namespaces (`namespaces.enter_namespaces`) and forks the second, which becomes pid 1 of
the new pid namespace, confines itself (`sandbox.confine`) and serves the student's app
(`child.serve`). The first waits for it and ends the same way it did, so the parent learns the
real exit code or signal; killing the first kills the second (PR_SET_PDEATHSIG), and with it the
whole namespace.

The server is single-threaded (numpy's thread pools are switched off before the imports), so
`os.fork` copies a process with no half-held locks. It ends its children when its socket closes,
which is what happens if the grading process dies.
"""
from __future__ import annotations

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
    from learndash.grading.namespaces import namespaces_work, readable_paths

    readable_paths()  # once, here: every child inherits the answer
    gc.collect()
    gc.freeze()  # the garbage collector leaves what was imported alone, so a child copies fewer pages
    become_subreaper()
    say = _sayer(control)
    say({"ready": True, "namespaces": namespaces_work() if os.geteuid() == 0 else "not root"})
    children: dict[int, int] = {}  # pid -> request key
    buffered = b""
    while True:
        readable, _, _ = select.select([control], [], [], 0.02)
        if readable:
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
                pid = os.fork()
                if pid == 0:
                    control.close()
                    _first(job, tuple(pipe_ends))
                for fd in pipe_ends:
                    os.close(fd)
                children[pid] = request["key"]
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
    """Adopt the processes a killed child leaves behind (its namespace's pid 1), so this server reaps them.

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


def _first(job: Job, pipe_ends: tuple[int, ...]) -> None:
    """The first process of a request: namespaces, then fork the one that runs the student's code."""
    code = CONFINEMENT_FAILED
    try:
        os.setsid()
        from learndash.grading.sandbox import die_with_parent

        die_with_parent()
        if job.view_root is not None:
            from learndash.grading.namespaces import enter_namespaces

            enter_namespaces(network=job.limits.network)
        alive_read, alive_write = os.pipe()  # closed by the kernel when this process dies
        pid = os.fork()
        if pid == 0:
            os.close(alive_write)
            _second(job, pipe_ends, alive_read)
        os.close(alive_read)
        for fd in pipe_ends:
            os.close(fd)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code < 0:  # end by the same signal, so the grading process learns it (SIGKILL needs no reset)
            if -code != signal.SIGKILL:
                signal.signal(-code, signal.SIG_DFL)
            os.kill(os.getpid(), -code)
            code = 128 - code
    except BaseException:  # noqa: B036 - whatever happens, never return into the server's loop
        traceback.print_exc()
    finally:
        os._exit(code)


def _second(job: Job, pipe_ends: tuple[int, ...], alive: int) -> None:
    """Confine, then serve the student's app until the parent closes the pipe."""
    code = CONFINEMENT_FAILED
    try:
        from learndash.grading.sandbox import confine

        confine(job, keep_fds=pipe_ends, first_alive=alive)
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


def _reap(children: dict[int, int], say) -> None:
    """Report every child that has ended since the last look."""
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        key = children.pop(pid, None)
        if key is not None:
            say({"ended": key, "code": os.waitstatus_to_exitcode(status)})


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])), sys.argv[2:])
