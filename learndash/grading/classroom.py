"""Grading a whole class: find each student's files, grade each one in its own process, keep the grades.

    graded = grade_class(Path("submissions"), out=Path("grades"), exercises=["02", "03"])

`submissions/` holds one folder or one zip per student, named for the student; inside, the
exercise files carry the names they have in `exercises/` (`03_slider_graph.py`), at any depth.
Each (student, exercise) file is one *submission*, graded by `isolation.ForkServer` in a child
confined by `sandbox`; what the child reports is checked against the parent's own grader
(`review`). Before the students, each exercise's reference solution is graded the same way: it
must score full marks (or the run warns), and the outputs its callbacks write feed the "output
nobody writes" diagnostic.

Results are written as they arrive (`gradebook`), and a submission whose file has not changed
since a previous run into the same `out` folder is not graded again unless `regrade=True`.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from learndash.grading.checks import Grader
from learndash.grading.gradebook import Graded, read_submissions, write_class_files, write_submission
from learndash.grading.graders import available_graders, grader_for
from learndash.grading.isolation import ForkServer, Outcome, grading_functions_preloaded, private_uid
from learndash.grading.report import CheckResult, Report
from learndash.grading.sandbox import Job, Limits
from learndash.grading.trial import Part

REFERENCE = "(reference)"

#: A zip may hold at most this much (a zip bomb is refused past it) and files of at most FILE_LIMIT.
ZIP_LIMIT = 50 * 1024 * 1024
FILE_LIMIT = 5 * 1024 * 1024

#: The most characters of any one text a child reports that the parent keeps.
TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class StudentFile:
    """One student's file for one exercise (`path` is None when the student has none)."""

    student: str
    exercise: str
    path: Path | None
    digest: str = ""


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
    """Extract `archive` into `into`, skipping unsafe names, huge files and anything past ZIP_LIMIT."""
    into.mkdir(parents=True, exist_ok=True)
    total = 0
    try:
        with zipfile.ZipFile(archive) as opened:
            for member in opened.infolist():
                parts = Path(member.filename).parts
                if member.is_dir() or not parts or member.filename.startswith("/") or ".." in parts:
                    continue
                if "__MACOSX" in parts or member.file_size > FILE_LIMIT or total + member.file_size > ZIP_LIMIT:
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


def student_files(students: dict[str, Path], graders: list[Grader]) -> list[StudentFile]:
    found = []
    for student, folder in students.items():
        for grader in graders:
            path = find_exercise_file(folder, grader.exercise_file)
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path else ""
            found.append(StudentFile(student, grader.exercise, path, digest))
    return found


# -- reviewing what a child reported ----------------------------------------------------------------


def _text(value: object, limit: int = TEXT_LIMIT) -> str:
    text = value if isinstance(value, str) else ""
    return text if len(text) <= limit else text[: limit - 20] + "\n... (cut)"


def _part(data: object) -> Part:
    data = data if isinstance(data, dict) else {}
    return Part(
        what=_text(data.get("what"), 2_000), passed=data.get("passed") is True, expected=_text(data.get("expected"), 2_000),
        actual=_text(data.get("actual"), 2_000), hint=_text(data.get("hint"), 2_000), trace=_text(data.get("trace"), 4_000),
    )


def review(grader: Grader, outcome: Outcome) -> Report:
    """The report the parent believes: the child's verdicts, on the parent's own checks and weights.

    The child's file is untrusted data: unknown checks are ignored, a missing one counts as an
    error, points are clamped to the check's weight, and every text is cut to a sane length.
    """
    data = outcome.report or {}
    reported = {item.get("name"): item for item in data.get("results", []) if isinstance(item, dict)}
    results = []
    for item in grader.checks:
        raw = reported.get(item.name)
        if raw is None:
            results.append(CheckResult(item.name, item.title, item.number or "", item.weight, 0.0, "error",
                                       item.visibility, message=_ending_message(outcome)))
            continue
        try:
            score = min(max(float(raw.get("score", 0.0)), 0.0), item.weight)
        except (TypeError, ValueError):
            score = 0.0
        status = raw.get("status") if raw.get("status") in ("passed", "partial", "failed", "skipped", "error") else "failed"
        if status == "passed" and score < item.weight:
            status = "partial" if score > 0 else "failed"
        try:
            seconds = float(raw.get("seconds", 0.0))
        except (TypeError, ValueError):
            seconds = 0.0
        results.append(CheckResult(
            item.name, item.title, item.number or "", item.weight, round(score, 4), status, item.visibility,
            parts=tuple(_part(part) for part in list(raw.get("parts") or [])[:50]),
            message=_text(raw.get("message"), 4_000), seconds=seconds,
        ))
    diagnostics = tuple(_text(message, 4_000) for message in list(data.get("diagnostics") or [])[:10])
    load_error = _text(data.get("load_error")) if outcome.report is not None else _ending_message(outcome)
    return Report(
        exercise=grader.exercise, title=grader.title, path=outcome.job.path, results=tuple(results),
        load_error=load_error, output=_text(data.get("output"), 4_000), seconds=outcome.seconds, diagnostics=diagnostics,
    )


def _ending_message(outcome: Outcome) -> str:
    """Why there is no report, said to the student."""
    limits = outcome.job.limits
    name = Path(outcome.job.path).name
    if outcome.ending == "timed out":
        return (
            f"Time limit: grading {name} was stopped after {limits.submission_seconds:g} seconds, the limit for one "
            "submission. Something never finished: a loop that never ends, or a wait that never returns."
        )
    code = outcome.exit_code
    how = f"exit code {code}" if code is None or code >= 0 else f"killed by signal {-code}"
    return (
        f"The process grading {name} ended abruptly ({how}) before it could report. Your code may call "
        f"os._exit() or sys.exit() from a callback, start too many processes (limit {limits.processes}), "
        f"or use more memory than allowed ({limits.memory_mb} MB)."
    )


