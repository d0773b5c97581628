"""The result of grading one submission, and its text form for a student's terminal.

`CheckResult` and `Report` are plain values; `format_report` turns one into the friendly report
`learndash check` prints, and `Report.to_dict` is the JSON shape the class-wide grader builds on.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from learndash.grading.trial import Part

Status = Literal["passed", "partial", "failed", "skipped", "error"]


@dataclass(frozen=True)
class CheckResult:
    """How one check went: points earned of its weight, its parts, and a message when it stopped early."""

    name: str
    title: str
    number: str
    weight: float
    score: float
    status: Status
    visibility: str = "visible"
    parts: tuple[Part, ...] = ()
    message: str = ""
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.status == "passed"


@dataclass(frozen=True)
class Report:
    """Every check's result for one submission of one exercise."""

    exercise: str
    title: str
    path: str
    results: tuple[CheckResult, ...] = ()
    load_error: str = ""
    output: str = ""
    seconds: float = 0.0
    hints: tuple[str, ...] = field(default=())
    diagnostics: tuple[str, ...] = field(default=())
    isolation: str = ""  # how the student's code was confined (sandbox.PRIVATE_UID or OWN_USER)
    ending: str = ""  # "timed out" or "crashed" when a child running the app had to be stopped or died

    @property
    def score(self) -> float:
        return round(sum(result.score for result in self.results), 4)

    @property
    def max_score(self) -> float:
        return sum(result.weight for result in self.results)

    @property
    def all_visible_passed(self) -> bool:
        """True when every visible check passed: what `learndash check` turns into exit code 0."""
        return not self.load_error and all(r.passed for r in self.results if r.visibility == "visible")

    def result(self, name: str) -> CheckResult:
        for result in self.results:
            if result.name == name:
                return result
        raise KeyError(f"no check named {name!r} in the report; checks: {[r.name for r in self.results]}")

    def to_dict(self) -> dict:
        return {
            "exercise": self.exercise,
            "title": self.title,
            "path": self.path,
            "score": self.score,
            "max_score": self.max_score,
            "load_error": self.load_error,
            "output": self.output,
            "seconds": round(self.seconds, 3),
            "diagnostics": list(self.diagnostics),
            "isolation": self.isolation,
            "ending": self.ending,
            "results": [asdict(result) for result in self.results],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Report:
        """The inverse of `to_dict` (parts come back as `Part` values)."""
        results = tuple(
            CheckResult(**{**item, "parts": tuple(Part(**part) for part in item.get("parts", ()))})
            for item in data.get("results", ())
        )
        return cls(
            exercise=data["exercise"],
            title=data["title"],
            path=data["path"],
            results=results,
            load_error=data.get("load_error", ""),
            output=data.get("output", ""),
            seconds=data.get("seconds", 0.0),
            diagnostics=tuple(data.get("diagnostics", ())),
            isolation=data.get("isolation", ""),
            ending=data.get("ending", ""),
        )


_MARKS = {"passed": "PASS", "partial": "PART", "failed": "FAIL", "skipped": "SKIP", "error": "FAIL"}


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_part(part: Part, indent: str) -> list[str]:
    """The feedback lines of one failed part: what, expected vs actual, the callback trace, the hint."""
    lines = [f"{indent}- {part.what}"]
    if part.expected:
        lines.append(f"{indent}    expected: {part.expected}")
    if part.actual:
        lines.append(f"{indent}    your app: {part.actual}")
    if part.trace:
        lines.append(f"{indent}    callbacks that ran:")
        lines.extend(f"{indent}      {line}" for line in part.trace.splitlines())
    if part.hint:
        lines.append(f"{indent}    hint: {part.hint}")
    return lines


def _without_trace(part: Part) -> Part:
    return Part(what=part.what, passed=part.passed, expected=part.expected, actual=part.actual, hint=part.hint)


def format_diagnostics(diagnostics: tuple[str, ...]) -> list[str]:
    """The graph-aware diagnostics block at the top of a report (nothing when there are none)."""
    if not diagnostics:
        return []
    lines = ["Before the checks ran, we looked at your app's callbacks and found:"]
    for message in diagnostics:
        first, *rest = message.splitlines()
        lines.append(f"  * {first}")
        lines.extend(f"    {line}" for line in rest)
    lines.append("Fix these first: the checks below often fail because of them.")
    lines.append("")
    return lines


def format_report(report: Report, *, show_hidden: bool = False) -> str:
    """The report a student reads after `learndash check NN`: one line per check, details under failures."""
    lines = [f"Exercise {report.exercise}: {report.title}", f"File: {report.path}"]
    if report.isolation:
        lines.append(f"Your code ran as: {report.isolation}")
    lines.append("")
    lines.extend(format_diagnostics(report.diagnostics))
    if report.load_error:
        lines.append("Your file could not be loaded, so no check could run:")
        lines.extend("  " + line for line in report.load_error.splitlines())
        lines.append("")
    for result in report.results:
        if result.visibility != "visible" and not show_hidden:
            lines.append(f"[ ?? ] {result.number}. (hidden check, graded after submission)")
            continue
        lines.append(
            f"[{_MARKS[result.status]}] {result.number}. {result.title}  "
            f"({_points(result.score)}/{_points(result.weight)})"
        )
        if result.status in ("passed",):
            continue
        if result.message:
            lines.extend("       " + line for line in result.message.splitlines())
        shown_trace = False
        for part in result.parts:
            if not part.passed:
                # The callback trace of the first step that went wrong; later ones usually repeat it.
                lines.extend(format_part(part if not shown_trace else _without_trace(part), "       "))
                shown_trace = shown_trace or bool(part.trace)
    lines.append("")
    lines.append(f"Score: {_points(report.score)}/{_points(report.max_score)}")
    if report.all_visible_passed:
        lines.append("All visible checks pass. Well done!")
    return "\n".join(lines)
