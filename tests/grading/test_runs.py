"""Whole `learndash grade` runs as processes: two at once on one machine, and one stopped by SIGTERM."""
from __future__ import annotations

import csv
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from learndash.grading.sandbox import OWN_USER, PRIVATE_UID, Limits
import learndash.grading.uids as uids_module
import learndash.grading.workspace as workspace_module
from learndash.grading.isolation import ForkServer
from learndash.grading.uids import UidBlock
from learndash.grading.workspace import Workspace, memory_folder

from .conftest import COURSE_FAULTS, FAULTS, LIMIT_OPTIONS, ROOT, SOLUTIONS, SUBMISSIONS

#: A small class whose grades are known: each student's file for exercise 02, and its points.
SMALL_CLASS = {
    "correct": (SOLUTIONS / "02_basic_callbacks.py", 8.0),
    "wrong_id": (SUBMISSIONS / "02" / "wrong_id.py", 0.6),
    "forks_many": (FAULTS / "forks_many.py", 8.0),
    "loops_in_callback": (COURSE_FAULTS / "loops_in_callback.py", 3.0),
}


def write_class(root: Path, students: dict[str, tuple[Path, float]]) -> Path:
    for student, (source, _) in students.items():
        (root / student).mkdir(parents=True)
        shutil.copy(source, root / student / "02_basic_callbacks.py")
    return root


def start_run(submissions: Path, out: Path, marker: str, *options: str, temporary: Path | None = None) -> subprocess.Popen:
    """`learndash grade` as its own process; `marker` (a path that does not exist) tags its processes,
    `temporary` is its TMPDIR. No reference solutions (an empty folder): the run goes straight to the class."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), f"/{marker}"])}
    if temporary is not None:
        environment["TMPDIR"] = str(temporary)
    no_solutions = out.parent / "no-solutions"
    no_solutions.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", "from learndash.cli import main; main()", "grade", str(submissions),
               "-e", "02", "--out", str(out), "--solutions", str(no_solutions), *options]
    return subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def processes_tagged(marker: str) -> list[int]:
    """Every live process whose environment holds `marker` (the run, its fork server, every child)."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() in Path(entry.path, "environ").read_bytes():
                state = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


def totals(out: Path) -> dict[str, float]:
    return {row["student"]: float(row["total"]) for row in csv.DictReader((out / "gradebook.csv").open())}


def test_two_runs_at_once_both_grade_correctly(tmp_path):
    """Each run holds its own block of private uids, so cleaning up one run's job never kills the
    other's (a forking student is cleaned up in both)."""
    runs = []
    for name in ("first", "second"):
        submissions = write_class(tmp_path / name / "class", SMALL_CLASS)
        runs.append((start_run(submissions, tmp_path / name / "grades", f"run-{uuid.uuid4().hex}", *LIMIT_OPTIONS),
                     tmp_path / name / "grades"))
    for process, out in runs:
        output, _ = process.communicate(timeout=240)
        assert process.returncode == 0, output
        assert totals(out) == pytest.approx({student: points for student, (_, points) in SMALL_CLASS.items()}, abs=0.01)


def memory_folders_of(pids: list[int]) -> set[Path]:
    """The /dev/shm folders of captured outputs that the processes `pids` hold files open in (a
    child's stdout is its output file): this run's, whatever other runs on the machine keep there."""
    found = set()
    for pid in pids:
        try:
            links = [os.readlink(entry.path) for entry in os.scandir(f"/proc/{pid}/fd")]
        except OSError:
            continue
        found |= {Path(link).parent for link in links if link.startswith("/dev/shm/learndash-outputs-")}
    return found


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("tmpdir_set", [True, False], ids=["TMPDIR", "outputs-in-memory"])
def test_a_signal_mid_run_leaves_nothing_behind(tmp_path, signal_number, tmpdir_set):
    """SIGTERM or SIGINT while a submission is being graded: the run ends, and no process, no staged
    student code and no report of it is left in the temporary folder, nor its outputs in /dev/shm
    (where they go when TMPDIR names no folder)."""
    stuck = {"stuck": (FAULTS / "hangs_in_the_last_check.py", 0.0), "correct": (SOLUTIONS / "02_basic_callbacks.py", 8.0)}
    submissions = write_class(tmp_path / "class", stuck)
    marker = f"run-{uuid.uuid4().hex}"
    if tmpdir_set:
        temporary = tmp_path / "tmp"  # the run's TMPDIR: its workspace is created there
        temporary.mkdir()
    else:
        temporary = Path(tempfile.gettempdir())
    before = set(temporary.glob("learndash-grade-*"))
    process = start_run(submissions, tmp_path / "grades", marker, "--check-seconds", "60", "--submission-seconds", "120",
                        "--jobs", "1", temporary=temporary if tmpdir_set else None)
    deadline = time.monotonic() + 60
    started = False
    while time.monotonic() < deadline and not started:  # wait until the stuck submission's child is running
        staged = {path for path in temporary.glob("learndash-grade-*/staged*/") if path.parent not in before}
        outputs = memory_folders_of(processes_tagged(marker))
        started = bool(staged) and len(processes_tagged(marker)) >= 3 and (tmpdir_set or bool(outputs))  # run, server, child
        time.sleep(0.2)
    assert started, "the run never started grading"
    time.sleep(1.0)
    process.send_signal(signal_number)
    process.communicate(timeout=30)
    assert process.returncode != 0
    ours = {path.parent for path in staged} | outputs  # /tmp and /dev/shm may hold other runs' folders too
    assert not any(folder.exists() for folder in ours)
    if tmpdir_set:
        assert set(temporary.glob("learndash-grade-*")) == before  # the run's own TMPDIR: nothing else either
    assert processes_tagged(marker) == []


