"""Grading exercises: graders are modules of named, weighted checks that drive a student's app headlessly.

    from learndash.grading import grade, grader_for
    report = grade(grader_for("02"), "exercises/02_basic_callbacks.py")
    print(format_report(report))

Pure Python: nothing here imports Flask. Loading a submission (`loading`) and running checks on it
(`runner`) are separate steps, so an isolating runner can load inside a worker process.
"""
from __future__ import annotations

from learndash.grading.checks import Check, Grader, check
from learndash.grading.graders import available_graders, grader_for
from learndash.grading.loading import Submission, SubmissionError, load_submission
from learndash.grading.report import CheckResult, Report, format_report
from learndash.grading.runner import grade
from learndash.grading.trial import CheckAborted, StudentApp, Trial

__all__ = [
    "Check",
    "CheckAborted",
    "CheckResult",
    "Grader",
    "Report",
    "StudentApp",
    "Submission",
    "SubmissionError",
    "Trial",
    "available_graders",
    "check",
    "format_report",
    "grade",
    "grader_for",
    "load_submission",
]
