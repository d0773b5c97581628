"""The private temporary folder of one grading run: a staged copy of each submission, its captured output.

    workspace = Workspace(mode)
    job = workspace.job("ada", "02", Path("submissions/ada/02_basic_callbacks.py"), limits, grader_module)
    ...
    workspace.remove()

Each job gets its own private uid (from this run's block, `uids.py`) and its file in a staged copy
of the submission's folder (its .py and small data files). With a private uid, the child copies that
folder into a memory-backed folder of its own before it gives up root (`namespaces.enter_view`):
that copy is all the child can write, and all of the run it can see. So the staged copy is only
read, and every job of one folder (a student's exercises, a reference's two jobs) shares one, made
once. Without a private uid the child works in the staged folder itself, so each job gets its own.
The captured outputs are in memory when they can be (`memory_folder`). `remove()` deletes everything,
and gives the uid block back. Under `stopping_on_sigterm()`, SIGTERM unwinds like Ctrl-C, so the
`finally` that calls `remove()` runs then too.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from learndash.grading.sandbox import PRIVATE_UID, Job, Limits, kill_processes_of
from learndash.grading.uids import UidBlock

#: A staged file may be at most this large (bigger files in a student's folder are left out).
FILE_LIMIT = 5 * 1024 * 1024

#: /dev/shm holds the captured outputs only with at least this much free (Docker gives it 64 MB).
MEMORY_NEEDED = 256 * 1024 * 1024


def memory_folder() -> str | None:
    """/dev/shm when it is writable and has room, unless TMPDIR names a folder for the run's files; else None.

    Every child creates a file for its captured output, and on a busy disk creating one costs
    milliseconds, more than serving a small app; in memory, microseconds. Each output is at most
    the file-size limit, and is removed once read, so memory holds a few at a time.
    """
    if os.environ.get("TMPDIR"):
        return None
    try:
        free = os.statvfs("/dev/shm")
    except OSError:
        return None
    return "/dev/shm" if free.f_bavail * free.f_frsize >= MEMORY_NEEDED and os.access("/dev/shm", os.W_OK) else None


def why_not_staged(path: Path) -> str:
    """Why `Workspace.stage` leaves `path` out of the staged copy ("" when it copies it): only regular
    files, of up to FILE_LIMIT, are copied; a link could point anywhere on the grading machine.

    Said to the student when the left-out file is the one to grade, which the child would otherwise
    find missing: "There is no file at /tmp/learndash-grade-.../02.py", true but no help.
    """
    if path.is_symlink():
        return (f"{path.name} is a link (symlink) to {os.readlink(path)}, and the grader copies only real files, "
                "never what a link points to. Hand in the file itself.")
    if not path.is_file():
        return f"{path.name} is not a regular file (a folder, a pipe or a device). Give the path of your .py file."
    size = path.stat().st_size
    if size > FILE_LIMIT:
        return (f"{path.name} is {size / 2**20:.1f} MB, more than the {FILE_LIMIT // 2**20} MB the grader copies "
                "of one file. Make it smaller: a .py file can read its data from a data file, and a data file "
                "can keep only the rows and columns the app uses.")
    return ""


class Workspace:
    """A private temporary folder for one run: one staged folder per job, the captured outputs, the view mount point."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.root = Path(tempfile.mkdtemp(prefix="learndash-grade-"))
        os.chmod(self.root, 0o711)  # children under other uids may pass through, not list
        memory = memory_folder()
        self.outputs = Path(tempfile.mkdtemp(prefix="learndash-outputs-", dir=memory)) if memory else self.root / "outputs"
        self.outputs.mkdir(mode=0o700, exist_ok=True)
        self.view = self.root / "view"  # each child mounts its own filesystem view here (namespaces.py)
        self.view.mkdir(mode=0o700)
        self.uids = UidBlock() if mode == PRIVATE_UID else None
        self.sequence = 0
        self.staged: dict[Path, Path] = {}  # a submission's folder -> its staged copy (private uids only)
        self.lock = threading.Lock()  # jobs may be described from several threads (one per worker)

    def job(self, student: str, exercise: str, path: Path, limits: Limits, grader_module: str = "") -> Job:
        """Describe one job: its uid, its output file, and its file in a staged copy of its folder."""
        with self.lock:
            self.sequence += 1
            sequence = self.sequence
            uid = self.uids.take() if self.uids is not None else None
            if uid is None:
                home = self.stage(path.parent, self.root / f"job{sequence}")
            elif path.parent not in self.staged:
                home = self.staged[path.parent] = self.stage(path.parent, self.root / f"staged{len(self.staged) + 1}")
            else:
                home = self.staged[path.parent]
        return Job(
            student=student, exercise=exercise, path=str(home / path.name),
            output_path=str(self.outputs / f"job{sequence}.out"), limits=limits,
            grader_module=grader_module, uid=uid, view_root=str(self.view) if uid is not None else None,
        )

    @staticmethod
    def stage(folder: Path, home: Path) -> Path:
        """Copy the regular files of `folder` (up to FILE_LIMIT each, no links) into the new folder `home`."""
        home.mkdir(mode=0o700)
        for sibling in folder.iterdir():
            if not why_not_staged(sibling):
                shutil.copyfile(sibling, home / sibling.name)
        return home

    def remove(self) -> None:
        """Delete the run's files; kill anything left with one of its uids, then give the uids back
        (in that order: once released, another run may give them to its own jobs)."""
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.outputs, ignore_errors=True)
        if self.uids is not None:
            kill_processes_of(self.uids.all())
            self.uids.release()
            self.uids = None


class Stopped(KeyboardInterrupt):
    """The run received SIGTERM: stop like Ctrl-C (children killed, temporary files removed)."""


@contextmanager
def stopping_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into `Stopped` in the main thread for the block (nothing to do elsewhere)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Stopped("stopped by SIGTERM")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
