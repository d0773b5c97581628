"""Running a grader's checks on one submission: in this process, against the student's app in a confined child.

    report = grade(grader_for("02"), "exercises/02_basic_callbacks.py")

The checks, their verdicts and the scores live here; the student's code runs only in the child,
which answers Dash's wire protocol and the grader's observations (`child.py`). So nothing the
student's code does (replace a grading function, write a report, exit, kill its process) can
change a verdict: the worst it can do is stop answering, which costs the checks still running.

`grade(...)` never raises because of the student's code: a file that does not load, a callback
that raises, an id that is missing, a loop that never ends or a process that dies all become a
`Report` with messages. An exception from the grader's own code is reported as a grader problem,
without its text (which could hold anything), so students see only their own text and feedback.
"""
from __future__ import annotations

import atexit
import functools
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from learndash.exceptions import LearndashError
from learndash.grading.checks import Check, Grader
from learndash.grading.diagnostics import diagnose, written_outputs
from learndash.grading.isolation import PRELOAD, ForkServer, read_output
from learndash.grading.loading import OUTPUT_LIMIT, SubmissionError
from learndash.grading.report import CheckResult, Report
from learndash.grading.sandbox import IsolationUnavailable, Job, Limits, isolation_mode
from learndash.grading.sandbox_transport import ChildStopped, SandboxTransport, SubmissionProcess
from learndash.grading.trial import CheckAborted, Trial, cut
from learndash.grading.workspace import Workspace, stopping_on_sigterm, why_not_staged

#: How long the grading process waits past a limit for the child's own, more precise, message.
#: The child's alarm answers within milliseconds; a child that blocked it loops, burning a core,
#: until this grace ends, so it is kept short.
GRACE_SECONDS = 0.25

#: The title of the load error of a file the grader does not copy into the child's folder (`why_not_staged`).
LEFT_OUT = "File not copied"

#: The most characters of one message (a load error, a check's message, a diagnostic) a report keeps.
TEXT_LIMIT = 4_000


def grade(
    grader: Grader,
    path: str | Path,
    *,
    load_seconds: float = 10.0,
    check_seconds: float | None = None,
    expected_outputs: list[str] | None = None,
    reference: str | Path | None = None,
    limits: Limits | None = None,
) -> Report:
    """Grade the file at `path` with `grader`: load it in a confined child, diagnose it, run every check.

    This is `learndash check`'s way (one file; without root the child runs as the same user, and
    the report's `isolation` says so). A class run uses `grade_in_child` with its own fork server.
    `reference` is the reference solution, whose written outputs feed the "output nobody writes"
    diagnostic (it runs in a child too); `expected_outputs` gives them directly.
    """
    mode = isolation_mode(required=False)
    limits = limits or Limits(load_seconds=load_seconds, check_seconds=check_seconds or 10.0)
    path = Path(path).resolve()
    if not path.exists():
        return load_failed(grader, str(path), f"File not found: There is no file at {path}.", mode)
    if reason := why_not_staged(path):
        return load_failed(grader, str(path), f"{LEFT_OUT}: {reason}", mode)
    with stopping_on_sigterm():
        workspace = Workspace(mode)
        try:
            return _grade_one_file(grader, path, workspace, mode, limits, reference, expected_outputs)
        finally:
            workspace.remove()


def _grade_one_file(
    grader: Grader, path: Path, workspace: Workspace, mode: str, limits: Limits, reference: str | Path | None,
    expected_outputs: list[str] | None,
) -> Report:
    server = shared_fork_server()
    if reference is not None and Path(reference).is_file():
        job = workspace.job("", grader.exercise, Path(reference).resolve(), limits, grader.module)
        expected_outputs = outputs_written_by(server, job)
    job = workspace.job("", grader.exercise, path, limits, grader.module)
    return grade_in_child(grader, server, job, expected_outputs=expected_outputs, mode=mode, shown_path=str(path))


@functools.lru_cache(maxsize=1)
def shared_fork_server() -> ForkServer:
    """One warm fork server for every `grade(...)` call of this process, ended when the process ends."""
    server = ForkServer(preload=PRELOAD)
    atexit.register(server.close)
    return server


