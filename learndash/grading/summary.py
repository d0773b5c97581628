"""What an instructor sees in the terminal during and after `learndash grade`: a progress bar and tables.

This module and `console_report` are the ones of the grading package that import rich. The tables
are built from `Graded` values: per student (one column per exercise, then the total), per exercise
(mean, then how many got full marks, some points, no points, or did not run at all), per check (how
many passed), then the slowest submissions and the ones that failed outright.

When the output is not a terminal (a CI log, `| tee`), rich would cut every table to 80 columns and
names to "02…"; `summary_console` gives such output room to print every cell whole.
"""
from __future__ import annotations

from collections.abc import Iterable
from statistics import mean

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from learndash.grading.gradebook import Graded, by_student

SLOWEST_SHOWN = 5
#: The width a summary gets when it is not printed to a terminal: wide enough that no cell is cut.
UNCUT_WIDTH = 1000


def summary_console(*, is_terminal: bool) -> Console:
    """A console for the summary: the terminal's own width, or room for whole cells in a file or pipe."""
    return Console() if is_terminal else Console(width=UNCUT_WIDTH, color_system=None)


def did_not_run(item: Graded) -> bool:
    """Timed out, crashed or did not load: no check could judge it."""
    return item.ending != "graded" or bool(item.report.load_error)


def progress_bar(console: Console) -> Progress:
    """The bar `learndash grade` shows while it runs: done/total, elapsed, remaining, the last one graded."""
    return Progress(
        TextColumn("[bold]Grading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=False,
    )


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def student_table(graded: list[Graded], exercises: list[str]) -> Table:
    table = Table(title="Per student")
    table.add_column("student", overflow="fold")
    for key in exercises:
        table.add_column(key, justify="right")
    table.add_column("total", justify="right", style="bold")
    for student, items in sorted(by_student(graded).items()):
        found = {item.exercise: item for item in items}
        cells = []
        for key in exercises:
            item = found.get(key)
            if item is None or item.ending == "missing":
                cells.append("[dim]-[/dim]")
            else:
                style = "green" if item.score == item.max_score else "red" if item.failing else "yellow"
                cells.append(f"[{style}]{_points(item.score)}[/{style}]")
        table.add_row(student, *cells, _points(sum(item.score for item in items)))
    return table


def exercise_table(graded: list[Graded], exercises: list[str]) -> Table:
    """Per exercise: how many were handed in, the mean, and how they split: full marks, some points,
    no points, did not run (the last four add up to "submitted")."""
    table = Table(title="Per exercise")
    for name in ("exercise", "submitted", "mean", "max points", "full marks", "some points", "no points", "did not run"):
        table.add_column(name, justify="right" if name != "exercise" else "left", overflow="fold")
    for key in exercises:
        items = [item for item in graded if item.exercise == key and item.ending != "missing"]
        if not items:
            continue
        ran = [item for item in items if not did_not_run(item)]
        table.add_row(
            f"{key} {items[0].report.title}", str(len(items)), _points(mean(item.score for item in items)),
            _points(items[0].max_score), str(sum(item.score == item.max_score for item in ran)),
            str(sum(0 < item.score < item.max_score for item in ran)), str(sum(item.score == 0 for item in ran)),
            str(len(items) - len(ran)),
        )
    return table


def check_table(graded: list[Graded], exercises: list[str]) -> Table:
    table = Table(title="Per check (how many submissions passed it)")
    for name in ("check", "points", "passed", "partial", "failed / error", "skipped"):
        table.add_column(name, justify="right" if name != "check" else "left", overflow="fold")
    for key in exercises:
        items = [item for item in graded if item.exercise == key and item.ending != "missing"]
        if not items:
            continue
        for position, first in enumerate(items[0].report.results):
            statuses = [item.report.results[position].status for item in items if len(item.report.results) > position]
            table.add_row(
                f"{key}.{first.number} {first.name}", _points(first.weight), str(statuses.count("passed")),
                str(statuses.count("partial")), str(statuses.count("failed") + statuses.count("error")),
                str(statuses.count("skipped")),
            )
    return table


def callouts(graded: list[Graded]) -> list[str]:
    """Lines naming the slowest submissions and the ones that timed out, crashed or did not load."""
    lines = []
    ran = sorted((item for item in graded if item.ending != "missing"), key=lambda item: item.seconds, reverse=True)
    if ran:
        lines.append("[bold]Slowest:[/bold] " + ", ".join(
            f"{item.student}/{item.exercise} ({item.seconds:.1f}s)" for item in ran[:SLOWEST_SHOWN]
        ))
    failing = [item for item in ran if item.failing]
    if failing:
        lines.append(f"[bold red]Failing ({len(failing)}):[/bold red]")
        for item in failing:
            reason = item.ending if item.ending != "graded" else "did not load" if item.report.load_error else "no check passed"
            first = (item.report.load_error or "").splitlines()[:1]
            lines.append(f"  {item.student}/{item.exercise}: {reason}" + (f" ({as_typed(first[0][:100])})" if first else ""))
    return lines


def as_typed(text: str) -> str:
    """Text a submission wrote (its error message), to print inside rich markup exactly as typed:
    brackets escaped, so "[bold]" shows as such and an unmatched "[/bold]" cannot stop the summary
    with a MarkupError; control characters shown as escapes ("\\x1b"), so terminal escape
    sequences in a student's message cannot clear or restyle the instructor's terminal."""
    visible = "".join(character if character.isprintable() else repr(character)[1:-1] for character in text)
    return escape(visible)


def print_summary(console: Console, graded: Iterable[Graded], exercises: list[str], *, warnings: list[str] = ()) -> None:
    graded = list(graded)
    console.print(student_table(graded, exercises))
    console.print(exercise_table(graded, exercises))
    console.print(check_table(graded, exercises))
    for line in callouts(graded):
        console.print(line, highlight=False)
    for warning in warnings:
        console.print(f"[bold yellow]Warning:[/bold yellow] {as_typed(warning)}", highlight=False)
