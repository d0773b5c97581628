"""Grading a whole class: find each student's files, grade each one in its own process, keep the grades.

    graded = grade_class(Path("submissions"), out=Path("grades"), exercises=["02", "03"])

`submissions/` holds one folder or one zip per student, named for the student; inside, the
exercise files carry the names they have in `exercises/` (`03_slider_graph.py`), at any depth.
Each (student, exercise) file is one *submission*: its app runs in a child confined by `sandbox`
(started from a warm `isolation.ForkServer`), and this process runs the checks against it
(`runner.grade_in_child`), `workers` submissions at a time. Each exercise's reference solution
is graded the same way, first: its page tells the outputs its callbacks write (they feed the
"output nobody writes" diagnostic), and it must score full marks (or the run warns).

SIGTERM is handled like Ctrl-C: the run stops, every child is killed and the temporary folder
removed; what was graded so far is on disk.

Results are written as they arrive (`gradebook`), and a submission whose file has not changed
since a previous run into the same `out` folder is not graded again unless `regrade=True`.
"""
from __future__ import annotations

import difflib
import hashlib
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from learndash.grading.checks import Grader
from learndash.grading.gradebook import Graded, read_submissions, write_class_files, write_submission
from learndash.grading.graders import available_graders, grader_for
from learndash.grading.isolation import PRELOAD, ForkServer, read_output
from learndash.grading.report import CheckResult, Report
from learndash.grading.diagnostics import written_outputs
from learndash.grading.runner import LEFT_OUT, grade_in_child, load_failed
from learndash.grading.sandbox import Job, Limits, isolation_mode
from learndash.grading.workspace import Workspace, stopping_on_sigterm, why_not_staged

REFERENCE = "(reference)"

#: A zip may hold at most this much (a zip bomb is refused past it). Its files are then copied for
#: grading as a folder's are: up to FILE_LIMIT each (`why_not_staged` says why a bigger one is not).
ZIP_LIMIT = 50 * 1024 * 1024


@dataclass(frozen=True)
class StudentFile:
    """One student's file for one exercise (`path` is None when the student has none)."""

    student: str
    exercise: str
    path: Path | None
    digest: str = ""
    near_miss: str = ""  # without a file: the name of one that is probably it, misnamed


@dataclass
class ClassRun:
    """Everything one `grade_class` call produced: the grades, and what an instructor should know."""

    graded: list[Graded] = field(default_factory=list)
    newly_graded: int = 0
    reused: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


# -- finding the submissions ------------------------------------------------------------------------


def student_name(raw: str) -> str:
    """A folder or zip name made safe to use as a file name: 'Ada Lovelace.zip' -> 'Ada_Lovelace'."""
    return re.sub(r"[^A-Za-z0-9._@-]+", "_", raw).strip("._") or "student"