def grade_in_child(
    grader: Grader, server: ForkServer, job: Job, *, expected_outputs: list[str] | None = None, mode: str = "",
    shown_path: str | None = None, on_page: Callable[[Any], None] | None = None,
) -> Report:
    """Run `grader`'s checks in this process against `job`'s app, served by a child of `server`.

    `on_page` is called with the first page opened, on the fresh load, before any check runs (a
    reference solution's tells what its callbacks write: `written_outputs(page.page.callbacks)`).

    Never raises because of the submission: if grading it fails in a way no check caught (the
    child's answers drove the grading code into an error), the report says so, without the error's
    text, and the rest of the class is graded as usual.
    """
    try:
        return _grade_in_child(grader, server, job, expected_outputs=expected_outputs, mode=mode, shown_path=shown_path,
                               on_page=on_page)
    except IsolationUnavailable:
        raise  # not this submission's doing: the whole run must stop and say why
    except Exception as error:  # noqa: BLE001 - one submission must never stop a class run
        message = (f"Grading stopped on an error in the grading code ({type(error).__name__}) while it read your "
                   "app's answers. Tell your instructor.")
        return load_failed(grader, shown_path or job.path, message, mode, ending="crashed")


def _grade_in_child(
    grader: Grader, server: ForkServer, job: Job, *, expected_outputs: list[str] | None, mode: str, shown_path: str | None,
    on_page: Callable[[Any], None] | None,
) -> Report:
    started = time.monotonic()
    shown_path = shown_path or job.path
    process = SubmissionProcess(server, job)
    limits = job.limits
    submission_deadline = started + limits.submission_seconds
    try:
        process.deadline = min(started + limits.load_seconds + GRACE_SECONDS, submission_deadline)
        process.deadline_seconds = limits.load_seconds
        process.activity = "loading your file"
        try:
            first = process.load()
        except ChildStopped as stopped:
            return load_failed(grader, shown_path, str(stopped), mode, output=read_output(job.output_path, limits.output_chars),
                               ending=stopped.ending)
        if first.get("loaded") is not True:
            title, message = first.get("title"), first.get("message")
            text = f"{title}: {message}" if isinstance(title, str) and isinstance(message, str) else "Your file could not be loaded."
            text = in_the_students_folder(text, job, Path(shown_path))
            return load_failed(grader, shown_path, text, mode, output=read_output(job.output_path, limits.output_chars))
        printed = first.get("output") if isinstance(first.get("output"), str) else ""
        found = _diagnose(process, expected_outputs, on_page)
        process.activity = "one check"
        results: list[CheckResult] = []
        for item in grader.checks:
            now = time.monotonic()
            if now >= submission_deadline:
                results.append(_skipped(item, _submission_time_message(limits), status="error"))
                continue
            seconds = min(item.seconds, limits.check_seconds)
            process.deadline = min(now + seconds + GRACE_SECONDS, submission_deadline)
            process.deadline_seconds = seconds
            results.append(_run_one(item, results, process, seconds, submission_deadline, limits))
        output = (printed + read_output(job.output_path, limits.output_chars))[:OUTPUT_LIMIT]
        return Report(exercise=grader.exercise, title=grader.title, path=shown_path, results=tuple(results),
                      output=output, seconds=time.monotonic() - started, diagnostics=found, isolation=mode,
                      ending=_worst(process.endings))
    finally:
        process.close()


def outputs_written_by(server: ForkServer, job: Job) -> list[str] | None:
    """The `id.prop`s the app of `job` writes (for a reference solution), or None when it does not load."""
    process = SubmissionProcess(server, job)
    process.deadline = time.monotonic() + job.limits.load_seconds + GRACE_SECONDS
    try:
        if process.load().get("loaded") is not True:
            return None
        return written_outputs(open_page(process).page.callbacks)
    except (ChildStopped, LearndashError):
        return None
    finally:
        process.close()


def in_the_students_folder(message: str, job: Job, path: Path) -> str:
    """A load error as the student would read it about their own folder: paths in the staged copy
    (a traceback's "/tmp/learndash-grade-.../staged1/app.py") shown as theirs, and for each file of
    their folder that the message names but the grader did not copy (`why_not_staged`), why, since
    their code then found no such file where they can see one."""
    message = message.replace(str(Path(job.path).parent), str(path.parent))
    for sibling in sorted(path.parent.iterdir()):
        named = re.search(rf"(?<![\w.-]){re.escape(sibling.name)}(?![\w.-])", message)
        reason = why_not_staged(sibling) if named and not sibling.is_dir() else ""
        if reason:
            message += f"\n{sibling.name} was not copied for grading: {reason}"
    return message


