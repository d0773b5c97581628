"""Running a grader's checks on one submission, in this process: order, dependencies, time limits, scores.

`grade(grader, path)` never raises because of the student's code: a file that does not load, a
callback that raises, an id that is missing or a loop that never ends all become a `Report` with
messages. (An exception from the grader's own code is reported too, marked as a grader bug.)
"""
from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from learndash.exceptions import LearndashError
from learndash.grading.checks import Check, Grader
from learndash.grading.diagnostics import diagnose
from learndash.grading.limits import TimeLimitExceeded, time_limit
from learndash.grading.loading import OUTPUT_LIMIT, Submission, SubmissionError, load_submission
from learndash.grading.report import CheckResult, Report
from learndash.grading.trial import CheckAborted, Trial


def default_harness_class() -> Any:
    """The headless harness checks drive apps through (imported late: grading must not need it to load)."""
    from learndash.testing import AppHarness

    return AppHarness


def grade(
    grader: Grader,
    path: str | Path,
    *,
    harness_class: Any = None,
    load_seconds: float = 10.0,
    check_seconds: float | None = None,
    expected_outputs: list[str] | None = None,
    on_progress: Callable[[Report], None] | None = None,
) -> Report:
    """Load the submission at `path`, diagnose its callback graph, and run every check of `grader` on it.

    `check_seconds` caps each check's own time limit (a class run sets it lower than a student's
    `learndash check`); `expected_outputs` are the `id.prop`s the reference solution writes, for the
    "output nobody writes" diagnostic (see `diagnostics.reference_outputs`). `on_progress` gets the
    report so far after every check, so a grading process that is stopped keeps what it finished.
    """
    started = time.perf_counter()
    path = Path(path)

    def load() -> Submission:
        return load_submission(path, seconds=load_seconds)

    try:
        first = load()
    except SubmissionError as error:
        skipped = tuple(_skipped(item, "skipped because your file did not load") for item in grader.checks)
        return Report(
            exercise=grader.exercise,
            title=grader.title,
            path=str(path),
            results=skipped,
            load_error=f"{error.title}: {error.message}",
            seconds=time.perf_counter() - started,
        )
    harness_class = harness_class or default_harness_class()
    printed = io.StringIO()
    results: list[CheckResult] = []

    def report_so_far() -> Report:
        return Report(
            exercise=grader.exercise,
            title=grader.title,
            path=str(path),
            results=tuple(results),
            output=(first.output + printed.getvalue())[:OUTPUT_LIMIT],
            seconds=time.perf_counter() - started,
            diagnostics=found,
        )

    found: tuple[str, ...] = ()
    with contextlib.redirect_stdout(printed):
        found = _diagnose(first, harness_class, expected_outputs, load_seconds)
        for item in grader.checks:
            results.append(_run_one(item, results, load, harness_class, check_seconds))
            if on_progress is not None:
                on_progress(report_so_far())
    return report_so_far()


def _diagnose(first: Submission, harness_class: Any, expected_outputs: list[str] | None, seconds: float) -> tuple[str, ...]:
    """The graph diagnostics of the loaded app, under a time limit (its initial callbacks may loop)."""
    try:
        with time_limit(seconds):
            return diagnose(first.app, harness_class=harness_class, expected_outputs=expected_outputs)
    except TimeLimitExceeded:
        return (
            f"Your app was still busy loading its page after {seconds:g} seconds: a callback that runs when the "
            "page loads never finishes (look for a `while` loop whose condition never changes).",
        )
    except Exception as error:  # the student's layout function raised: report it, the checks will too
        return (f"Your app raised {type(error).__name__} while opening its page: {error}",)


def _run_one(
    item: Check, earlier: list[CheckResult], load: Callable[[], Submission], harness_class: Any, cap: float | None = None
) -> CheckResult:
    """Run one check unless a check it depends on did not pass."""
    by_name = {result.name: result for result in earlier}
    for dependency in item.depends_on:
        if dependency in by_name and not by_name[dependency].passed:
            failed = by_name[dependency]
            return _skipped(item, f"skipped because check {failed.number} ({failed.title.rstrip('.')}) failed")

    trial = Trial(load, harness_class=harness_class)
    message = ""
    aborted = False
    seconds = item.seconds if cap is None else min(item.seconds, cap)
    started = time.perf_counter()
    try:
        with time_limit(seconds):
            item.function(trial)
    except CheckAborted as stop:
        message, aborted = str(stop), True
    except SubmissionError as error:
        message, aborted = f"{error.title}: {error.message}", True
    except TimeLimitExceeded:
        message, aborted = (
            f"Your app was still busy after {seconds:g} seconds, so this check was stopped. Look for "
            "a loop that never ends in a callback, or callbacks that keep triggering each other."
        ), True
    except LearndashError as error:
        message, aborted = f"Your app raised an error:\n{error}", True
    except SystemExit:
        message, aborted = (
            "Your code called sys.exit() (or exit()) while this check ran. A callback should return a "
            "value (or raise PreventUpdate), never end the program."
        ), True
    except Exception as error:  # the student's function raised when a check called it directly
        message, aborted = f"{type(error).__name__} raised: {error}", True
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
        name=item.name,
        title=item.title,
        number=item.number or "",
        weight=item.weight,
        score=score,
        status=status,
        visibility=item.visibility,
        parts=tuple(trial.parts),
        message=message,
        seconds=elapsed,
    )


def _skipped(item: Check, message: str) -> CheckResult:
    return CheckResult(
        name=item.name,
        title=item.title,
        number=item.number or "",
        weight=item.weight,
        score=0.0,
        status="skipped",
        visibility=item.visibility,
        message=message,
    )
