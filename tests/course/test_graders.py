"""The graders judge like a good teacher: every requirement checked, every realistic mistake caught.

Issue 11. Each exercise's task text lists its requirements (R1, R2, ...); each check says which it
covers. Every file under submissions/NN/ is a realistic wrong submission breaking one requirement
(it must lose points on a check covering that requirement, with feedback naming the mistake) or a
correct submission written differently (full marks); see submission_cases.py.
"""
from __future__ import annotations

from collections import Counter

import pytest

from learndash.grading import grade, grader_for
from learndash.grading.graders import GRADER_MODULES
from learndash.grading.requirements import requirements_of

from .conftest import ROOT
from .submission_cases import all_cases, verdict

pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword")

CASES = all_cases()


def requirements(key: str) -> dict[str, str]:
    return requirements_of(ROOT / "exercises" / grader_for(key).exercise_file)


def test_every_exercise_has_a_grader_a_stub_and_a_solution():
    """Issue 4: from chapter 2 on, each exercise has a stub, a reference solution and a grader."""
    assert len(GRADER_MODULES) >= 16
    for key in GRADER_MODULES:
        grader = grader_for(key)
        assert (ROOT / "exercises" / grader.exercise_file).is_file()
        assert (ROOT / "solutions" / grader.exercise_file).is_file()


@pytest.mark.parametrize("key", list(GRADER_MODULES))
def test_every_requirement_has_a_check(key):
    """Each requirement id of the task text is covered by a check, and checks cover only real ids."""
    grader = grader_for(key)
    wanted = requirements(key)
    assert len(wanted) >= 3, f"exercise {key}'s task text lists no R-ids"
    covered = {requirement for item in grader.checks for requirement in item.covers}
    assert set(wanted) - covered == set(), f"requirements with no check: {sorted(set(wanted) - covered)}"
    assert covered - set(wanted) == set(), f"checks cover ids the task does not have: {sorted(covered - set(wanted))}"
    assert all(item.covers for item in grader.checks), [item.name for item in grader.checks if not item.covers]
    assert grader.weights_reason, "say in WEIGHTS which lesson weighs most and why"


@pytest.mark.parametrize("key", list(GRADER_MODULES))
def test_every_requirement_has_two_mistakes_and_three_alternatives(key):
    """Issue 11: two realistic mistakes per requirement, three correct submissions written differently."""
    mine = [case for case in CASES if case.exercise == key]
    per_requirement = Counter(case.breaks for case in mine if case.breaks)
    short = {requirement: per_requirement[requirement] for requirement in requirements(key) if per_requirement[requirement] < 2}
    assert not short, f"requirements with fewer than two mistakes: {short}"
    assert sum(case.breaks is None for case in mine) >= 3


@pytest.mark.parametrize("key", list(GRADER_MODULES))
def test_reference_solution_gets_full_marks(key):
    """The reference solution passes every check."""
    grader = grader_for(key)
    report = grade(grader, ROOT / "solutions" / grader.exercise_file)
    failing = [(r.name, r.status, r.message, [p for p in r.parts if not p.passed]) for r in report.results if not r.passed]
    assert report.score == report.max_score, failing


@pytest.mark.parametrize("key", list(GRADER_MODULES))
def test_untouched_stub_earns_only_what_it_does(key):
    """The stub loads, and earns no point for behaviour it does not have (issue 11, item 4).

    Only the layout checks may earn points, for the components the stub already has; no check of
    behaviour gives the stub anything.
    """
    grader = grader_for(key)
    report = grade(grader, ROOT / "exercises" / grader.exercise_file)
    assert not report.load_error
    assert not report.all_visible_passed
    earning = [result for result in report.results if result.score > 0]
    assert all(result.name.startswith("layout") for result in earning), [
        (result.name, result.score) for result in earning
    ]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_submission_is_judged_as_it_should(case):
    """A mistake loses points on a check covering its requirement, with feedback naming it; a correct one gets full marks."""
    grader = grader_for(case.exercise)
    report = grade(grader, case.path)
    if case.breaks is not None:
        assert case.breaks in requirements(case.exercise), f"{case.name} breaks an unknown requirement"
    assert verdict(case, grader, report) == ""
