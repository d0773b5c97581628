"""Confining the child that runs one submission: what it may see, use, and reach.

The grading process never runs student code. For each submission it asks the fork server
(`forkserver.py`) for a child, which calls `confine(job)` and then only answers Dash's wire
protocol (`child.py`). `confine`, as root (mode PRIVATE_UID), does, in this order:

1. its own session, so the parent can end it and everything it started at once;
2. stdout and stderr (the file descriptors, so C code and `os.write` too) go to a capture file,
   stdin reads nothing, and every other inherited file descriptor is closed: the child keeps only
   its two pipes to the parent;
3. its own filesystem view (`namespaces.enter_view`): the Python installation and the packages it
   imported, read-only, and a memory-backed copy of its own folder; no `solutions/`, no classmate,
   no instructor's files, and nothing it writes reaches the host's disk.
   Before this process was forked, its parent entered new mount, pid and network namespaces, so
   this process is pid 1 of a namespace with no network interface and no way to see or signal
   any process outside it (when it ends, the kernel ends everything it started);
4. a private user id (`uids.py`: unique across concurrent runs), no groups, no way to gain
   privileges back (`PR_SET_NO_NEW_PRIVS`), and death with its parent;
5. resource limits, each one reported by name when hit: address space (MemoryError), CPU seconds,
   file size, no core files, processes (`RLIMIT_NPROC` counts this private uid alone);
6. Python's socket functions raise `NetworkDisabled` with a message (the namespace is what
   really stops the network, Unix sockets included); the environment is cut down to a few
   variables, so no token of the instructor's shell reaches the student's code.

Without root (mode OWN_USER, for `learndash check` on a student's own file) steps 3 and 4 are
skipped, and the report says so; `learndash grade` refuses to run that way.
"""
from __future__ import annotations

import ctypes
import os
import resource
import select
import signal
import socket
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: Environment variables a submission keeps; everything else of the instructor's shell is dropped.
KEPT_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "PYTHONHASHSEED", "PYTHONIOENCODING")

#: Native thread pools off: parallelism comes from grading several submissions at once, and a
#: pool's threads would count against the submission's process limit.
SINGLE_THREADED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1"}

PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38


@dataclass(frozen=True)
class Limits:
    """What one submission may use. Seconds are wall time; `processes` counts threads too (Linux does)."""

    check_seconds: float = 10.0
    load_seconds: float = 10.0
    submission_seconds: float = 120.0
    memory_mb: int = 1536
    processes: int = 16
    file_mb: int = 16
    output_chars: int = 4_000
    network: bool = False


@dataclass(frozen=True)
class Job:
    """One submission to run in a child: whose, which exercise, where its file is, how it is confined."""

    student: str
    exercise: str
    path: str
    output_path: str
    limits: Limits
    grader_module: str = ""
    uid: int | None = None
    view_root: str | None = None  # an empty folder the child builds its filesystem view in (namespaces.py)


#: How a child is confined, as reports name it.
PRIVATE_UID = "private uid in its own namespaces (mount, pid, network) and filesystem view"
OWN_USER = "own user, separate process (no file or network isolation)"


class IsolationUnavailable(RuntimeError):
    """This machine cannot confine a submission the way `learndash grade` requires."""


def isolation_mode(*, required: bool) -> str:
    """The mode children run in here: PRIVATE_UID as root, else OWN_USER (refused when `required`).

    Grading a class needs PRIVATE_UID: without root, a child could read its classmates' files and
    the reference solutions. `learndash check` on a student's own file accepts OWN_USER: the
    student's code runs in a separate process, so it still cannot change the verdict.
    """
    if os.geteuid() == 0 and sys.platform.startswith("linux"):
        return PRIVATE_UID
    if required:
        raise IsolationUnavailable(
            "learndash grade runs every submission under a private user id in its own Linux namespaces, "
            "which needs root: without it, a submission could read its classmates' files and the reference "
            "solutions. Run it as root (sudo, or in a container as CI and Gradescope do)."
        )
    return OWN_USER


