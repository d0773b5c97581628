"""The Gradescope autograder as Gradescope runs it: the uploaded zip unpacked into a simulated
/autograder folder, and its own `run_autograder` grading a student's files (issue 14)."""
from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from click.testing import CliRunner

from learndash.cli import main

from .conftest import SOLUTIONS
from .gradescope_spec import assert_valid_results


def unpack_autograder(tmp_path: Path) -> Path:
    """Build autograder.zip for exercise 02 and lay it out as Gradescope does; return the root."""
    recipe = tmp_path / "recipe"
    result = CliRunner().invoke(main, ["gradescope", "recipe", "--out", str(recipe), "-e", "02", "--zip"])
    assert result.exit_code == 0, result.output
    root = tmp_path / "autograder"
    with zipfile.ZipFile(recipe / "autograder.zip") as zipped:
        zipped.extractall(root / "source")
    (root / "results").mkdir()
    # setup.sh would install the zipped learndash into this venv; here its `learndash` runs the
    # zipped source with this Python, so what is tested is what the zip holds.
    venv_bin = root / "venv" / "bin"
    venv_bin.mkdir(parents=True)
    launcher = venv_bin / "learndash"
    launcher.write_text(
        f'#!/usr/bin/env bash\nPYTHONPATH="{root / "source" / "learndash"}" exec "{sys.executable}" -m learndash.cli "$@"\n'
    )
    launcher.chmod(0o755)
    return root


def test_the_zip_holds_gradescopes_two_scripts_and_pinned_dependencies(tmp_path: Path):
    """Gradescope needs `setup.sh` and `run_autograder` at the zip's root; `constraints.txt` pins
    each dependency to the version it was built with; setup.sh names its base image."""
    root = unpack_autograder(tmp_path)
    source = root / "source"
    with zipfile.ZipFile(tmp_path / "recipe" / "autograder.zip") as zipped:
        modes = {info.filename: info.external_attr >> 16 for info in zipped.infolist()}
    assert modes["setup.sh"] & 0o111 and modes["run_autograder"] & 0o111, "both scripts are stored executable"
    pins = (source / "constraints.txt").read_text().split()
    assert f"flask=={importlib.metadata.version('flask')}" in pins
    assert f"plotly=={importlib.metadata.version('plotly')}" in pins
    setup = (source / "setup.sh").read_text()
    assert "ubuntu-22.04" in setup and "--constraint /autograder/source/constraints.txt" in setup


def test_run_autograder_grades_the_submission_into_results_json(tmp_path: Path):
    """Gradescope's per-submission step: run_autograder, unchanged from the zip, grades
    /autograder/submission and writes /autograder/results/results.json in Gradescope's format."""
    root = unpack_autograder(tmp_path)
    submission = root / "submission"
    submission.mkdir()
    shutil.copy(SOLUTIONS / "02_basic_callbacks.py", submission)
    finished = subprocess.run(
        ["bash", str(root / "source" / "run_autograder")],
        env={**os.environ, "AUTOGRADER": str(root)}, capture_output=True, text=True, timeout=300,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    results = json.loads((root / "results" / "results.json").read_text())
    assert_valid_results(results)
    assert results["score"] == sum(test["max_score"] for test in results["tests"]) > 0
