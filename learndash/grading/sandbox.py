"""Inside the child process: fence in one submission, grade it, and leave its report in a file.

`learndash grade` starts one process per submission (see `isolation.py`); this module is what
that process runs. `run_job(job)` first *confines* the process, then grades, then exits:

1. its own session and process group, so the parent can end it and anything it started at once;
2. stdout and stderr (the file descriptors, so C code and `os.write` too) go to a capture file,
   and stdin reads nothing;
3. no network: a new, empty network namespace when the kernel allows it (as root, or with user
   namespaces), and in every case `socket.socket` for internet families, `create_connection` and
   `getaddrinfo` raise `PermissionError` before the student's code is loaded;
4. resource limits: address space (`RLIMIT_AS`: a 5 GB allocation raises MemoryError), CPU
   seconds (a backstop if the parent dies), file size, no core files, and the number of processes
   (`RLIMIT_NPROC`: a fork bomb gets `BlockingIOError` after a few forks);
5. when started as root: a user id of its own (`Job.uid`), so `RLIMIT_NPROC` counts this
   submission's processes only (root is exempt from it) and, when the Python installation is
   readable by every user, the code cannot read other students' folders or write the grader's
   files (see `_become` for the weaker fallback); the environment is cut down to a few variables,
   so no token of the instructor's shell reaches the student's code.

What the child can see: the grader module of its exercise (imported before the student's code,
so checks and the values they compare with are in the same process), the student's own folder,
and nothing else of the run. The parent treats the report file as untrusted data (see
`isolation.read_report`): it takes weights and check names from its own copy of the grader.
"""
from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

#: Environment variables a submission keeps; everything else of the instructor's shell is dropped.
KEPT_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "PYTHONHASHSEED", "PYTHONIOENCODING")

#: Native thread pools off: parallelism comes from grading several submissions at once, and a
#: pool's threads would count against the submission's process limit.
SINGLE_THREADED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1"}

CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
CAP_SYS_ADMIN = 21
CAP_SYS_RESOURCE = 24


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
    """One submission to grade in a child: whose, which exercise, where its file is, where to report."""

    student: str
    exercise: str
    path: str
    report_path: str
    output_path: str
    limits: Limits
    expected_outputs: tuple[str, ...] | None = None
    uid: int | None = None
    reference: bool = False  # a reference solution: also report the outputs its callbacks write


class NetworkDisabled(PermissionError):
    """Raised instead of opening a network connection while grading."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what}: the network is switched off while your app is graded. Load data from a file "
            "shipped with the exercise (or plotly.express.data) instead of downloading it."
        )


def run_job(job: Job) -> None:
    """The child's whole life: confine, grade, write the report, exit without running atexit hooks."""
    report_file = open(job.report_path, "w", encoding="utf-8")  # opened before dropping privileges
    confine(job)
    from learndash.grading.graders import grader_for
    from learndash.grading.runner import grade

    grader = grader_for(job.exercise)
    expected = list(job.expected_outputs) if job.expected_outputs is not None else None

    def write(data: dict) -> None:
        # Rewritten after every check: if the parent must stop this process, it keeps the checks done.
        report_file.seek(0)
        report_file.truncate()
        report_file.write(json.dumps(data, default=repr))
        report_file.flush()

    report = grade(
        grader,
        job.path,
        load_seconds=min(job.limits.load_seconds, job.limits.check_seconds),
        check_seconds=job.limits.check_seconds,
        expected_outputs=expected,
        on_progress=lambda so_far: write(so_far.to_dict()),
    )
    data = report.to_dict()
    if job.reference:
        from learndash.grading.diagnostics import reference_outputs

        data["outputs"] = reference_outputs(job.path)
    signal.setitimer(signal.ITIMER_REAL, 0)  # no alarm the student's code set may interrupt the write
    write(data)
    report_file.close()
    sys.stdout.flush()
    os._exit(0)


