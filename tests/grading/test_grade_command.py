"""`learndash grade` end to end: a class with every kind of fault, graded in isolated processes.

One class run per module (about 15 s); the tests read its CSV, JSON, Gradescope and JUnit files.
"""
from __future__ import annotations

import csv
import json
import sys
import uuid
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from click.testing import CliRunner

from learndash.cli import main

from .conftest import GREETER_CLASS, LIMIT_OPTIONS, make_class
from .test_runs import processes_tagged
from .gradescope_spec import assert_valid_results

EXPECTED_TOTALS = {student: points for student, (_, points) in GREETER_CLASS.items()}
EXPECTED_TOTALS["zipped"] = 8.0 + 10.0
EXPECTED_TOTALS["partial"] = 12.0


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    marker = f"run-{uuid.uuid4().hex}"  # on the fork server's PYTHONPATH, so in its children's environment
    sys.path.append(f"/{marker}")
    root = tmp_path_factory.mktemp("class")
    submissions = make_class(root / "submissions")
    out = root / "grades"
    result = CliRunner().invoke(main, ["grade", str(submissions), "-e", "02,05", "--out", str(out), *LIMIT_OPTIONS])
    sys.path.remove(f"/{marker}")
    assert result.exit_code == 0, result.output + repr(result.exception)
    return submissions, out, result.output, processes_tagged(marker)


def submission_json(out: Path, student: str, exercise: str = "02") -> dict:
    return json.loads((out / "submissions" / student / f"{exercise}.json").read_text())


def test_gradebook_has_one_row_per_student_and_a_column_per_exercise(graded_class):
    """The CSV gradebook: student, one column per exercise, total; each fault costs only its own points."""
    _, out, *_ = graded_class
    rows = list(csv.DictReader((out / "gradebook.csv").open()))
    assert list(rows[0]) == ["student", "02", "05", "total"]
    totals = {row["student"]: float(row["total"]) for row in rows}
    assert totals == pytest.approx(EXPECTED_TOTALS, abs=0.01)
    by_student = {row["student"]: row for row in rows}
    assert by_student["partial"]["02"] == "0" and by_student["partial"]["05"] == "12"


@pytest.mark.parametrize(
    ("student", "ending", "words"),
    [
        ("blocks_the_alarm", "timed out", "the limit for loading your file"),
        ("crashes_python", "crashed", "killed by signal 11"),
        ("leaves_abruptly", "crashed", "exit code 3"),
        ("syntax_error", "graded", "Syntax error"),
        ("exits_at_load", "graded", "sys.exit()"),
        ("allocates_5gb", "graded", "Memory limit"),
        ("uses_network", "graded", "network is switched off"),
    ],
)
def test_each_fault_is_reported_in_the_students_words(graded_class, student, ending, words):
    """A loop past every alarm, a crash, os._exit, a syntax error, sys.exit, 5 GB, the network: each a message."""
    _, out, *_ = graded_class
    data = submission_json(out, student)
    assert data["ending"] == ending
    assert data["score"] == 0
    assert words in data["report"]["load_error"]


def test_a_check_stopped_by_its_time_limit_keeps_the_checks_it_finished(graded_class):
    """A hang past every alarm in the child is stopped by the grading process's deadline for that
    check; the checks that had finished keep their points, and the unfinished one says why."""
    _, out, *_ = graded_class
    data = submission_json(out, "hangs_in_the_last_check")
    assert data["ending"] == "timed out"
    results = data["report"]["results"]
    assert [r["status"] for r in results] == ["passed", "passed", "passed", "error"]
    assert "still busy after 1.5 seconds, the limit for one check" in results[3]["message"]


def test_sys_exit_in_a_callback_costs_only_the_checks_it_breaks(graded_class):
    """sys.exit() inside a callback ends that check, not the grading: earlier checks keep their points."""
    _, out, *_ = graded_class
    results = submission_json(out, "exits_in_callback")["report"]["results"]
    assert [r["status"] for r in results] == ["passed", "passed", "error", "error"]
    assert "sys.exit()" in results[2]["message"]


def test_a_forking_submission_is_bounded_and_its_processes_are_gone(graded_class):
    """Forking many processes stops at the process limit, and nothing it started outlives the grading."""
    _, out, *_ = graded_class
    data = submission_json(out, "forks_many")
    forked = int(data["report"]["output"].split("forked ")[1].split()[0])
    assert forked < 200
    assert data["score"] == 8
    assert graded_class[3] == []  # no fork server, and no child of one, outlived the run


def test_output_is_captured_and_cut(graded_class):
    """What a submission prints is kept, cut to the limit, with a note of how much there was."""
    _, out, *_ = graded_class
    data = submission_json(out, "prints_a_lot")
    assert len(data["report"]["output"]) <= 4_000
    assert "written straight to the file descriptor" in data["output"]
    assert data["score"] == 8


def test_diagnostics_come_before_the_checks(graded_class):
    """A file whose output id is wrong gets the 'output nobody writes' diagnostic, with a did-you-mean."""
    _, out, *_ = graded_class
    diagnostics = submission_json(out, "wrong_id")["report"]["diagnostics"]
    assert any("greeting.children" in line and "Did you mean 'greet.children'" in line for line in diagnostics)


def test_gradescope_results_follow_the_spec(graded_class):
    """Every student's results.json has the fields of Gradescope's autograder specification."""
    _, out, *_ = graded_class
    for student, total in EXPECTED_TOTALS.items():
        data = json.loads((out / "gradescope" / student / "results.json").read_text())
        assert_valid_results(data)
        assert data["score"] == pytest.approx(total, abs=0.01)
        assert sum(test["score"] for test in data["tests"]) == pytest.approx(total, abs=0.01)
    correct = json.loads((out / "gradescope" / "correct" / "results.json").read_text())
    assert {test["status"] for test in correct["tests"] if test["number"].startswith("02.")} == {"passed"}
    assert correct["tests"][0]["number"] == "02.1"


def test_junit_xml_has_a_suite_per_submission(graded_class):
    """JUnit XML: a <testsuite> per (student, exercise), failures and errors counted per check."""
    _, out, *_ = graded_class
    suites = {suite.get("name"): suite for suite in ElementTree.parse(out / "junit.xml").getroot()}
    assert len(suites) == (len(GREETER_CLASS) + 2) * 2  # missing files are suites of skipped checks
    assert suites["correct/02"].get("failures") == "0" and suites["correct/02"].get("errors") == "0"
    assert suites["loops_in_callback/02"].get("errors") == "2"
    assert suites["syntax_error/02"].get("skipped") == "4"
    score = {prop.get("name"): prop.get("value") for prop in suites["zipped/05"].iter("property")}
    assert score["score"] == "10"


def test_the_summary_calls_out_the_slowest_and_the_failing(graded_class):
    _, _, output, _ = graded_class
    assert "Slowest:" in output and "blocks_the_alarm/02" in output
    assert "Failing" in output and "crashes_python/02: crashed" in output
    assert "Per student" in output and "Per check" in output


def test_rerunning_keeps_what_was_graded(graded_class):
    """A second run into the same --out grades nothing again (the files have not changed)."""
    submissions, out, *_ = graded_class
    result = CliRunner().invoke(main, ["grade", str(submissions), "-e", "02,05", "--out", str(out), *LIMIT_OPTIONS])
    assert result.exit_code == 0
    assert "Graded 0 submission(s)" in result.output
    assert f"kept {(len(GREETER_CLASS) + 2) * 2}" in " ".join(result.output.split())
