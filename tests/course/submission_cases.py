"""The realistic submissions that test the graders, and what each must get.

Every file under submissions/NN/ says in its docstring what it is:

    \"\"\"Mistake (R3): forgets the empty-name case, so a blank box gives "Hello, !".

    feedback: stranger
    \"\"\"

is a wrong submission that breaks requirement R3 of exercise NN only: it must lose points on a
check that covers R3, and the feedback of that check must contain "stranger" (it names the
mistake). A line "charged once" adds that no check lost points unless it covers R3: the mistake
is not charged again by checks of other requirements. A file whose docstring starts "Correct" is
a correct submission written differently: it must get full marks. The course test and bench/grader_mutants_bench.py both judge through `verdict`.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from learndash.grading.checks import Grader
from learndash.grading.report import Report

SUBMISSIONS = Path(__file__).parent / "submissions"
MISTAKE = re.compile(r"^Mistake \((R\d+)\):")
FEEDBACK = re.compile(r"^feedback:\s*(.+)$", re.MULTILINE)
CHARGED_ONCE = re.compile(r"^charged once$", re.MULTILINE)


@dataclass(frozen=True)
class Case:
    """One submission file: the exercise, the requirement it breaks (None if correct), the words its feedback needs."""

    exercise: str
    path: Path
    breaks: str | None
    feedback: str = ""
    charged_once: bool = False

    @property
    def name(self) -> str:
        return f"{self.exercise}/{self.path.name}"


def read_case(path: Path) -> Case:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    exercise = path.parent.name
    if docstring.startswith("Correct"):
        return Case(exercise, path, None)
    mistake = MISTAKE.match(docstring)
    feedback = FEEDBACK.search(docstring)
    if not mistake or not feedback:
        raise ValueError(f"{path}: the docstring must start 'Mistake (Rn):' and have a 'feedback:' line, or start 'Correct'")
    return Case(exercise, path, mistake.group(1), feedback.group(1).strip(), bool(CHARGED_ONCE.search(docstring)))


def all_cases(exercise: str = "*") -> list[Case]:
    """Every submission file of `exercise` (default: of every exercise)."""
    return [read_case(path) for path in sorted(SUBMISSIONS.glob(f"{exercise}/*.py"))]


def feedback_text(report: Report, names: set[str]) -> str:
    """Everything the student reads about the checks in `names`, plus the diagnostics, in one string."""
    pieces = list(report.diagnostics)
    for result in report.results:
        if result.name in names:
            pieces.append(result.message)
            pieces.extend(f"{p.what} {p.expected} {p.actual} {p.hint} {p.trace}" for p in result.parts if not p.passed)
    return "\n".join(pieces)


def verdict(case: Case, grader: Grader, report: Report) -> str:
    """"" when the grader judged `case` as it should, else what went wrong."""
    if case.breaks is None:
        if report.score == report.max_score:
            return ""
        failing = [(r.name, r.status, r.message, [p for p in r.parts if not p.passed]) for r in report.results if not r.passed]
        return f"a correct submission lost points: {failing}"
    covering = {item.name for item in grader.checks_covering(case.breaks)}
    lost = {result.name for result in report.results if result.name in covering and result.score < result.weight}
    if not lost:
        return f"no check covering {case.breaks} ({sorted(covering)}) lost points; score {report.score}/{report.max_score}"
    text = feedback_text(report, lost)
    if case.feedback.lower() not in text.lower():
        return f"the feedback of {sorted(lost)} does not mention {case.feedback!r}:\n{text}"
    charged_again = [(r.name, r.score, r.weight) for r in report.results if r.name not in covering and r.score < r.weight]
    if case.charged_once and charged_again:
        return f"checks of other requirements lost points too: {charged_again}"
    return ""
