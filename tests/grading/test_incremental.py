"""Results are written as they come: a killed run keeps what it graded, --regrade grades again."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from learndash.cli import main
from learndash.grading.classroom import grade_class
from learndash.grading.sandbox import Limits

from .conftest import LIMIT_OPTIONS, SOLUTIONS, SUBMISSIONS


@pytest.fixture
def small_class(tmp_path):
    root = tmp_path / "submissions"
    for student, source in (("ada", SOLUTIONS), ("bob", SUBMISSIONS / "05"), ("cy", SOLUTIONS)):
        (root / student).mkdir(parents=True)
        name = "05_multiple_outputs.py" if student != "bob" else "wrong_number_of_outputs.py"
        (root / student / "05_multiple_outputs.py").write_text((source / name).read_text())
    return root


def test_a_killed_run_keeps_what_it_graded_and_the_next_run_continues(small_class, tmp_path):
    """Stop the run after the first submission: its JSON is on disk, and a rerun grades only the rest."""
    out = tmp_path / "grades"

    def stop(graded):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        grade_class(small_class, out=out, exercises=["05"], limits=Limits(check_seconds=5), on_graded=stop)
    kept = list((out / "submissions").glob("*/05.json"))
    assert len(kept) == 1
    run = grade_class(small_class, out=out, exercises=["05"], limits=Limits(check_seconds=5))
    assert (run.reused, run.newly_graded) == (1, 2)
    assert (out / "gradebook.csv").read_text().count("\n") == 4


def test_regrade_grades_everything_again(small_class, tmp_path):
    out = tmp_path / "grades"
    first = CliRunner().invoke(main, ["grade", str(small_class), "-e", "5", "--out", str(out), *LIMIT_OPTIONS])
    assert first.exit_code == 0, first.output
    (small_class / "cy" / "05_multiple_outputs.py").write_text("this is not python(")
    changed = CliRunner().invoke(main, ["grade", str(small_class), "-e", "5", "--out", str(out), *LIMIT_OPTIONS])
    assert "Graded 1 submission(s)" in changed.output  # only the file that changed
    assert json.loads((out / "submissions" / "cy" / "05.json").read_text())["score"] == 0
    again = CliRunner().invoke(main, ["grade", str(small_class), "-e", "5", "--out", str(out), "--regrade", *LIMIT_OPTIONS])
    assert "Graded 3 submission(s)" in again.output
