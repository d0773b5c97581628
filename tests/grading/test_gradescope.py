"""The Gradescope recipe: the files in gradescope/ are what `learndash gradescope recipe` writes, and
`learndash gradescope run` grades one submission folder into a valid results.json."""
from __future__ import annotations

import json
import os
import shutil
import zipfile

from click.testing import CliRunner

from learndash.cli import main

from .conftest import LIMIT_OPTIONS, ROOT, SOLUTIONS, SUBMISSIONS
from .gradescope_spec import assert_valid_results


def test_the_recipe_in_the_repository_is_up_to_date(tmp_path):
    """gradescope/setup.sh and run_autograder are generated: regenerate with `learndash gradescope recipe`."""
    result = CliRunner().invoke(main, ["gradescope", "recipe", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("setup.sh", "run_autograder"):
        assert (tmp_path / name).read_text() == (ROOT / "gradescope" / name).read_text()
        assert os.access(tmp_path / name, os.X_OK)
    assert "learndash gradescope run" in (tmp_path / "run_autograder").read_text()


def test_the_zip_has_the_recipe_at_its_root_and_the_source_beside_it(tmp_path):
    result = CliRunner().invoke(main, ["gradescope", "recipe", "--out", str(tmp_path), "-e", "02", "--zip"])
    assert result.exit_code == 0, result.output
    names = zipfile.ZipFile(tmp_path / "autograder.zip").namelist()
    assert {"setup.sh", "run_autograder", "learndash/pyproject.toml", "learndash/solutions/02_basic_callbacks.py",
            "learndash/learndash/grading/classroom.py"} <= set(names)
    assert "--exercises 02" in (tmp_path / "run_autograder").read_text()


def test_gradescope_run_grades_one_submission_folder(tmp_path):
    """As inside Gradescope: /autograder/submission in, /autograder/results/results.json out."""
    submission = tmp_path / "submission"
    submission.mkdir()
    shutil.copy(SOLUTIONS / "02_basic_callbacks.py", submission)
    shutil.copy(SUBMISSIONS / "05" / "wrong_number_of_outputs.py", submission / "05_multiple_outputs.py")
    results = tmp_path / "results" / "results.json"
    result = CliRunner().invoke(main, [
        "gradescope", "run", "--submission", str(submission), "--results", str(results), "-e", "02,05", *LIMIT_OPTIONS,
    ])
    assert result.exit_code == 0, result.output
    data = json.loads(results.read_text())
    assert_valid_results(data)
    assert data["score"] == 18
    assert data["stdout_visibility"] == "hidden"


def test_a_link_in_the_submission_is_not_followed_into_the_autograders_own_files(tmp_path):
    """A student's repository may hold symlinks: one named 02_basic_callbacks.py pointing at the
    reference solution the autograder ships must not be graded as the student's work (0, and the
    reason), and a linked folder is not copied in with the submission."""
    solutions = tmp_path / "source" / "solutions"
    shutil.copytree(SOLUTIONS, solutions)
    submission = tmp_path / "submission"
    submission.mkdir()
    (submission / "02_basic_callbacks.py").symlink_to(solutions / "02_basic_callbacks.py")
    (submission / "exercises").symlink_to(solutions, target_is_directory=True)
    results = tmp_path / "results.json"
    result = CliRunner().invoke(main, [
        "gradescope", "run", "--submission", str(submission), "--results", str(results), "-e", "02",
        "--solutions", str(solutions), *LIMIT_OPTIONS,
    ])
    assert result.exit_code == 0, result.output
    data = json.loads(results.read_text())
    assert_valid_results(data)
    assert data["score"] == 0
    assert "is a link (symlink)" in json.dumps(data)