def find_students(root: Path, unpack_into: Path) -> dict[str, Path]:
    """Each student's folder: the folders under `root`, and its zips unpacked into `unpack_into`."""
    students: dict[str, Path] = {}
    for entry in sorted(root.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            students[student_name(entry.name)] = entry
        elif entry.suffix.lower() == ".zip":
            name = student_name(entry.stem)
            students[name] = unpack_zip(entry, unpack_into / name)
    return students


def unpack_zip(archive: Path, into: Path) -> Path:
    """Extract `archive` into `into`, skipping unsafe names and anything past ZIP_LIMIT in all."""
    into.mkdir(parents=True, exist_ok=True)
    total = 0
    try:
        with zipfile.ZipFile(archive) as opened:
            for member in opened.infolist():
                parts = Path(member.filename).parts
                if member.is_dir() or not parts or member.filename.startswith("/") or ".." in parts:
                    continue
                if "__MACOSX" in parts or total + member.file_size > ZIP_LIMIT:
                    continue
                total += member.file_size
                target = into.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with opened.open(member) as source, open(target, "wb") as copy:
                    shutil.copyfileobj(source, copy)
    except zipfile.BadZipFile:
        pass  # an unreadable zip is a student with no files: each exercise reports "missing"
    return into


def find_exercise_file(folder: Path, file_name: str) -> Path | None:
    """The shallowest `file_name` anywhere under `folder` (students zip their folders in many ways)."""
    matches = [path for path in folder.rglob(file_name) if path.is_file() and "__MACOSX" not in path.parts]
    return min(matches, key=lambda path: (len(path.parts), str(path))) if matches else None


def near_miss(folder: Path, file_name: str) -> str:
    """The name of a file under `folder` that is probably `file_name` misnamed, or "": one with the
    exercise's number and a close name ("02_basic_callbacks (1).py" from a second download,
    "02_Basic_Callbacks.py" from a system that ignores case), never another exercise's own file."""
    number = file_name.split("_", 1)[0].lower()
    own_files = {grader_for(key).exercise_file for key in available_graders()}
    names = {path.name.lower(): path.name for path in folder.rglob(f"{number}*")
             if path.is_file() and path.name not in own_files and "__MACOSX" not in path.parts}
    close = difflib.get_close_matches(file_name.lower(), list(names), n=1)
    return names[close[0]] if close else ""


def student_files(students: dict[str, Path], graders: list[Grader]) -> list[StudentFile]:
    found = []
    for student, folder in students.items():
        for grader in graders:
            path = find_exercise_file(folder, grader.exercise_file)
            near = near_miss(folder, grader.exercise_file) if path is None else ""
            found.append(StudentFile(student, grader.exercise, path, file_digest(path), near))
    return found


def file_digest(path: Path | None) -> str:
    """What tells a run whether a file changed since the last: the SHA-256 of its bytes; "" for no
    file. A file the grader does not copy is never read (a link may point at any file of the
    grading machine): the reason it is not copied stands in for its bytes."""
    if path is None:
        return ""
    reason = why_not_staged(path)
    return hashlib.sha256(f"not copied: {reason}".encode() if reason else path.read_bytes()).hexdigest()


# -- the run ----------------------------------------------------------------------------------------


def not_gradable(grader: Grader, found: StudentFile, mode: str) -> Graded:
    """The Graded of a file that cannot run: none handed in, or one the grader does not copy (a link,
    a file past the size limit), with the reason, so a student is not told their file is missing."""
    if found.path is None:
        return missing(grader, found.student, found.near_miss)
    message = f"{LEFT_OUT}: {why_not_staged(found.path)}"
    report = load_failed(grader, str(found.path), message, mode)
    return Graded(student=found.student, exercise=grader.exercise, file=str(found.path), digest=found.digest,
                  report=report, ending="graded")


def missing(grader: Grader, student: str, near_miss: str = "") -> Graded:
    """The Graded of an exercise a student handed in no file for: every check skipped, 0 points;
    with the file it probably is, misnamed, when there is one (the grader never guesses)."""
    message = f"No file named {grader.exercise_file} was found in your submission."
    if near_miss:
        message += f" It has {near_miss}: if that is this exercise, name it {grader.exercise_file} exactly."
    results = tuple(
        CheckResult(item.name, item.title, item.number or "", item.weight, 0.0, "skipped", item.visibility, message=message)
        for item in grader.checks
    )
    report = Report(exercise=grader.exercise, title=grader.title, path="", results=results, load_error=message)
    return Graded(student=student, exercise=grader.exercise, file="", digest="", report=report, ending="missing")


def grade_class(
    submissions: Path,
    *,
    out: Path,
    exercises: list[str] | None = None,
    regrade: bool = False,
    workers: int = 2,
    limits: Limits | None = None,
    solutions: Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_graded: Callable[[Graded], None] | None = None,
) -> ClassRun:
    """Grade every student under `submissions` for `exercises` (default: all), writing into `out`."""
    started = time.perf_counter()
    limits = limits or Limits()
    mode = isolation_mode(required=True)
    graders = [grader_for(key) for key in (exercises or available_graders())]
    keys = [grader.exercise for grader in graders]
    by_key = {grader.exercise: grader for grader in graders}
    run = ClassRun()
    with stopping_on_sigterm():
        workspace = Workspace(mode)
        try:
            students = find_students(submissions, workspace.root / "unzipped")
            previous = {} if regrade else {(item.student, item.exercise, item.digest): item for item in read_submissions(out)}
            to_grade: list[StudentFile] = []
            for found in student_files(students, graders):
                kept = previous.get((found.student, found.exercise, found.digest))
                if kept is not None:
                    run.graded.append(kept)
                    run.reused += 1
                elif found.path is None or why_not_staged(found.path):
                    graded = not_gradable(by_key[found.exercise], found, mode)
                    write_submission(out, graded)
                    run.graded.append(graded)
                else:
                    to_grade.append(found)
            if on_start:
                on_start(len(to_grade))
            if to_grade:
                _grade_in_children(to_grade, graders, out=out, workers=workers, limits=limits, solutions=solutions,
                                   workspace=workspace, run=run, on_graded=on_graded)
            write_class_files(out, run.graded, keys)
        finally:
            workspace.remove()
    run.seconds = time.perf_counter() - started
    return run


def _grade_in_children(
    to_grade: list[StudentFile], graders: list[Grader], *, out: Path, workers: int, limits: Limits,
    solutions: Path | None, workspace: Workspace, run: ClassRun, on_graded: Callable[[Graded], None] | None,
) -> None:
    """Start the fork server, run the references, then every file; write each result as it comes.

    Everything goes through one pool of `workers`: first the references, each graded in one child
    that also tells what its app writes (each exercise's students need it), then the students' files.
    """
    keys = [grader.exercise for grader in graders]
    by_key = {grader.exercise: grader for grader in graders}
    with ForkServer(preload=PRELOAD + [grader.module for grader in graders]) as server:
        if workspace.uids is not None:
            server.require_namespaces()
        needed = [grader for grader in graders if any(item.exercise == grader.exercise for item in to_grade)]
        references = _reference_jobs(workspace, needed, solutions, limits)
        jobs = [(item, workspace.job(item.student, item.exercise, item.path, limits, by_key[item.exercise].module))
                for item in to_grade if item.path is not None]
        pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="grading")
        try:
            # The references go first in the pool's queue, so every one has started before any
            # student's file does; a student's file waits only for its own exercise's reference.
            checked = {grader.exercise: pool.submit(_check_reference, server, grader, job, workspace.mode)
                       for grader, job in references}

            def grade_one(item: StudentFile, job: Job) -> Graded:
                reference = checked.get(job.exercise)
                expected = reference.result()[0] if reference is not None else None
                started = time.monotonic()
                report = grade_in_child(by_key[job.exercise], server, job, expected_outputs=expected,
                                        mode=workspace.mode, shown_path=str(item.path))
                output = read_output(job.output_path, limits.output_chars)
                Path(job.output_path).unlink(missing_ok=True)  # read: the workspace (maybe memory) keeps no output
                return Graded(
                    student=job.student, exercise=job.exercise, file=str(item.path), digest=item.digest, report=report,
                    ending=report.ending or "graded", seconds=time.monotonic() - started, output=output,
                )

            last_written = 0.0
            for future in as_completed([pool.submit(grade_one, item, job) for item, job in jobs]):
                graded = future.result()
                write_submission(out, graded)
                run.graded.append(graded)
                run.newly_graded += 1
                if on_graded:
                    on_graded(graded)
                if time.monotonic() - last_written > 1.0:
                    write_class_files(out, run.graded, keys)
                    last_written = time.monotonic()
            run.warnings.extend(warning for future in checked.values() if (warning := future.result()[1]))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _reference_jobs(
    workspace: Workspace, graders: list[Grader], solutions: Path | None, limits: Limits
) -> list[tuple[Grader, Job]]:
    """A job for each grader's reference solution (none without a solutions folder)."""
    if solutions is None or not solutions.is_dir():
        return []
    return [(grader, workspace.job(REFERENCE, grader.exercise, solutions / grader.exercise_file, limits, grader.module))
            for grader in graders if (solutions / grader.exercise_file).is_file()]


def _check_reference(server: ForkServer, grader: Grader, job: Job, mode: str) -> tuple[list[str] | None, str]:
    """Grade the reference solution: what its app writes (None when its page did not open), and a
    warning unless it scores full marks here ("" when it does)."""
    written: list[list[str]] = []
    report = grade_in_child(grader, server, job, mode=mode, on_page=lambda page: written.append(written_outputs(page.page.callbacks)))
    Path(job.output_path).unlink(missing_ok=True)
    outputs = written[0] if written else None
    if report.score >= report.max_score:
        return outputs, ""
    return outputs, (f"The reference solution of exercise {report.exercise} scores {report.score:g}/{report.max_score:g} "
                     f"here: check the grader, or raise the limits. {report.load_error}".strip())
