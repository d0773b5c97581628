"""Each chapter app behaves as its lesson says, driven through the headless AppHarness.

The docstrings name the Dash rule (ids from shared/dash-semantics.md) each test pins.
"""
from __future__ import annotations

import importlib.util

import plotly.express as px
import pytest

from learndash.grading import figures

from .conftest import ROOT

GAPMINDER = px.data.gapminder()


def test_01_layout_has_no_callbacks_and_serves_its_tree(open_chapter):
    """W-2: the layout is a tree of components; props given in Python are on the page as given."""
    h = open_chapter("01_layout")
    assert h.calls == []
    assert h.get_prop("city", "value") == "Montréal"
    assert figures.point_count(h.get_prop("europe-graph", "figure")) == 30


def test_02_callback_runs_on_page_load_and_on_every_edit(open_chapter):
    """I-1, C-2: every callback runs once at load with the initial values, then once per input change."""
    h = open_chapter("02_basic_callbacks")
    assert h.get_prop("my-output", "children") == "Output: initial value"
    h.set_props("my-input", {"value": "hello"})
    assert h.text("my-output") == "Output: hello"
    assert [call.callback for call in h.calls] == ["update_output_div", "update_output_div"]


def test_03_slider_filters_without_touching_the_global_data(open_chapter):
    """C-2 and the no-mutation rule: each year shows that year's countries, and going back works."""
    h = open_chapter("03_slider_graph")
    for year in (1952, 2007, 1952):
        h.set_props("year-slider", {"value": year})
        expected = int((GAPMINDER.year == year).sum())
        assert figures.point_count(h.get_prop("graph-with-slider", "figure")) == expected


def test_04_any_of_five_inputs_redraws_with_all_current_values(open_chapter):
    """C-2: the callback receives the current value of every Input, whichever one changed."""
    h = open_chapter("04_multiple_inputs")
    figure = h.get_prop("indicator-graphic", "figure")
    assert figures.axis_type(figure, "xaxis") == "log"
    h.set_props("xaxis-type", {"value": "Linear"})
    assert figures.axis_type(h.get_prop("indicator-graphic", "figure"), "xaxis") == "linear"
    h.set_props("year-slider", {"value": 1952})
    call = h.calls[-1]
    assert call.inputs["xaxis-type.value"] == "Linear" and call.inputs["year-slider.value"] == 1952


def test_05_one_callback_fills_five_outputs(open_chapter):
    """O-1: a list of Outputs takes one returned value each, in order."""
    h = open_chapter("05_multiple_outputs")
    assert [h.get_prop(i, "children") for i in ("square", "cube", "twos", "threes", "x^x")] == [25, 125, 32, 243, 3125]
    h.set_props("num-multi", {"value": 2})
    assert h.get_prop("x^x", "children") == 4
    assert len(h.calls) == 2


def test_06_chain_never_shows_an_inconsistent_pair(open_chapter):
    """C-4 step 5, C-11a: the sentence waits for the city to be reset; one call per change."""
    h = open_chapter("06_chained_callbacks")
    assert h.text("display-selected-values") == "New York City is a city in America"
    before = len(h.calls)
    h.set_props("countries-radio", {"value": "Canada"})
    assert h.text("display-selected-values") == "Montréal is a city in Canada"
    displayed = [c for c in h.calls[before:] if c.callback == "set_display_children"]
    assert len(displayed) == 1
    assert displayed[0].inputs == {"countries-radio.value": "Canada", "cities-radio.value": "Montréal"}


def test_07_state_is_read_but_never_triggers(open_chapter):
    """C-2: a State change fires nothing; the click reads the State's current value."""
    h = open_chapter("07_state")
    calls = len(h.calls)
    h.set_props("input-1-state", {"value": "Paris"})
    assert len(h.calls) == calls
    h.click("submit-button-state")
    assert 'Input 1 is "Paris"' in h.text("output-state") and "pressed 1 times" in h.text("output-state")


def test_08_dropdown_filters_the_cars(open_chapter):
    """I-1: the first figure comes from the callback's call at page load; then it follows the dropdown."""
    h = open_chapter("08_dropdown_scatter")
    assert figures.point_count(h.get_prop("fuel-efficiency-vs-horsepower-graph", "figure")) == 4  # Acura
    h.set_props("manufacturer-dropdown", {"value": "Toyota"})
    assert figures.point_count(h.get_prop("fuel-efficiency-vs-horsepower-graph", "figure")) == 6


