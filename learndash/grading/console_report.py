"""The student's report in a terminal: colour, symbols, wrapped to the terminal's width (through rich).

`learndash check` prints this when its output is a terminal and the plain `format_report` text
otherwise (a pipe, a file, CI), so logs never fill with escape codes. Both read the same
`report_blocks`, so they say the same things: one block per check, the score last.
"""
from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text

from learndash.grading.report import Block, Report, format_points, report_blocks

#: status -> (symbol, colour)
SYMBOLS = {
    "passed": ("✔", "green"),
    "partial": ("◐", "yellow"),
    "failed": ("✘", "red"),
    "error": ("✘", "red"),
    "skipped": ("○", "dim"),
}


def _block(block: Block) -> Group:
    if block.hidden:
        return Group(Text(f"? {block.heading}", style="dim"))
    symbol, colour = SYMBOLS[block.result.status]
    rows: list = [Text.assemble((f"{symbol} ", f"bold {colour}"), (block.heading, "bold" if not block.result.passed else ""))]
    details: list = []
    if block.result.message and not block.result.passed:
        details.append(Text(block.result.message))
    for part in block.parts:
        details.append(Text.assemble(("• ", colour), part.what))
        if part.expected:
            details.append(Text.assemble(("    expected  ", "dim"), (part.expected, "green")))
        if part.actual:
            details.append(Text.assemble(("    your app  ", "dim"), (part.actual, "red")))
        if part.trace:
            details.append(Text("    callbacks that ran:", style="dim"))
            details.extend(Text(f"      {line}", style="cyan") for line in part.trace.splitlines())
        if part.hint:
            for line in part.hint.splitlines():
                details.append(Text.assemble(("    hint  ", "bold magenta"), line))
    if details:
        rows.append(Padding(Group(*details), (0, 0, 0, 2)))
    return Group(*rows)


def print_report(console: Console, report: Report, *, covers: dict[str, tuple[str, ...]] | None = None) -> None:
    """Print `report` for a person at a terminal: the diagnostics, one block per check, the score last."""
    console.print(Text(f"Exercise {report.exercise}: {report.title}", style="bold"), Text(report.path, style="dim"))
    if report.diagnostics:
        console.print(Text("\nBefore the checks ran, we looked at your app's callbacks and found:", style="bold yellow"))
        for message in report.diagnostics:
            console.print(Padding(Text("⚠ " + message), (0, 0, 0, 2)))
    if report.load_error:
        console.print(Text("\nYour file could not be loaded, so no check could run:", style="bold red"))
        console.print(Padding(Text(report.load_error), (0, 0, 0, 2)))
    console.print()
    for block in report_blocks(report, covers=covers):
        console.print(_block(block))
    done = report.score == report.max_score
    colour = "green" if done else "yellow" if report.score > 0 else "red"
    console.print()
    console.print(Text.assemble(("Score: ", "bold"), (f"{format_points(report.score)}/{format_points(report.max_score)}", f"bold {colour}")))
    if report.all_visible_passed:
        console.print(Text("All visible checks pass. Well done!", style="green"))
