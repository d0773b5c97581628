"""A warm fork server: import the heavy libraries once, then fork one child per submission.

    python -m learndash.grading.forkserver pandas plotly.express learndash.grading.graders ...

Started (and spoken to) by `isolation.ForkServer`. The protocol is JSON, one object per line:

    parent -> server   {"key": 7, "job": {...a sandbox.Job as a dict...}}
    server -> parent   {"ready": true}                       once, after the imports
    server -> parent   {"started": 7, "pid": 4242}           the child for job 7 is running
    server -> parent   {"ended": 7, "code": 0}               it ended (code: exit status, -N for signal N)

The server is single-threaded (numpy's thread pools are switched off before the imports), so
`os.fork` copies a process with no half-held locks. It ends its children when its stdin closes,
which is what happens if the grading process dies.
"""
from __future__ import annotations

import importlib
import json
import os
import select
import signal
import sys
import traceback
from dataclasses import fields

from learndash.grading.sandbox import SINGLE_THREADED, Job, Limits, run_job


def job_from_dict(data: dict) -> Job:
    """The inverse of `dataclasses.asdict(job)`."""
    known = {item.name for item in fields(Job)}
    values = {key: value for key, value in data.items() if key in known}
    values["limits"] = Limits(**data["limits"])
    if values.get("expected_outputs") is not None:
        values["expected_outputs"] = tuple(values["expected_outputs"])
    return Job(**values)


def say(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def serve(preload: list[str]) -> None:
    os.environ.update(SINGLE_THREADED)
    for name in preload:
        importlib.import_module(name)
    say({"ready": True})
    children: dict[int, int] = {}  # pid -> job key
    buffered = b""
    stdin = sys.stdin.fileno()
    while True:
        readable, _, _ = select.select([stdin], [], [], 0.02)
        if readable:
            chunk = os.read(stdin, 65536)
            if not chunk:
                break  # the grading process is gone: so are we, and our children
            buffered += chunk
            while b"\n" in buffered:
                line, buffered = buffered.split(b"\n", 1)
                request = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    _child(job_from_dict(request["job"]))
                children[pid] = request["key"]
                say({"started": request["key"], "pid": pid})
        _reap(children)
    for pid in children:
        for kill in (os.killpg, os.kill):
            try:
                kill(pid, signal.SIGKILL)
            except OSError:
                pass


def _child(job: Job) -> None:
    """In the forked child: never return into the server's loop, whatever happens."""
    try:
        run_job(job)
    except BaseException:  # noqa: B036 - the student's SystemExit too: show it in the captured output
        traceback.print_exc()
    finally:
        os._exit(70)


def _reap(children: dict[int, int]) -> None:
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
    serve(sys.argv[1:])
