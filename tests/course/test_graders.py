"""The graders discriminate: full marks for correct work, points lost exactly where a mistake is.

Every file under submissions/NN/ is either a realistic wrong submission (listed in WRONG with the
check that must catch it) or an alternative correct solution (named ok_*.py, which must get full marks).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from learndash.grading import grade, grader_for
from learndash.grading.graders import GRADER_MODULES

from .conftest import ROOT, SUBMISSIONS

pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword")

#: exercise -> {wrong submission file: the check that must lose points because of it}
WRONG: dict[str, dict[str, str]] = {
    "02": {
        "wrong_property.py": "greeting_follows_the_input",
        "prevent_initial_call.py": "greeting_on_page_load",
        "wrong_id.py": "layout_has_the_components",
        "no_stranger.py": "empty_name_greets_a_stranger",
        "crashes_on_blank.py": "empty_name_greets_a_stranger",
    },
    "03": {
        "mutates_global.py": "global_data_is_never_changed",
        "drops_in_place.py": "global_data_is_never_changed",
        "wrong_property.py": "graph_shows_the_chosen_year",
        "wrong_filter.py": "graph_shows_the_chosen_year",
    },
    "04": {
        "missing_yaxis_input.py": "axis_types_follow_the_radios",
        "swapped_arguments.py": "points_follow_the_indicators",
        "year_as_state.py": "points_follow_the_year",
    },
    "05": {
        "wrong_number_of_outputs.py": "empty_box_clears_everything",
        "outputs_out_of_order.py": "kelvin_is_converted",
        "edge_cases.py": "water_state_is_named",
        "integer_division.py": "fahrenheit_is_converted",
    },
    "06": {
        "no_value_reset.py": "country_resets_to_the_first",
        "whole_option_as_value.py": "country_resets_to_the_first",
        "country_as_state.py": "sentence_names_the_capital",
        "unfiltered_options.py": "options_follow_the_continent",
    },
    "07": {
        "names_as_inputs.py": "typing_does_not_submit",
        "forgets_prevent_initial_call.py": "empty_before_the_first_click",
        "missing_state.py": "click_submits_both_names",
        "counts_in_a_global.py": "click_submits_both_names",
    },
    "08": {
        "static_first_figure.py": "callback_draws_the_first_figure",
        "swapped_axes.py": "graph_follows_the_day",
        "mutates_global.py": "global_data_is_never_changed",
        "wrong_input_property.py": "graph_follows_the_day",
    },
    "09a": {
        "off_by_one_index.py": "clicks_add_numbered_dropdowns",
        "rebuilds_dropdowns.py": "choices_survive_a_new_filter",
        "forgets_prevent_initial_call.py": "summary_before_any_filter",
        "numbers_from_zero.py": "summary_lists_every_filter",
    },
    "09b": {
        "all_instead_of_allsmaller.py": "totals_are_running",
        "forgets_own_amount.py": "totals_are_running",
        "off_by_one_index.py": "clicks_add_numbered_rows",
        "crashes_on_empty.py": "empty_amount_counts_as_zero",
        "allsmaller_as_state.py": "totals_are_running",
    },
    "10": {
        "forgets_suppress.py": "page_loads_without_errors",
        "not_found_without_id.py": "unknown_path_is_not_found",
        "path_without_slash.py": "converter_page",
        "rounds_to_integer.py": "miles_are_converted",
    },
    "11": {
        "toothless_test.py": "your_test_catches_bugs",
        "no_singular.py": "count_words_is_a_plain_function",
        "no_prevent_update.py": "missing_text_is_prevented",
        "splits_on_single_spaces.py": "count_words_is_a_plain_function",
    },
    "12": {
        "global_score.py": "each_tab_has_its_own_score",
        "forgets_prevent_initial_call.py": "score_starts_at_zero",
        "score_from_n_clicks.py": "score_lives_in_the_store",
        "wrong_number_of_outputs.py": "plus_one_adds_and_reset_clears",
    },
    "13": {
        "python_callback.py": "the_callback_runs_in_the_browser",
        "percent_as_state.py": "tip_and_total_follow_the_inputs",
        "no_prevent_update.py": "empty_bill_changes_nothing",
    },
}

ALTERNATIVES = sorted(
    (path.parent.name, path.name) for path in SUBMISSIONS.glob("*/ok_*.py")
)


def test_every_exercise_has_a_grader_a_stub_and_a_solution():
    """Issue 4: from chapter 2 on, each exercise has a stub, a reference solution and a grader."""
    for key in GRADER_MODULES:
        grader = grader_for(key)
        assert (ROOT / "exercises" / grader.exercise_file).is_file()
        assert (ROOT / "solutions" / grader.exercise_file).is_file()


def test_every_submission_file_is_accounted_for():
    """Each file in submissions/ is either a listed mistake or an ok_* alternative."""
    for folder in SUBMISSIONS.iterdir():
        for path in folder.glob("*.py"):
            assert path.name.startswith("ok_") or path.name in WRONG.get(folder.name, {}), path


@pytest.mark.parametrize("key", list(GRADER_MODULES))
def test_reference_solution_gets_full_marks(key):
    """The reference solution passes every check."""
    grader = grader_for(key)
    report = grade(grader, ROOT / "solutions" / grader.exercise_file)
    failing = [(r.name, r.status, r.message, [p for p in r.parts if not p.passed]) for r in report.results if not r.passed]
    assert report.score == report.max_score, failing


@pytest.mark.parametrize("key", list(GRADER_MODULES))
def test_untouched_stub_runs_but_does_not_pass(key):
    """The stub loads (no load error) and scores less than full marks."""
    grader = grader_for(key)
    report = grade(grader, ROOT / "exercises" / grader.exercise_file)
    assert not report.load_error
    assert report.score < report.max_score
    assert not report.all_visible_passed


@pytest.mark.parametrize(
    ("key", "filename", "check_name"),
    [(key, filename, check_name) for key, files in WRONG.items() for filename, check_name in files.items()],
)
def test_wrong_submission_loses_the_points_of_its_check(key, filename, check_name):
    """A realistic mistake costs the points of the check written to catch it, and the total."""
    report = grade(grader_for(key), SUBMISSIONS / key / filename)
    result = report.result(check_name)
    assert result.score < result.weight, (filename, check_name, result)
    assert report.score < report.max_score


@pytest.mark.parametrize(("key", "filename"), ALTERNATIVES)
def test_alternative_correct_solution_gets_full_marks(key, filename):
    """A correct solution written differently (names, helpers, layout, decorator style) gets full marks."""
    report = grade(grader_for(key), SUBMISSIONS / key / filename)
    failing = [(r.name, r.status, r.message, [p for p in r.parts if not p.passed]) for r in report.results if not r.passed]
    assert report.score == report.max_score, failing


def test_every_exercise_has_several_mistakes_and_an_alternative():
    """Issue 4 asks for several wrong submissions and at least one correct alternative per exercise."""
    alternatives = {key for key, _ in ALTERNATIVES}
    for key in GRADER_MODULES:
        assert len(WRONG[key]) >= 3, key
        assert key in alternatives, key
