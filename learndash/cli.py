"""The `learndash` command: `run` a chapter's app, `check` an exercise with its grader.

    learndash run            list the chapters
    learndash run 06         serve chapters/06_chained_callbacks/app.py on http://127.0.0.1:8050
    learndash check 06       grade exercises/06_chained_callbacks.py and print the report
    learndash check 06 my.py grade another file
    learndash grade submissions/ --exercises 02,03 --out grades/
                             grade a class, each submission in its own confined process
    learndash exercises      list the exercises that have a grader
    learndash gradescope recipe --zip   write the Gradescope autograder and autograder.zip
    learndash gradescope run            grade inside Gradescope's container

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
from learndash.grading.sandbox import Limits

#: The repository folder holding chapters/ and exercises/ when learndash runs from a checkout.
CHECKOUT = Path(__file__).resolve().parent.parent


class Seconds(click.ParamType):
    """A time limit: more than 0 seconds and at most a day. Refused, with the reason, are the numbers
    no timer can keep: 0 and below (every app would be "still busy"), nan and inf (which would
    end the app's process, and be reported as the student's fault)."""

    name = "seconds"
    LONGEST = 24 * 60 * 60

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> float:
        seconds = click.FLOAT.convert(value, param, ctx)
        if not 0 < seconds <= self.LONGEST:  # False for nan too
            self.fail(f"{value!r} is not a time limit. Give a number of seconds above 0 and at most "
                      f"{self.LONGEST:,} (a day), e.g. 10 or 2.5.", param, ctx)
        return seconds


SECONDS = Seconds()
#: A count (of jobs, processes, megabytes) that limits something: 0 or less would forbid everything.
AT_LEAST_ONE = click.IntRange(min=1)
#: A TCP port to listen on (0, "any free port", would make the printed address wrong).
PORT = click.IntRange(1, 65535)


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
    """learndash: learn how Dash works by using (and reading) a small Dash.

    Run `learndash COMMAND --help` for a command's options.
    """


@main.command(short_help="List the chapters, or serve one chapter's app.")
@click.argument("chapter", required=False)
@click.option("--port", default=8050, type=PORT, show_default=True, help="Port to serve on (always on 127.0.0.1).")
@click.option("--debug/--no-debug", default=True, show_default=True,
              help="Dash's debug mode: error overlay, and the server restarts when you save a file of the chapter.")
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
        submission = load_submission(folder / "app.py", seconds=None, module_name=folder.name)
    except SubmissionError as error:
        raise click.ClickException(f"{error.title}: {error.message}") from None
    click.echo(f"Serving {folder.name} on http://127.0.0.1:{port}/  (Ctrl+C to stop)")
    # Werkzeug's reloader re-runs this command in a child process whenever a watched file changes.
    # It polls modification times ("stat") rather than using inotify: inotify is missing on some
    # file systems (network drives, some containers) and overflows on busy machines, polling works
    # everywhere for the price of one check a second.
    # Python's own library and the installed packages are left out of the polling: they do not
    # change while you work, and scanning thousands of files a second slows the server down.
    watched = [str(path) for path in folder.rglob("*") if path.suffix in (".py", ".csv", ".md", ".css", ".json")]
    unchanging = sorted({f"{sys.prefix}/*", f"{sys.base_prefix}/*"})
    submission.app.run(host="127.0.0.1", port=port, debug=debug, use_reloader=debug, extra_files=watched,
                       reloader_type="stat", exclude_patterns=unchanging)


@main.command(short_help="Grade one exercise file and print the report with hints.")
@click.argument("exercise")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of text.")
@click.option("--seconds", default=10.0, type=SECONDS, show_default=True, help="Time limit for loading the file, and for each check.")
def check(exercise: str, file: Path | None, as_json: bool, seconds: float) -> None:
    """Grade exercise EXERCISE (e.g. 02, 09a) in FILE (default: exercises/<its file>).

    EXERCISE may also be the file itself (`learndash check exercises/03_slider_graph.py`): its
    name says which exercise it is. Your app runs in a separate process (confined like in
    `learndash grade` when run as root); the checks run in this one, so nothing your code does can
    fake a pass. Exits with 0 only when every visible check passes.
    """
    if file is None and exercise not in available_graders() and exercise.endswith(".py"):
        exercise, file = exercise_of_file(Path(exercise)), Path(exercise)
    try:
        grader = grader_for(exercise)
    except KeyError as error:
        raise click.UsageError(error.args[0]) from None
    path = file or course_folder("exercises") / grader.exercise_file
    from learndash.grading.sandbox import IsolationUnavailable

    try:
        report = grade(grader, path, reference=course_folder("solutions") / grader.exercise_file,
                       load_seconds=seconds, check_seconds=seconds)
    except IsolationUnavailable as error:
        raise click.ClickException(str(error)) from None
    covers = {item.name: item.covers for item in grader.checks}
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, default=str))
    elif sys.stdout.isatty():
        from rich.console import Console

        from learndash.grading.console_report import print_report

        print_report(Console(highlight=False), report, covers=covers)
    else:
        click.echo(format_report(report, covers=covers))
    sys.exit(0 if report.all_visible_passed else 1)


def exercise_of_file(path: Path) -> str:
    """The exercise a file given in its place is for: the one whose file has its name
    (`03_slider_graph.py`), else the one its name starts with (`03_my_try.py`)."""
    if not path.is_file():
        raise click.UsageError(f"There is no file {path}. Give an exercise (e.g. 02) and, after it, your file.")
    keys = available_graders()
    by_file = {grader_for(key).exercise_file: key for key in keys}
    prefix = path.name.split("_", 1)[0]
    found = by_file.get(path.name) or (prefix if prefix in keys else None)
    if found is None:
        raise click.UsageError(
            f"{path.name} does not say which exercise it is for (exercise files are named like "
            f"{grader_for(keys[0]).exercise_file}). Name the exercise first: learndash check 02 {path}"
        )
    return found


@main.command(name="exercises", short_help="List the exercises that have a grader.")
def list_exercises() -> None:
    """List the exercises that have a grader."""
    for key in available_graders():
        grader = grader_for(key)
        click.echo(f"  {key:4s} {grader.title}  (exercises/{grader.exercise_file}, {grader.max_score:g} points)")


def exercise_keys(values: tuple[str, ...]) -> list[str] | None:
    """`--exercises 02 --exercises 03` and `--exercises 02,03` alike, normalised ("2" -> "02")."""
    keys = [piece for value in values for piece in value.replace(",", " ").split()]
    if not keys:
        return None
    try:
        return [grader_for(key).exercise for key in keys]
    except KeyError as error:
        raise click.UsageError(error.args[0]) from None


def limit_options(command):
    """The options that set `sandbox.Limits`, shared by `grade` and `gradescope run`."""
    defaults = Limits()
    for option in reversed([
        click.option("--jobs", "-j", default=2, type=AT_LEAST_ONE, show_default=True, help="Submissions graded at once."),
        click.option("--check-seconds", default=defaults.check_seconds, type=SECONDS, show_default=True, help="Wall-time limit of one check."),
        click.option("--submission-seconds", default=defaults.submission_seconds, type=SECONDS, show_default=True,
                     help="Wall-time limit of one submission, all checks together."),
        click.option("--memory-mb", default=defaults.memory_mb, type=AT_LEAST_ONE, show_default=True, help="Address-space limit of a submission."),
        click.option("--processes", default=defaults.processes, type=AT_LEAST_ONE, show_default=True,
                     help="Processes and threads a submission may start."),
        click.option("--solutions", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Reference solutions (default: solutions/ here or in the checkout)."),
    ]):
        command = option(command)
    return command


def limits_from(check_seconds: float, submission_seconds: float, memory_mb: int, processes: int) -> Limits:
    return Limits(check_seconds=check_seconds, load_seconds=check_seconds, submission_seconds=submission_seconds,
                  memory_mb=memory_mb, processes=processes)


@main.command(name="grade", short_help="Grade a class: every student's folder or zip, each in its own process.")
@click.argument("submissions", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--exercises", "-e", multiple=True, help="Exercise keys to grade (repeat, or 02,03); default all.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("grades"), show_default=True,
              help="Folder for the gradebook, JSON reports, Gradescope results and JUnit XML.")
@click.option("--regrade", is_flag=True, help="Grade again submissions an earlier run into --out already graded.")
@limit_options
def grade_command(submissions: Path, exercises: tuple[str, ...], out: Path, regrade: bool, jobs: int,
                  check_seconds: float, submission_seconds: float, memory_mb: int, processes: int,
                  solutions: Path | None) -> None:
    """Grade every student in SUBMISSIONS (one folder or zip per student), each file in its own process."""
    from learndash.grading.classroom import grade_class
    from learndash.grading.summary import print_summary, progress_bar, summary_console

    from learndash.grading.sandbox import IsolationUnavailable, isolation_mode

    try:
        isolation_mode(required=True)
    except IsolationUnavailable as error:
        raise click.ClickException(str(error)) from None
    keys = exercise_keys(exercises) or available_graders()
    console = summary_console(is_terminal=sys.stdout.isatty())
    with progress_bar(console) as bar:
        task = bar.add_task("starting the fork server", total=None)

        def on_start(total: int) -> None:
            bar.update(task, total=total, description="grading the reference solutions" if total else "nothing new to grade")

        def on_graded(graded) -> None:
            bar.update(task, advance=1, description=f"{graded.student}/{graded.exercise}: {graded.score:g}/{graded.max_score:g}")

        try:
            run = grade_class(
                submissions, out=out, exercises=keys, regrade=regrade, workers=jobs,
                limits=limits_from(check_seconds, submission_seconds, memory_mb, processes),
                solutions=solutions or course_folder("solutions"), on_start=on_start, on_graded=on_graded,
            )
        except IsolationUnavailable as error:
            raise click.ClickException(str(error)) from None
    print_summary(console, run.graded, keys, warnings=run.warnings)
    console.print(
        f"Each submission ran as: {isolation_mode(required=True)}. "
        f"Graded {run.newly_graded} submission(s) in {run.seconds:.1f}s"
        + (f", kept {run.reused} unchanged from the last run (--regrade to grade them again)" if run.reused else "")
        + f". Results in {out}/: gradebook.csv, submissions/, gradescope/, junit.xml",
        highlight=False,
    )


@main.group(short_help="Build a Gradescope autograder, or grade inside Gradescope.")
def gradescope() -> None:
    """Run the course's graders inside Gradescope."""


