"""Grades where instructors' tools expect them: a CSV gradebook, JSON per submission, Gradescope, JUnit.

One graded submission is a `Graded` value (a student, an exercise, the file's digest and the
`Report`). Everything written is built from a list of them, so a run can rewrite the class files
after every submission: a run that is killed keeps what it graded. The layout of `--out`:

    gradebook.csv                       student, 02, 03, ..., total
    submissions/<student>/<NN>.json     one Graded per file, with the full report
    gradescope/<student>/results.json   Gradescope's format, one per student
    junit.xml                           one <testsuite> per submission, one <testcase> per check
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from learndash.grading.report import CheckResult, Report, format_diagnostics, format_part

@dataclass(frozen=True)
class Graded:
    """One student's file for one exercise, graded: the report and how the grading ended."""

    student: str
    exercise: str
    file: str
    digest: str
    report: Report
    ending: str = "graded"
    seconds: float = 0.0
    output: str = ""

    @property
    def score(self) -> float:
        return self.report.score

    @property
    def max_score(self) -> float:
        return self.report.max_score

    @property
    def failing(self) -> bool:
        """Ended badly, did not load, or scored nothing: what the summary calls out."""
        return self.ending != "graded" or bool(self.report.load_error) or self.score == 0

    def to_dict(self) -> dict:
        return {
            "student": self.student,
            "exercise": self.exercise,
            "file": self.file,
            "digest": self.digest,
            "ending": self.ending,
            "seconds": round(self.seconds, 3),
            "score": self.score,
            "max_score": self.max_score,
            "output": self.output,
            "report": self.report.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Graded:
        return cls(
            student=data["student"],
            exercise=data["exercise"],
            file=data["file"],
            digest=data["digest"],
            report=Report.from_dict(data["report"]),
            ending=data.get("ending", "graded"),
            seconds=data.get("seconds", 0.0),
            output=data.get("output", ""),
        )


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.partial")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def submission_path(out: Path, student: str, exercise: str) -> Path:
    return out / "submissions" / student / f"{exercise}.json"


def write_submission(out: Path, graded: Graded) -> None:
    write_atomically(submission_path(out, graded.student, graded.exercise), strict_json(graded.to_dict()))


def strict_json(data: object) -> str:
    """JSON that every parser reads: NaN and infinity are refused (ValueError), never written."""
    return json.dumps(data, indent=2, allow_nan=False)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def read_submissions(out: Path) -> list[Graded]:
    """Every submission JSON a previous run left under `out` (unreadable ones are ignored, so regraded)."""
    found = []
    for path in sorted((out / "submissions").glob("*/*.json")):
        try:
            found.append(Graded.from_dict(json.loads(path.read_text(encoding="utf-8"), parse_constant=_refuse_constant)))
        except (ValueError, KeyError, TypeError):
            continue
    return found


def write_class_files(out: Path, graded: Iterable[Graded], exercises: list[str]) -> None:
    """Rewrite the gradebook, the Gradescope files and the JUnit XML from every submission so far."""
    graded = sorted(graded, key=lambda item: (item.student, exercises.index(item.exercise) if item.exercise in exercises else 99))
    write_atomically(out / "gradebook.csv", gradebook_csv(graded, exercises))
    for student, items in by_student(graded).items():
        write_atomically(out / "gradescope" / student / "results.json", strict_json(gradescope_results(items)))
    write_atomically(out / "junit.xml", junit_xml(graded))


def by_student(graded: Iterable[Graded]) -> dict[str, list[Graded]]:
    students: dict[str, list[Graded]] = {}
    for item in graded:
        students.setdefault(item.student, []).append(item)
    return students


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


# -- CSV ------------------------------------------------------------------------------------------


def gradebook_csv(graded: Iterable[Graded], exercises: list[str]) -> str:
    """One row per student, one column per exercise (points), then the total; a missing file counts 0."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["student", *exercises, "total"])
    for student, items in sorted(by_student(graded).items()):
        scores = {item.exercise: item.score for item in items}
        row = [scores.get(key, 0.0) for key in exercises]
        writer.writerow([student, *(_number(score) for score in row), _number(sum(row))])
    return text.getvalue()


# -- Gradescope -----------------------------------------------------------------------------------


def check_output_markdown(result: CheckResult) -> str:
    """A check's feedback for Gradescope's `output`, as Markdown (the failed parts in a code block)."""
    if result.passed:
        return "Passed."
    lines = [result.message] if result.message else []
    details = []
    for part in result.parts:
        if not part.passed:
            details.extend(format_part(part, ""))
    if details:
        lines.append("```text\n" + "\n".join(details) + "\n```")
    return "\n\n".join(lines) or "Not passed."


def submission_output_markdown(graded: Graded) -> str:
    """What a student reads above the tests: load errors, diagnostics, how the grading ended."""
    report = graded.report
    lines = [f"**Exercise {graded.exercise}: {report.title}**: {_number(graded.score)}/{_number(graded.max_score)}"]
    if graded.ending == "missing":
        lines.append(report.load_error)
    elif report.load_error:
        lines.append("Your file could not be loaded, so no check could run:\n```text\n" + report.load_error + "\n```")
    if report.diagnostics:
        lines.append("```text\n" + "\n".join(format_diagnostics(report.diagnostics)) + "\n```")
    return "\n\n".join(lines)


def gradescope_results(items: Iterable[Graded]) -> dict:
    """One student's `results.json`, following Gradescope's autograder specification.

    Top level: `score`, `execution_time`, `output` (+ `output_format`), `visibility`,
    `stdout_visibility`, `tests`. Each test: `score`, `max_score`, `status` ("passed" or
    "failed"; partial credit is "failed" with its points), `name`, `number`, `output`,
    `output_format: "md"`, `visibility`.
    """
    items = list(items)
    tests = []
    for graded in items:
        for result in graded.report.results:
            tests.append({
                "score": result.score,
                "max_score": result.weight,
                "status": "passed" if result.passed else "failed",
                "name": f"{graded.exercise}: {result.title}",
                "number": f"{graded.exercise}.{result.number}",
                "output": check_output_markdown(result),
                "output_format": "md",
                "visibility": result.visibility,
            })
    return {
        "score": round(sum(graded.score for graded in items), 4),
        "execution_time": round(sum(graded.seconds for graded in items), 3),
        "output": "\n\n".join(submission_output_markdown(graded) for graded in items),
        "output_format": "md",
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }


# -- JUnit ----------------------------------------------------------------------------------------

#: Characters XML 1.0 cannot hold at all (a student's program may print them).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """`text` with the characters XML cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)



