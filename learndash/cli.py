"""The `learndash` command: `run` a chapter's app, `check` an exercise with its grader.

    learndash run            list the chapters
    learndash run 06         serve chapters/06_chained_callbacks/app.py on http://127.0.0.1:8050
    learndash check 06       grade exercises/06_chained_callbacks.py and print the report
    learndash check 06 my.py grade another file

This module is the only one in the course tooling that imports click; the grading it calls is plain
Python.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from learndash.grading import format_report, grade, grader_for
from learndash.grading.graders import available_graders
from learndash.grading.loading import SubmissionError, load_submission

#: The repository folder holding chapters/ and exercises/ when learndash runs from a checkout.
CHECKOUT = Path(__file__).resolve().parent.parent


def course_folder(name: str) -> Path:
    """`name` under the current directory if it exists there, else in the learndash checkout."""
    here = Path.cwd() / name
    return here if here.is_dir() else CHECKOUT / name


def chapter_folders() -> list[Path]:
    """Every `chapters/NN_name` folder that has an app.py, in order."""
    root = course_folder("chapters")
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if (path / "app.py").is_file())


def chapter_title(folder: Path) -> str:
    """The first line of the chapter app's docstring, e.g. "Chapter 6: chained callbacks."."""
    source = (folder / "app.py").read_text(encoding="utf-8")
    if source.startswith('"""'):
        return source[3:].split("\n", 1)[0].strip().strip('"')
    return folder.name


def find_chapter(number: str) -> Path:
    """The chapter folder whose name starts with `number` ("6" and "06" both work)."""
    wanted = number.zfill(2) if number.isdigit() else number
    matches = [folder for folder in chapter_folders() if folder.name.split("_", 1)[0] == wanted]
    if not matches:
        known = ", ".join(folder.name.split("_", 1)[0] for folder in chapter_folders())
        raise click.UsageError(f"There is no chapter {number!r}. Chapters: {known}. Run `learndash run` to list them.")
    return matches[0]


@click.group()
def main() -> None:
    """learndash: learn how Dash works by using (and reading) a small Dash."""


@main.command()
@click.argument("chapter", required=False)
@click.option("--port", default=8050, show_default=True, help="Port to serve on (always on 127.0.0.1).")
@click.option("--debug/--no-debug", default=True, show_default=True, help="Dash's debug mode (reloading, error pages).")
def run(chapter: str | None, port: int, debug: bool) -> None:
    """List the chapters, or serve chapter CHAPTER's app on 127.0.0.1."""
    if chapter is None:
        folders = chapter_folders()
        if not folders:
            raise click.ClickException("No chapters/ folder found here or in the learndash checkout.")
        for folder in folders:
            click.echo(f"  {folder.name.split('_', 1)[0]}  {chapter_title(folder)}")
        click.echo("\nServe one with `learndash run NN`.")
        return
    folder = find_chapter(chapter)
    try:
        submission = load_submission(folder / "app.py", seconds=None)
    except SubmissionError as error:
        raise click.ClickException(f"{error.title}: {error.message}") from None
    click.echo(f"Serving {folder.name} on http://127.0.0.1:{port}/  (Ctrl+C to stop)")
    submission.app.run(host="127.0.0.1", port=port, debug=debug, use_reloader=False)


@main.command()
@click.argument("exercise")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of text.")
def check(exercise: str, file: Path | None, as_json: bool) -> None:
    """Grade exercise EXERCISE (e.g. 02, 09a) in FILE (default: exercises/<its file>).

    Exits with 0 only when every visible check passes.
    """
    try:
        grader = grader_for(exercise)
    except KeyError as error:
        raise click.UsageError(error.args[0]) from None
    path = file or course_folder("exercises") / grader.exercise_file
    report = grade(grader, path)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        click.echo(format_report(report))
    sys.exit(0 if report.all_visible_passed else 1)


@main.command(name="exercises")
def list_exercises() -> None:
    """List the exercises that have a grader."""
    for key in available_graders():
        grader = grader_for(key)
        click.echo(f"  {key:4s} {grader.title}  (exercises/{grader.exercise_file}, {grader.max_score:g} points)")


if __name__ == "__main__":
    main()