def test_09_all_collects_every_dropdown_even_none(open_chapter):
    """P-2, I-3: an ALL Input with no matches still fires (with []); each new match adds a value."""
    h = open_chapter("09_pattern_matching")
    assert h.text("dropdown-container-output") == ""
    h.click("add-filter")
    h.click("add-filter")
    h.set_props({"type": "filter-dropdown", "index": 1}, {"value": "LA"})
    assert h.text("dropdown-container-output") == "Dropdown 1 = NoneDropdown 2 = LA"


def test_09_match_updates_only_its_own_chart(open_chapter):
    """P-3: MATCH pairs each chart with its own dropdowns."""
    h = open_chapter("09_pattern_matching")
    h.click("add-chart")
    h.click("add-chart")
    h.set_props({"type": "dynamic-dropdown-y", "index": 1}, {"value": "lifeExp"})
    assert figures.title(h.get_prop({"type": "dynamic-output", "index": 1}, "figure")) == "Canada year vs lifeExp"
    assert figures.title(h.get_prop({"type": "dynamic-output", "index": 0}, "figure")) == "Canada year vs gdpPercap"


def test_09_allsmaller_gives_running_totals(open_chapter):
    """P-1 ALLSMALLER: a row reads the values of every row with a smaller index."""
    h = open_chapter("09_pattern_matching")
    h.click("add-row")
    h.click("add-row")
    h.click("add-row")
    for index, value in enumerate((1, 2, 3)):
        h.set_props({"type": "amount", "index": index}, {"value": value})
    assert [h.text({"type": "running-total", "index": i}) for i in range(3)] == ["Total: 1", "Total: 3", "Total: 6"]


def test_10_pages_and_missing_inputs_rule(open_chapter):
    """I-3 (the Dash 1.12 rule): a callback whose Inputs are all missing is skipped without error."""
    h = open_chapter("10_multi_page")
    assert h.errors == []
    assert "Home" in h.text("page-content")
    assert not any(call.callback == "show_city" for call in h.calls)
    h.set_props("url", {"pathname": "/cities"})
    assert h.text("city-output") == "You chose LA."


def test_10_all_wildcard_handles_zero_or_one_component(open_chapter):
    """P-2 with zero matches: the store callback gets [] off the fruit page and keeps what it has."""
    h = open_chapter("10_multi_page")
    h.set_props("url", {"pathname": "/fruit"})
    h.set_props({"type": "favorite", "name": "fruit"}, {"value": "Mango"})
    h.set_props("url", {"pathname": "/"})
    assert h.get_prop("shared-store", "data") == {"fruit": "Mango"}
    assert h.calls[-1].status in ("prevented", "ok")
    h.set_props("url", {"pathname": "/nowhere"})
    assert h.has_component("not-found")


def test_11_the_chapter_tests_pass():
    """The example tests the chapter teaches run green (they use AppHarness and direct calls)."""
    path = ROOT / "chapters" / "11_testing" / "test_app.py"
    import sys

    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("chapter11_tests", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
        sys.modules.pop("app", None)
    tests = [value for name, value in vars(module).items() if name.startswith("test_")]
    assert len(tests) == 5
    for test in tests:
        test()


def test_12_store_keeps_each_tab_separate(open_chapter):
    """Statelessness: two harnesses on one app are two tabs; the Store is per tab, no global leaks."""
    from learndash.testing import AppHarness

    from .conftest import chapter_app

    app = chapter_app("12_stateless")
    first, second = AppHarness(app), AppHarness(app)
    first.set_props("item-input", {"value": "milk"})
    first.click("add-button")
    assert first.text("item-count") == "1 item"
    assert second.get_prop("items-store", "data") == []
    second.click("clear-button")
    assert first.get_prop("items-store", "data") == ["milk"]


def test_12_the_global_version_leaks_between_tabs():
    """The counter-example in the chapter: a global list is shared by every tab."""
    from learndash.grading.loading import load_submission
    from learndash.testing import AppHarness

    app = load_submission(ROOT / "chapters" / "12_stateless" / "global_list_broken.py", seconds=None).app
    first, second = AppHarness(app), AppHarness(app)
    first.set_props("item-input", {"value": "milk"})
    first.click("add-button")
    second.set_props("item-input", {"value": "eggs"})
    second.click("add-button")
    assert second.text("item-list") == "milkeggs"