class NetworkDisabled(PermissionError):
    """Raised instead of opening a network connection while grading."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what}: the network is switched off while your app is graded. Load data from a file "
            "shipped with the exercise (or plotly.express.data) instead of downloading it."
        )


def confine(job: Job, keep_fds: tuple[int, ...], server_alive: int | None = None) -> None:
    """In the process that will run the student's code: the module docstring's steps, in an order
    where each still has the rights it needs (files opened before the view, the view before the uid).

    `server_alive` is a pidfd of the process that forked this one: readable once it has ended.
    """
    os.setsid()
    _capture_output(job.output_path)
    kept = sorted({*keep_fds, *([server_alive] if server_alive is not None else [])})
    for low, high in zip([2, *kept], [*kept, os.sysconf("SC_OPEN_MAX")]):
        os.closerange(low + 1, high)
    home = str(Path(job.path).parent)
    if job.view_root is not None:
        from learndash.grading.namespaces import enter_view, readable_paths

        enter_view(job.view_root, home=home, readable=readable_paths(), uid=job.uid if job.uid is not None else os.getuid(),
                   scratch_mb=4 * job.limits.file_mb)
    os.chdir(home)
    _keep_environment(Path(home))
    if job.uid is not None:
        os.setgroups([])
        os.setresgid(job.uid, job.uid, job.uid)
        os.setresuid(job.uid, job.uid, job.uid)
    _no_new_privileges()
    die_with_parent()  # (again: changing the uid disarmed it)
    if server_alive is not None and select.select([server_alive], [], [], 0)[0]:
        os._exit(0)  # the server died before PR_SET_PDEATHSIG was armed: end as it would have
    if server_alive is not None:
        os.close(server_alive)
    _set_limits(job.limits, uid_is_private=job.uid is not None)
    if not job.limits.network:
        block_network()
    sys.dont_write_bytecode = True


def block_network() -> None:
    """Make every way Python opens a socket (internet or Unix) raise `NetworkDisabled`."""
    original = socket.socket

    class GradingSocket(original):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
            if fileno is None:
                raise NetworkDisabled("Opening a network socket")
            super().__init__(family, type, proto, fileno)

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkDisabled("Connecting to the network")

    socket.socket = GradingSocket  # type: ignore[misc]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def _no_new_privileges() -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def die_with_parent() -> None:
    """Ask Linux to kill this process if the process that started it dies (best effort)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _capture_output(path: str) -> None:
    """Point file descriptors 1 and 2 at the capture file, and 0 at /dev/null."""
    captured = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    os.dup2(captured, 1)
    os.dup2(captured, 2)
    os.close(captured)
    os.close(nothing)
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False, buffering=1)
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False, buffering=1)


def _keep_environment(home: Path) -> None:
    kept = {name: os.environ[name] for name in KEPT_ENVIRONMENT if name in os.environ}
    os.environ.clear()
    os.environ.update(kept, HOME=str(home), TMPDIR=str(home), **SINGLE_THREADED)


def _set_limits(limits: Limits, *, uid_is_private: bool) -> None:
    megabyte = 1024 * 1024
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an over-long write fails instead of killing us
    cpu = int(limits.submission_seconds) + 5
    for name, value in (
        (resource.RLIMIT_AS, limits.memory_mb * megabyte),
        (resource.RLIMIT_FSIZE, limits.file_mb * megabyte),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_CPU, cpu),
    ):
        resource.setrlimit(name, (value, value))
    # RLIMIT_NPROC counts every task of the user. With a private uid that is this submission alone;
    # otherwise it is everything the instructor runs, so allow that plus this submission's share.
    already = 1 if uid_is_private else tasks_of_user(os.getuid())
    nproc = already + limits.processes
    resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))


def kill_processes_of(uids: Iterable[int]) -> None:
    """SIGKILL every live process whose real uid is one of `uids` (private uids: this run's jobs only)."""
    wanted = set(uids)
    if not wanted:
        return
    for pid, fields in process_statuses():
        if real_uid(fields) in wanted and not fields.get("State", "").strip().startswith("Z"):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                continue


def process_statuses() -> Iterator[tuple[int, dict[str, str]]]:
    """(pid, fields of /proc/<pid>/status) for every process alive now; one that ends meanwhile is skipped."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        yield int(entry.name), dict(line.split(":", 1) for line in status.splitlines() if ":" in line)


def real_uid(fields: dict[str, str]) -> int:
    """The real uid in a /proc status, or -1 when the entry has none."""
    return int((fields.get("Uid") or "-1").split()[0])


def tasks_of_user(uid: int) -> int:
    """How many tasks (processes and their threads) `uid` runs now, read from /proc."""
    return sum(int(fields.get("Threads", "1").strip()) for _, fields in process_statuses() if real_uid(fields) == uid)