def test_outputs_are_captured_in_memory_unless_tmpdir_names_a_folder(monkeypatch, tmp_path):
    """Creating a file costs milliseconds on a busy disk: the children's outputs go to /dev/shm when it
    has room, and to the run's folder when TMPDIR names one (test_a_signal_mid_run_... runs there)."""
    monkeypatch.delenv("TMPDIR", raising=False)
    workspace = Workspace(OWN_USER)
    try:
        expected = Path("/dev/shm") if memory_folder() else workspace.root
        assert workspace.outputs.parent == expected
    finally:
        workspace.remove()
    assert not workspace.outputs.exists() and not workspace.root.exists()
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert memory_folder() is None


@pytest.mark.parametrize("mode", [OWN_USER, PRIVATE_UID])
def test_jobs_described_from_several_threads_get_their_own_files(tmp_path, mode):
    """A caller grading with a thread per worker describes jobs concurrently: each job still gets its own
    output file and uid, and each submission folder one staged copy (or one per job without a private uid)."""
    if mode == PRIVATE_UID and os.geteuid() != 0:
        pytest.skip("private uids need root")
    folders = []
    for number in range(8):
        folder = tmp_path / f"student{number}"
        folder.mkdir()
        (folder / "02_basic_callbacks.py").write_text("app = None\n")
        folders.append(folder)
    workspace = Workspace(mode)
    try:
        def describe(index: int):
            folder = folders[index % len(folders)]
            return workspace.job(folder.name, "02", folder / "02_basic_callbacks.py", Limits())

        with ThreadPoolExecutor(8) as pool:
            jobs = list(pool.map(describe, range(200)))
        assert len({job.output_path for job in jobs}) == 200
        homes = {Path(job.path).parent for job in jobs}
        assert len(homes) == (len(folders) if mode == PRIVATE_UID else 200)
        assert all((home / "02_basic_callbacks.py").read_text() == "app = None\n" for home in homes)
        if mode == PRIVATE_UID:
            assert len({job.uid for job in jobs}) == 200
    finally:
        workspace.remove()


@pytest.mark.skipif(os.geteuid() != 0, reason="private uids need root")
def test_a_closing_server_spares_a_job_that_took_over_its_released_uids(tmp_path, monkeypatch):
    """A long-lived process (a test session, `learndash check` run again and again) keeps its fork
    server after a grading run has released its uids; when that server closes, it must not kill the
    job another run has since started under the same uid (it did: the other run's job was SIGKILLed
    and its student lost the points)."""
    monkeypatch.setattr(workspace_module, "UidBlock", functools.partial(UidBlock, folder=tmp_path / "locks"))
    # Its own lock folder lets this test see a uid handed on; its own uids keep grading runs of other
    # processes on this machine (which share 200000 onward through the real lock folder) from
    # sweeping its job as theirs.
    monkeypatch.setattr(uids_module, "FIRST_UID", 900_000)
    folder = tmp_path / "ada"
    folder.mkdir()
    shutil.copy(SOLUTIONS / "02_basic_callbacks.py", folder)
    path = folder / "02_basic_callbacks.py"
    first_server, second_server = ForkServer(), ForkServer()
    try:
        first = Workspace(PRIVATE_UID)
        earlier = first_server.spawn(first.job("ada", "02", path, Limits()))
        assert earlier.channel.send({"op": "load"}) is None and earlier.channel.receive(time.monotonic() + 30)["loaded"]
        earlier.end()
        first.remove()  # the run is over: its uids are free, its server lives on
        second = Workspace(PRIVATE_UID)
        try:
            job = second.job("ada", "02", path, Limits())
            assert job.uid == earlier.job.uid  # the same uid, now the second run's
            later = second_server.spawn(job)
            later.channel.send({"op": "load"})
            assert later.channel.receive(time.monotonic() + 30)["loaded"]
            first_server.close()
            later.channel.send({"op": "layout"})
            assert later.channel.receive(time.monotonic() + 30)["status"] == 200
        finally:
            second.remove()
    finally:
        first_server.close()
        second_server.close()
