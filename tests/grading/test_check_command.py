"""`learndash check` on a student's own file: the same parent/child split as a class run, so a file that
exits, ignores signals or patches the grader gets its honest report and a clear message, never a
false pass or a silent exit."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from learndash.cli import main

from .conftest import FAULTS
from .test_hostile import PATCHES_THE_GRADER, STUB


def check(path, *options: str):
    return CliRunner().invoke(main, ["check", "02", str(path), *options])


def test_os_exit_at_import_is_reported_not_a_silent_exit(tmp_path):
    path = tmp_path / "02_basic_callbacks.py"
    path.write_text(STUB + "\nimport os\nos._exit(0)\n")
    result = check(path)
    assert result.exit_code == 1
    assert "ended abruptly (exit code 0)" in result.output and "Score: 0/8" in result.output


def test_a_file_that_blocks_the_alarm_and_loops_is_stopped_with_the_limit_named():
    """SIGALRM blocked, then an endless loop: the grading process's own deadline stops it."""
    result = check(FAULTS / "blocks_the_alarm.py", "--seconds", "1")
    assert result.exit_code == 1
    assert "the limit for loading your file" in result.output


def test_a_patched_grader_gives_the_honest_score(tmp_path):
    """The stub replaces Trial.expect, Report.score and more at import: it still scores 1/8."""
    path = tmp_path / "02_basic_callbacks.py"
    path.write_text(PATCHES_THE_GRADER)
    result = check(path)
    assert result.exit_code == 1
    assert "Score: 1/8" in result.output
    assert "Your code ran as: private uid" in result.output  # the report names the isolation mode


def test_the_file_alone_names_its_exercise(tmp_path):
    """`learndash check <file>`: the file's name says which exercise it is (its exact exercise file
    name, or the key it starts with); a name that says nothing gets a usage error saying what to type."""
    from learndash.cli import exercise_of_file

    named = tmp_path / "02_basic_callbacks.py"
    named.write_text(PATCHES_THE_GRADER)
    result = CliRunner().invoke(main, ["check", str(named)])
    assert result.exit_code == 1 and "Score: 1/8" in result.output
    attempt = tmp_path / "09a_first_try.py"
    attempt.write_text("")
    assert exercise_of_file(attempt) == "09a"
    vague = tmp_path / "homework.py"
    vague.write_text("")
    result = CliRunner().invoke(main, ["check", str(vague)])
    assert result.exit_code == 2
    assert "does not say which exercise" in result.output and f"learndash check 02 {vague}" in result.output
    result = CliRunner().invoke(main, ["check", str(tmp_path / "02_missing.py")])
    assert result.exit_code == 2 and "There is no file" in result.output


@pytest.mark.parametrize("seconds", ["nan", "inf", "0", "-1", "1e9"])
def test_a_time_limit_no_timer_can_keep_is_refused_before_anything_runs(seconds):
    """nan, inf, 0 or less: refused with the range to give, not turned into a student's "your app ended
    abruptly" or a traceback from the timer (`select` cannot wait for inf seconds)."""
    result = CliRunner().invoke(main, ["check", "02", "--seconds", seconds, str(FAULTS / "exits_in_callback.py")])
    assert result.exit_code == 2
    assert f"Invalid value for '--seconds': {seconds!r} is not a time limit" in result.output
    assert "Traceback" not in result.output and "Score" not in result.output


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--check-seconds", "nan"], "--check-seconds"),
        (["--submission-seconds", "-1"], "--submission-seconds"),
        (["--jobs", "0"], "--jobs"),
        (["--memory-mb", "-5"], "--memory-mb"),
        (["--processes", "0"], "--processes"),
    ],
)
def test_a_class_run_refuses_limits_that_limit_nothing_or_everything(tmp_path, options, named):
    """A negative memory limit (which the kernel takes as none), 0 jobs, nan seconds: refused before
    any student is graded, rather than graded 8/8 without a limit or 0/8 for the grader's mistake."""
    result = CliRunner().invoke(main, ["grade", str(tmp_path), "--out", str(tmp_path / "grades"), *options])
    assert result.exit_code == 2 and f"Invalid value for '{named}'" in result.output
    assert not (tmp_path / "grades").exists()


def test_run_refuses_a_port_outside_tcps_range():
    """Werkzeug would wrap 99999 to another port (99999 - 65536) and print the wrong address."""
    result = CliRunner().invoke(main, ["run", "02", "--port", "99999"])
    assert result.exit_code == 2 and "Invalid value for '--port'" in result.output
