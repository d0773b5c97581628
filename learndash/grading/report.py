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


def format_points(value: float) -> str:
    """A score without trailing zeros: 2.5, 3, 0.33."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_part(part: Part, indent: str, *, hint: bool = True) -> list[str]:
    """The feedback lines of one failed part: what, expected vs actual, the callback trace, the hint."""
    lines = [f"{indent}- {part.what}"]
    if part.expected:
        lines.append(f"{indent}    expected: {part.expected}")
    if part.actual:
        lines.append(f"{indent}    your app: {part.actual}")
    if part.trace:
        lines.append(f"{indent}    callbacks that ran:")
        lines.extend(f"{indent}      {line}" for line in part.trace.splitlines())
    if part.hint and hint:
        first, *more = part.hint.splitlines()
        lines.append(f"{indent}    hint: {first}")
        lines.extend(f"{indent}          {line}" for line in more)
    return lines


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


@dataclass(frozen=True)
class Block:
    """What the report says about one check: its heading and the failed parts worth showing."""

    result: CheckResult
    covers: str
    parts: tuple[Part, ...]
    hidden: bool = False

    @property
    def heading(self) -> str:
        if self.hidden:
            return f"{self.result.number}. (hidden check, graded after submission)"
        covers = f" [{self.covers}]" if self.covers else ""
        return f"{self.result.number}. {self.result.title}{covers}  ({format_points(self.result.score)}/{format_points(self.result.weight)})"


def report_blocks(report: Report, *, show_hidden: bool = False, covers: dict[str, tuple[str, ...]] | None = None) -> list[Block]:
    """One block per check, its failed parts cleaned for reading.

    The callback trace is shown under the first failed part of a check only (later ones usually
    repeat it), and a hint line already given anywhere above is not given again: one cause, said once.
    """
    blocks: list[Block] = []
    hints_given: set[str] = set()
    for result in report.results:
        hidden = result.visibility != "visible" and not show_hidden
        shown: list[Part] = []
        trace_shown = False
        for part in result.parts if not hidden and not result.passed else ():
            if part.passed:
                continue
            hint = "\n".join(line for line in part.hint.splitlines() if line not in hints_given)
            hints_given.update(part.hint.splitlines())
            trace = part.trace if not trace_shown else ""
            trace_shown = trace_shown or bool(part.trace)
            shown.append(Part(what=part.what, passed=False, expected=part.expected, actual=part.actual, hint=hint, trace=trace))
        ids = ", ".join((covers or {}).get(result.name, ()))
        blocks.append(Block(result=result, covers=ids, parts=tuple(shown), hidden=hidden))
    return blocks


def format_report(report: Report, *, show_hidden: bool = False, covers: dict[str, tuple[str, ...]] | None = None) -> str:
    """The plain-text report a student reads after `learndash check NN`: one block per check, the score last.

    `covers` (check name -> requirement ids) puts the task's requirement ids next to each check.
    """
    lines = [f"Exercise {report.exercise}: {report.title}", f"File: {report.path}"]
    if report.isolation:
        lines.append(f"Your code ran as: {report.isolation}")
    lines.append("")
    lines.extend(format_diagnostics(report.diagnostics))
    if report.load_error:
        lines.append("Your file could not be loaded, so no check could run:")
        lines.extend("  " + line for line in report.load_error.splitlines())
        lines.append("")
    for block in report_blocks(report, show_hidden=show_hidden, covers=covers):
        if block.hidden:
            lines.append(f"[ ?? ] {block.heading}")
            continue
        lines.append(f"[{_MARKS[block.result.status]}] {block.heading}")
        if block.result.passed:
            continue
        if block.result.message:
            lines.extend("       " + line for line in block.result.message.splitlines())
        for part in block.parts:
            lines.extend(format_part(part, "       "))
    lines.append("")
    lines.append(f"Score: {format_points(report.score)}/{format_points(report.max_score)}")
    if report.all_visible_passed:
        lines.append("All visible checks pass. Well done!")
    return "\n".join(lines)
