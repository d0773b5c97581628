"""What `learndash check` and `learndash grade` print (issue 11, item 6): colour at a terminal, whole plain text elsewhere."""
from __future__ import annotations

import io
import re

from click.testing import CliRunner
from rich.console import Console

from learndash.cli import main
from learndash.grading import grade, grader_for
from learndash.grading.console_report import print_report
from learndash.grading.gradebook import Graded
from learndash.grading.runner import load_failed
from learndash.grading.summary import exercise_table, print_summary, summary_console

from .conftest import SUBMISSIONS


def test_check_prints_plain_text_when_not_a_terminal():
    """Piped output has no escape codes, one block per check with its requirement ids, and the score last."""
    result = CliRunner().invoke(main, ["check", "02", str(SUBMISSIONS / "02" / "no_stranger.py")])
    assert result.exit_code == 1
    assert "\x1b[" not in result.output
    assert "[FAIL] 4. An empty (or blank) name greets a stranger. [R3]  (0/2)" in result.output
    assert result.output.rstrip().splitlines()[-1] == "Score: 6/8"


def test_report_at_a_terminal_has_symbols_and_wraps_to_its_width():
    grader = grader_for("02")
    report = grade(grader, SUBMISSIONS / "02" / "no_stranger.py")
    buffer = io.StringIO()
    print_report(Console(file=buffer, width=60, force_terminal=True, color_system="standard"), report,
                 covers={item.name: item.covers for item in grader.checks})
    text = buffer.getvalue()
    assert "✔" in text and "✘" in text and "\x1b[" in text
    lines = [line for line in text.splitlines() if line.strip()]
    assert "Score:" in lines[-1]
    assert all(len(strip_codes(line)) <= 60 for line in lines)


def strip_codes(line: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", line)


def test_grade_summary_off_a_terminal_keeps_names_whole():
    """Names are not cut to '02…' in a log, and the four outcome columns add up to what was submitted."""
    reports = [grade(grader_for("02"), SUBMISSIONS / "02" / name) for name in ("no_stranger.py", "wrong_property.py", "ok_inputs_list.py")]
    graded = [Graded(student=f"student_with_a_rather_long_name_{n}", exercise="02", file="02_basic_callbacks.py", digest=str(n),
                     ending="graded", report=report, seconds=0.1) for n, report in enumerate(reports)]
    buffer = io.StringIO()
    console = summary_console(is_terminal=False)
    console.file = buffer
    console.print(exercise_table(graded, ["02"]))
    text = buffer.getvalue()
    assert "02 A greeter (basic callbacks)" in text and "…" not in text
    row = next(line for line in text.splitlines() if "A greeter" in line)
    cells = [cell.strip() for cell in row.strip("│ ").split("│")]
    submitted, full, some, none, did_not_run = int(cells[1]), int(cells[4]), int(cells[5]), int(cells[6]), int(cells[7])
    assert (submitted, full, some, none, did_not_run) == (3, 1, 2, 0, 0)


def test_a_students_error_message_is_printed_as_typed_in_the_summary():
    """An error message is the student's text: rich markup in it ("[/bold]" unmatched used to stop
    `learndash grade` with a MarkupError after grading) and terminal escape sequences (clearing
    the instructor's screen) are printed as typed."""
    grader = grader_for("02")
    message = "Error while loading: x.py raised ValueError: \x1b[2J\x1b[H[bold]passed[/bold] [/red]"
    graded = [Graded(student="mallory", exercise="02", file="02_basic_callbacks.py", digest="d", ending="graded",
                     report=load_failed(grader, "02_basic_callbacks.py", message, "test"))]
    buffer = io.StringIO()
    console = summary_console(is_terminal=False)
    console.file = buffer
    print_summary(console, graded, ["02"], warnings=["The reference solution [/x] scores 0/8"])
    text = buffer.getvalue()
    assert "mallory/02: did not load (Error while loading: x.py raised ValueError: \\x1b[2J\\x1b[H[bold]passed[/bold] [/red])" in text
    assert "\x1b" not in text
    assert "Warning: The reference solution [/x] scores 0/8" in text