def confine(job: Job) -> None:
    """Steps 1 to 5 of the module docstring, in an order where each still has the rights it needs."""
    os.setsid()
    _die_with_parent()
    _capture_output(job.output_path)
    if not job.limits.network:
        _leave_the_network()
        block_network()
    home = Path(job.path).parent
    os.chdir(home)
    _keep_environment(home)
    if job.uid is not None and os.geteuid() == 0:
        _become(job.uid)
    # os.getuid() is the real uid, the one RLIMIT_NPROC counts, whichever way _become went.
    _set_limits(job.limits, uid_is_private=job.uid is not None and os.getuid() == job.uid)


def block_network() -> None:
    """Make every way Python opens an internet connection raise `NetworkDisabled` (Unix sockets still work)."""
    original = socket.socket

    class GradingSocket(original):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                raise NetworkDisabled("Opening a network socket")
            super().__init__(family, type, proto, fileno)

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkDisabled("Connecting to the network")

    socket.socket = GradingSocket  # type: ignore[misc]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def _die_with_parent() -> None:
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


def _leave_the_network() -> bool:
    """Move into a new network namespace with no interfaces up; False when the kernel refuses."""
    try:
        return ctypes.CDLL(None, use_errno=True).unshare(CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def _keep_environment(home: Path) -> None:
    kept = {name: os.environ[name] for name in KEPT_ENVIRONMENT if name in os.environ}
    os.environ.clear()
    os.environ.update(kept, HOME=str(home), TMPDIR=str(home), **SINGLE_THREADED)


def _become(uid: int) -> str:
    """Run as `uid`, as far as the Python installation allows; return which way ("user" or "real uid").

    When every process can read the installation (Python in /usr, a venv in /opt), the child
    becomes `uid` entirely, group too, with no supplementary groups. When it cannot (Python under
    /root, which is private), it keeps root's *effective* uid so it can still import modules, but
    takes `uid` as its *real* uid, which is what RLIMIT_NPROC counts, and gives up the two
    capabilities that would exempt it from that limit (CAP_SYS_ADMIN, CAP_SYS_RESOURCE). That
    second way bounds an accidental fork bomb, but not a student who sets out to undo it.
    """
    if installation_readable_by_others():
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
        return "user"
    _drop_capabilities(CAP_SYS_ADMIN, CAP_SYS_RESOURCE)
    os.setresuid(uid, 0, 0)
    return "real uid"


def installation_readable_by_others() -> bool:
    """Whether a process of another user could import what this one imports (stdlib, site-packages, learndash)."""
    import sysconfig

    import learndash

    paths = sysconfig.get_paths()
    wanted = [paths["stdlib"], paths["purelib"], paths["platlib"], str(Path(learndash.__file__).parent)]
    return all(_readable_by_others(Path(path)) for path in wanted)


def _readable_by_others(path: Path) -> bool:
    try:
        if not path.stat().st_mode & stat.S_IROTH:
            return False
        return all(parent.stat().st_mode & stat.S_IXOTH for parent in path.resolve().parents)
    except OSError:
        return False


class _CapabilityHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapabilitySet(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _drop_capabilities(*capabilities: int) -> bool:
    """Remove `capabilities` from this process's effective and permitted sets (capget/capset, version 3)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        header = _CapabilityHeader(0x20080522, 0)
        data = (_CapabilitySet * 2)()
        if libc.capget(ctypes.byref(header), data) != 0:
            return False
        for capability in capabilities:
            index, bit = divmod(capability, 32)
            data[index].effective &= ~(1 << bit)
            data[index].permitted &= ~(1 << bit)
        return libc.capset(ctypes.byref(header), data) == 0
    except (OSError, AttributeError):
        return False


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


def tasks_of_user(uid: int) -> int:
    """How many tasks (processes and their threads) `uid` runs now, read from /proc."""
    count = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(fields.get("Uid", "-1").split()[0]) == uid:
            count += int(fields.get("Threads", "1").strip())
    return count