def junit_xml(graded: Iterable[Graded]) -> str:
    """JUnit XML: a <testsuite> per submission ("student/exercise"), a <testcase> per check.

    A partial or failed check is a <failure> (its message says the points), a check that could
    not run (load error, time limit, crash) an <error>, a dependency-skipped check <skipped>.
    """
    suites = ElementTree.Element("testsuites", name="learndash grade")
    for item in graded:
        results = item.report.results
        counts = {status: sum(r.status == status for r in results) for status in ("failed", "partial", "error", "skipped")}
        suite = ElementTree.SubElement(
            suites, "testsuite", name=f"{item.student}/{item.exercise}",
            tests=str(len(results)), failures=str(counts["failed"] + counts["partial"]),
            errors=str(counts["error"]), skipped=str(counts["skipped"]), time=f"{item.seconds:.3f}",
        )
        properties = ElementTree.SubElement(suite, "properties")
        for name, value in (("score", _number(item.score)), ("max_score", _number(item.max_score)), ("ending", item.ending)):
            ElementTree.SubElement(properties, "property", name=name, value=value)
        for result in results:
            case = ElementTree.SubElement(
                suite, "testcase", classname=f"{item.student}.ex{item.exercise}", name=result.name, time=f"{result.seconds:.3f}",
            )
            points = f"{_number(result.score)}/{_number(result.weight)} points"
            if result.status in ("failed", "partial"):
                element = ElementTree.SubElement(case, "failure", message=xml_safe(f"{result.title} ({points})"), type=result.status)
                element.text = xml_safe(check_output_markdown(result))
            elif result.status == "error":
                element = ElementTree.SubElement(case, "error", message=xml_safe(f"{result.title} ({points})"))
                element.text = xml_safe(check_output_markdown(result))
            elif result.status == "skipped":
                ElementTree.SubElement(case, "skipped", message=xml_safe(result.message))
        if item.output or item.report.load_error:
            ElementTree.SubElement(suite, "system-out").text = xml_safe("\n".join(filter(None, [item.report.load_error, item.output])))
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
