"""Grading exercises: graders are modules of named, weighted checks that drive a student's app headlessly.

    from learndash.grading import grade, grader_for
    report = grade(grader_for("02"), "exercises/02_basic_callbacks.py")
    print(format_report(report))

Pure Python: nothing here imports Flask. The student's code never runs in the grading process:
it is loaded (`loading`) in a confined child (`sandbox`, `namespaces`, `uids`) that only answers
Dash's wire protocol and the grader's observations (`child`, `observations`), started from a warm
fork server (`forkserver`, `isolation`). The grading process drives the app through
`sandbox_transport` and runs every check (`runner`, `trial`), so the verdicts stay out of reach.

Grading a whole class (`learndash grade`) adds, one module each: `diagnostics` (what is wrong with
the callback graph, before any check), `workspace` (the run's private folder), `classroom` (finding
the files, grading them `workers` at a time), `gradebook` (CSV, JSON, Gradescope, JUnit), `summary`
(the terminal tables) and `gradescope` (the recipe and the run inside Gradescope).
"""
from __future__ import annotations

from learndash.grading.checks import Check, Grader, check
from learndash.grading.classroom import grade_class
from learndash.grading.graders import available_graders, grader_for
from learndash.grading.loading import Submission, SubmissionError, load_submission
from learndash.grading.report import CheckResult, Report, format_report
from learndash.grading.runner import grade
from learndash.grading.sandbox import Limits
from learndash.grading.trial import CheckAborted, StudentApp, Trial

__all__ = [
    "Check",
    "CheckAborted",
    "CheckResult",
    "Grader",
    "Limits",
    "Report",
    "StudentApp",
    "Submission",
    "SubmissionError",
    "Trial",
    "available_graders",
    "check",
    "format_report",
    "grade",
    "grade_class",
    "grader_for",
    "load_submission",
]