@gradescope.command(name="recipe", short_help="Write the autograder recipe (and, with --zip, autograder.zip).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("gradescope"), show_default=True)
@click.option("--exercises", "-e", multiple=True, help="Exercises this Gradescope assignment grades; default all.")
@click.option("--zip", "make_zip", is_flag=True, help="Also build autograder.zip (recipe + learndash source + solutions).")
def gradescope_recipe(out: Path, exercises: tuple[str, ...], make_zip: bool) -> None:
    """Write setup.sh and run_autograder for a Gradescope programming assignment."""
    from learndash.grading.gradescope import build_zip, write_recipe

    for path in write_recipe(out, exercise_keys(exercises)):
        click.echo(f"wrote {path}")
    if make_zip:
        click.echo(f"wrote {build_zip(out, CHECKOUT)}  (upload it as the assignment's autograder)")


@gradescope.command(name="run", short_help="Grade one student's files and write Gradescope's results.json.")
@click.option("--submission", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("/autograder/submission"), show_default=True)
@click.option("--results", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("/autograder/results/results.json"), show_default=True)
@click.option("--exercises", "-e", multiple=True, help="Exercises to grade; default all.")
@limit_options
def gradescope_run(submission: Path, results: Path, exercises: tuple[str, ...], jobs: int, check_seconds: float,
                   submission_seconds: float, memory_mb: int, processes: int, solutions: Path | None) -> None:
    """Grade one student's files (Gradescope's /autograder/submission) and write results.json."""
    from learndash.grading.gradescope import run_in_gradescope
    from learndash.grading.sandbox import IsolationUnavailable

    try:
        data = run_in_gradescope(
            submission, results, exercises=exercise_keys(exercises), solutions=solutions or course_folder("solutions"),
            limits=limits_from(check_seconds, submission_seconds, memory_mb, processes), workers=jobs,
        )
    except IsolationUnavailable as error:  # no results.json: Gradescope shows the autograder failed, not a 0
        raise click.ClickException(str(error)) from None
    click.echo(f"Score {data['score']:g}; wrote {results}")


if __name__ == "__main__":
    main()