def missing(grader: Grader, student: str) -> Graded:
    """The Graded of an exercise a student handed in no file for: every check skipped, 0 points."""
    message = f"No file named {grader.exercise_file} was found in your submission."
    results = tuple(
        CheckResult(item.name, item.title, item.number or "", item.weight, 0.0, "skipped", item.visibility, message=message)
        for item in grader.checks
    )
    report = Report(exercise=grader.exercise, title=grader.title, path="", results=results, load_error=message)
    return Graded(student=student, exercise=grader.exercise, file="", digest="", report=report, ending="missing")


# -- the run ----------------------------------------------------------------------------------------


class Workspace:
    """A private temporary folder for one run: unpacked zips, one staged folder per job, report files."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="learndash-grade-"))
        os.chmod(self.root, 0o711)  # children under other uids may pass through, not list
        self.reports = self.root / "reports"
        self.reports.mkdir(mode=0o700)
        self.sequence = 0

    def job(
        self, student: str, exercise: str, path: Path, limits: Limits, expected: tuple[str, ...] | None, *, reference: bool = False
    ) -> Job:
        """Copy the file's folder (its .py and small data files) to a folder only this job's uid can use."""
        self.sequence += 1
        uid = private_uid(self.sequence)
        home = self.root / f"job{self.sequence}"
        home.mkdir(mode=0o700)
        for sibling in path.parent.iterdir():
            if sibling.is_file() and sibling.stat().st_size <= FILE_LIMIT:
                shutil.copy2(sibling, home / sibling.name)
        if uid is not None:
            for item in (home, *home.iterdir()):
                os.chown(item, uid, uid)
        return Job(
            student=student, exercise=exercise, path=str(home / path.name),
            report_path=str(self.reports / f"job{self.sequence}.json"),
            output_path=str(self.reports / f"job{self.sequence}.out"),
            limits=limits, expected_outputs=expected, uid=uid, reference=reference,
        )

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


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
    graders = [grader_for(key) for key in (exercises or available_graders())]
    keys = [grader.exercise for grader in graders]
    by_key = {grader.exercise: grader for grader in graders}
    run = ClassRun()
    workspace = Workspace()
    try:
        students = find_students(submissions, workspace.root / "unzipped")
        previous = {} if regrade else {(item.student, item.exercise, item.digest): item for item in read_submissions(out)}
        to_grade: list[StudentFile] = []
        for found in student_files(students, graders):
            kept = previous.get((found.student, found.exercise, found.digest))
            if kept is not None:
                run.graded.append(kept)
                run.reused += 1
            elif found.path is None:
                graded = missing(by_key[found.exercise], found.student)
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
    """Start the fork server, grade the references, then every file; write each result as it comes."""
    keys = [grader.exercise for grader in graders]
    by_key = {grader.exercise: grader for grader in graders}
    with ForkServer(workers=workers, preload=grading_functions_preloaded(keys)) as server:
        needed = [grader for grader in graders if any(item.exercise == grader.exercise for item in to_grade)]
        expected = _grade_references(server, workspace, needed, solutions, limits, run)
        jobs = [workspace.job(item.student, item.exercise, item.path, limits, expected.get(item.exercise))
                for item in to_grade if item.path is not None]
        digests = {(item.student, item.exercise): item for item in to_grade}
        last_written = 0.0
        for outcome in server.run(jobs):
            job = outcome.job
            found = digests[(job.student, job.exercise)]
            graded = Graded(
                student=job.student, exercise=job.exercise, file=str(found.path), digest=found.digest,
                report=review(by_key[job.exercise], outcome),
                ending={"finished": "graded"}.get(outcome.ending, outcome.ending),
                seconds=outcome.seconds, output=outcome.output,
            )
            write_submission(out, graded)
            run.graded.append(graded)
            run.newly_graded += 1
            if on_graded:
                on_graded(graded)
            if time.monotonic() - last_written > 1.0:
                write_class_files(out, run.graded, keys)
                last_written = time.monotonic()




def _grade_references(
    server: ForkServer, workspace: Workspace, graders: list[Grader], solutions: Path | None, limits: Limits, run: ClassRun
) -> dict[str, tuple[str, ...]]:
    """Grade each reference solution in a child; warn unless it scores full marks; return what it writes."""
    if solutions is None or not solutions.is_dir():
        return {}
    jobs = []
    for grader in graders:
        path = solutions / grader.exercise_file
        if path.is_file():
            jobs.append(workspace.job(REFERENCE, grader.exercise, path, limits, None, reference=True))
    by_key = {grader.exercise: grader for grader in graders}
    expected: dict[str, tuple[str, ...]] = {}
    for outcome in server.run(jobs):
        report = review(by_key[outcome.job.exercise], outcome)
        if report.score < report.max_score:
            run.warnings.append(
                f"The reference solution of exercise {report.exercise} scores {report.score:g}/{report.max_score:g} "
                f"here ({outcome.ending}): check the grader, or raise the limits. {report.load_error}".strip()
            )
        outputs = (outcome.report or {}).get("outputs")
        if isinstance(outputs, list) and all(isinstance(item, str) for item in outputs):
            expected[outcome.job.exercise] = tuple(outputs)
    return expected