def load_failed(grader: Grader, path: str, message: str, mode: str, *, output: str = "", ending: str = "") -> Report:
    """The report of a file that did not load: every check skipped, with the reason."""
    skipped = tuple(_skipped(item, "skipped because your file did not load") for item in grader.checks)
    return Report(exercise=grader.exercise, title=grader.title, path=path, results=skipped, load_error=cut(message, TEXT_LIMIT),
                  output=output, isolation=mode, ending=ending)


def _worst(endings: list[str]) -> str:
    """"timed out" over "crashed" over nothing: the ending a summary should call out."""
    return next((ending for ending in ("timed out", "crashed") if ending in endings), "")


def _diagnose(
    process: SubmissionProcess, expected_outputs: list[str] | None, on_page: Callable[[Any], None] | None
) -> tuple[str, ...]:
    """The graph diagnostics of the loaded app (its initial callbacks may loop: the load's deadline holds)."""
    def open_fresh_page() -> Any:
        page = open_page(process)
        process.keep_fresh_page(page, process.requests)  # diagnose only reads it: a check may have it (Trial.start)
        if on_page is not None:
            on_page(page)
        return page

    try:
        return tuple(cut(message, TEXT_LIMIT) for message in diagnose(open_fresh_page, expected_outputs=expected_outputs))
    except ChildStopped as stopped:
        return (f"While your app opened its page: {stopped}",)
    except Exception as error:  # noqa: BLE001 - the app's answers are untrusted; a check will say more
        return (f"Your app's page could not be read ({type(error).__name__}).",)


def open_page(process: SubmissionProcess) -> Any:
    """The page of the app the child has loaded, in the headless harness, errors collected not raised."""
    from learndash.testing import AppHarness

    return AppHarness.over(SandboxTransport(process), raise_on_error=False)


def _run_one(
    item: Check, earlier: list[CheckResult], process: SubmissionProcess, seconds: float, submission_deadline: float,
    limits: Limits,
) -> CheckResult:
    """Run one check unless a check it depends on did not pass."""
    by_name = {result.name: result for result in earlier}
    for dependency in item.depends_on:
        if dependency in by_name and not by_name[dependency].passed:
            failed = by_name[dependency]
            return _skipped(item, f"skipped because check {failed.number} ({failed.title.rstrip('.')}) failed")

    trial = Trial(process)
    message = ""
    aborted = False
    started = time.perf_counter()
    try:
        item.function(trial)
        trial.pass_on_untouched_page()
    except (CheckAborted, ChildStopped) as stop:
        message, aborted = str(stop), True
        if time.monotonic() >= submission_deadline:
            message = _submission_time_message(limits)
    except SubmissionError as error:
        message, aborted = f"{error.title}: {error.message}", True
    except LearndashError as error:
        message, aborted = f"Your app raised an error:\n{error}", True
    except Exception as error:  # noqa: BLE001 - the grader's own code failed (or choked on the app's answers)
        message, aborted = (
            f"The grader could not finish this check ({type(error).__name__} in the grader's code). "
            "Tell your instructor; it is not counted against you as a pass."
        ), True
    elapsed = time.perf_counter() - started

    fraction = trial.fraction(item.parts)
    if aborted:
        reached = max(len(trial.parts) + 1, item.parts or 0)
        fraction = sum(part.passed for part in trial.parts) / reached
    score = round(item.weight * fraction, 4)
    if fraction >= 1 and not aborted:
        status = "passed"
    elif score > 0:
        status = "partial"
    else:
        status = "error" if aborted and not trial.parts else "failed"
    return CheckResult(
        name=item.name, title=item.title, number=item.number or "", weight=item.weight, score=score, status=status,
        visibility=item.visibility, parts=tuple(trial.parts), message=cut(message, TEXT_LIMIT), seconds=elapsed,
    )


def _submission_time_message(limits: Limits) -> str:
    return (
        f"Time limit: grading was stopped after {limits.submission_seconds:g} seconds, the limit for one "
        "submission. Something never finished: a loop that never ends, or a wait that never returns."
    )


def _skipped(item: Check, message: str, *, status: str = "skipped") -> CheckResult:
    return CheckResult(
        name=item.name, title=item.title, number=item.number or "", weight=item.weight, score=0.0,
        status=status,  # type: ignore[arg-type]
        visibility=item.visibility, message=message,
    )
