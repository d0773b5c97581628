"""Observations: a check asks the child for data about the student's module and judges it itself; the
answer is untrusted (no NaN, no infinity), and only functions marked `@observation` can be asked for."""
from __future__ import annotations

import sys

from learndash.grading import Grader, check, grade
from learndash.grading.observations import observation
from learndash.grading.trial import Trial

EXERCISE, TITLE, FILE = "obs", "Observations", "app.py"
APP = "from learndash import Dash, html\napp = Dash(__name__)\napp.layout = html.Div(id='x')\n"


@observation
def value_of(module, name: str):
    """The module-level value `name`, as the child sees it after a fresh load."""
    return getattr(module, name, None)


def not_an_observation(module):
    return "secret"


@check(weight=2, parts=1)
def answer_is_a_list(t: Trial) -> None:
    """The module's ANSWER is [1, "a"]."""
    answer = t.observe("value_of", "ANSWER")
    t.expect(answer == [1, "a"], what="ANSWER", expected=[1, "a"], actual=answer)


@check(weight=1)
def unmarked_functions_cannot_be_asked_for(t: Trial) -> None:
    """Only @observation functions run in the child."""
    t.observe("not_an_observation")


GRADER = Grader.from_module(sys.modules[__name__])


def grade_source(tmp_path, source: str):
    path = tmp_path / "app.py"
    path.write_text(APP + source)
    return grade(GRADER, path)


def test_an_observation_answers_plain_data_and_the_check_judges_it(tmp_path):
    report = grade_source(tmp_path, "ANSWER = [1, 'a']\n")
    assert report.result("answer_is_a_list").status == "passed"
    unmarked = report.result("unmarked_functions_cannot_be_asked_for")
    assert unmarked.status == "error" and "no observation named 'not_an_observation'" in unmarked.message


def test_nan_in_an_answer_is_refused_never_scored(tmp_path):
    report = grade_source(tmp_path, "ANSWER = float('nan')\n")
    result = report.result("answer_is_a_list")
    assert result.score == 0 and "not plain data (NaN or infinity)" in result.message
