"""Each chapter app behaves as its lesson says: the scenarios, and their run on the headless AppHarness.

A scenario is a plain function of `open_tab`, which opens the chapter's app in a new tab and returns
a page with the AppHarness API (`set_props`, `click`, `get_prop`, `text`, `calls`, ...). The same
list, `SCENARIOS`, runs here on `AppHarness` and in `test_chapters_in_browser.py` in Chromium, on
learndash's renderer and on real Dash (the app file unchanged but for its import line), so what a
student learns transfers.

The docstrings name the Dash rule (ids from shared/dash-semantics.md) each scenario pins.
"""
from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import plotly.express as px
import pytest

from learndash.grading import figures
from learndash.grading.loading import load_submission
from learndash.testing import AppHarness

from .conftest import ROOT

GAPMINDER = px.data.gapminder()

OpenTab = Callable[[], Any]  # opens the scenario's app in a new tab: an AppHarness or a BrowserHarness


@dataclass(frozen=True)
class Scenario:
    """One behaviour of one chapter app, checked through the harness API only."""

    app_file: str  # relative to chapters/, e.g. "06_chained_callbacks/app.py"
    check: Callable[[OpenTab], None]

    @property
    def app_path(self) -> Path:
        return ROOT / "chapters" / self.app_file

    @property
    def name(self) -> str:
        """The test id: "06_chain_never_shows_an_inconsistent_pair"."""
        return f"{self.app_file[:2]}_{self.check.__name__}"


SCENARIOS: list[Scenario] = []


def scenario(app_file: str) -> Callable[[Callable[[OpenTab], None]], Callable[[OpenTab], None]]:
    """Add the decorated check to SCENARIOS for `app_file` ("NN_name" means "NN_name/app.py")."""

    def add(check: Callable[[OpenTab], None]) -> Callable[[OpenTab], None]:
        SCENARIOS.append(Scenario(app_file if app_file.endswith(".py") else f"{app_file}/app.py", check))
        return check

    return add


def one_line(text: str) -> str:
    """A browser puts a line break between block elements; the headless harness reads text run together."""
    return text.replace("\n", "")


# -- the scenarios, in course order ---------------------------------------------------------------


@scenario("01_layout")
def layout_has_no_callbacks_and_serves_its_tree(open_tab: OpenTab) -> None:
    """W-2: the layout is a tree of components; props given in Python are on the page as given."""
    page = open_tab()
    assert page.calls == []
    assert page.get_prop("city", "value") == "Montréal"
    assert figures.point_count(page.get_prop("europe-graph", "figure")) == 30


@scenario("02_basic_callbacks")
def callback_runs_on_page_load_and_on_every_edit(open_tab: OpenTab) -> None:
    """I-1, C-2: every callback runs once at load with the initial values, then once per input change."""
    page = open_tab()
    assert page.get_prop("my-output", "children") == "Output: initial value"
    page.set_props("my-input", {"value": "hello"})
    assert page.text("my-output") == "Output: hello"
    assert [call.callback for call in page.calls] == ["update_output_div", "update_output_div"]


@scenario("03_slider_graph")
def slider_filters_without_touching_the_global_data(open_tab: OpenTab) -> None:
    """C-2 and the no-mutation rule: each year shows that year's countries, and going back works."""
    page = open_tab()
    for year in (1952, 2007, 1952):
        page.set_props("year-slider", {"value": year})
        expected = int((GAPMINDER.year == year).sum())
        assert figures.point_count(page.get_prop("graph-with-slider", "figure")) == expected


@scenario("04_multiple_inputs")
def any_of_five_inputs_redraws_with_all_current_values(open_tab: OpenTab) -> None:
    """C-2: the callback receives the current value of every Input, whichever one changed."""
    page = open_tab()
    assert figures.axis_type(page.get_prop("indicator-graphic", "figure"), "xaxis") == "log"
    page.set_props("xaxis-type", {"value": "Linear"})
    assert figures.axis_type(page.get_prop("indicator-graphic", "figure"), "xaxis") == "linear"
    page.set_props("year-slider", {"value": 1952})
    call = page.calls[-1]
    assert call.inputs["xaxis-type.value"] == "Linear" and call.inputs["year-slider.value"] == 1952
    assert figures.point_count(page.get_prop("indicator-graphic", "figure")) == int((GAPMINDER.year == 1952).sum())


@scenario("05_multiple_outputs")
def one_callback_fills_five_outputs(open_tab: OpenTab) -> None:
    """O-1: a list of Outputs takes one returned value each, in order."""
    page = open_tab()
    cells = ("square", "cube", "twos", "threes", "x^x")
    assert [page.get_prop(cell, "children") for cell in cells] == [25, 125, 32, 243, 3125]
    page.set_props("num-multi", {"value": 2})
    assert [page.get_prop(cell, "children") for cell in cells] == [4, 8, 4, 9, 4]
    assert len(page.calls) == 2


@scenario("06_chained_callbacks")
def chain_never_shows_an_inconsistent_pair(open_tab: OpenTab) -> None:
    """C-4 step 5, C-11a: the sentence waits for the city to be reset; one call per change."""
    page = open_tab()
    assert page.text("display-selected-values") == "New York City is a city in America"
    before = len(page.calls)
    page.set_props("countries-radio", {"value": "Canada"})
    assert page.text("display-selected-values") == "Montréal is a city in Canada"
    displayed = [call for call in page.calls[before:] if call.callback == "set_display_children"]
    assert len(displayed) == 1
    assert displayed[0].inputs == {"countries-radio.value": "Canada", "cities-radio.value": "Montréal"}


@scenario("07_state")
def state_is_read_but_never_triggers(open_tab: OpenTab) -> None:
    """C-2: a State change fires nothing; the click reads the State's current value."""
    page = open_tab()
    calls = len(page.calls)
    page.set_props("input-1-state", {"value": "Paris"})
    assert len(page.calls) == calls
    assert 'Input 1 is "Montréal"' in page.text("output-state")
    page.click("submit-button-state")
    assert 'Input 1 is "Paris"' in page.text("output-state") and "pressed 1 times" in page.text("output-state")


@scenario("08_dropdown_scatter")
def dropdown_filters_the_cars(open_tab: OpenTab) -> None:
    """I-1: the first figure comes from the callback's call at page load; then it follows the dropdown."""
    page = open_tab()
    assert figures.point_count(page.get_prop("fuel-efficiency-vs-horsepower-graph", "figure")) == 4  # Acura
    page.set_props("manufacturer-dropdown", {"value": "Toyota"})
    assert figures.point_count(page.get_prop("fuel-efficiency-vs-horsepower-graph", "figure")) == 6


@scenario("09_pattern_matching")
def all_collects_every_dropdown_even_none(open_tab: OpenTab) -> None:
    """P-2, I-3: an ALL Input with no matches still fires (with []); each new match adds a value."""
    page = open_tab()
    assert page.text("dropdown-container-output") == ""
    page.click("add-filter")
    page.click("add-filter")
    page.set_props({"type": "filter-dropdown", "index": 1}, {"value": "LA"})
    assert one_line(page.text("dropdown-container-output")) == "Dropdown 1 = NoneDropdown 2 = LA"


@scenario("09_pattern_matching")
def match_updates_only_its_own_chart(open_tab: OpenTab) -> None:
    """P-3: MATCH pairs each chart with its own dropdowns."""
    page = open_tab()
    page.click("add-chart")
    page.click("add-chart")
    page.set_props({"type": "dynamic-dropdown-y", "index": 1}, {"value": "lifeExp"})
    assert figures.title(page.get_prop({"type": "dynamic-output", "index": 1}, "figure")) == "Canada year vs lifeExp"
    assert figures.title(page.get_prop({"type": "dynamic-output", "index": 0}, "figure")) == "Canada year vs gdpPercap"


@scenario("09_pattern_matching")
def allsmaller_gives_running_totals(open_tab: OpenTab) -> None:
    """P-1 ALLSMALLER: a row reads the values of every row with a smaller index."""
    page = open_tab()
    for _ in range(3):
        page.click("add-row")
    for index, value in enumerate((1, 2, 3)):
        page.set_props({"type": "amount", "index": index}, {"value": value})
    assert [page.text({"type": "running-total", "index": i}) for i in range(3)] == ["Total: 1", "Total: 3", "Total: 6"]
    page.set_props({"type": "amount", "index": 0}, {"value": 10})
    assert [page.text({"type": "running-total", "index": i}) for i in range(3)] == ["Total: 10", "Total: 12", "Total: 15"]


@scenario("10_multi_page")
def pages_and_missing_inputs_rule(open_tab: OpenTab) -> None:
    """I-3 (the Dash 1.12 rule): a callback whose Inputs are all missing is skipped without error."""
    page = open_tab()
    assert page.errors == []
    assert "Home" in page.text("page-content")
    assert not any(call.callback == "show_city" for call in page.calls)
    page.set_props("url", {"pathname": "/cities"})
    assert page.text("city-output") == "You chose LA."
    assert page.errors == []


@scenario("10_multi_page")
def all_wildcard_handles_zero_or_one_component(open_tab: OpenTab) -> None:
    """P-2 with zero matches: the store callback gets [] off the fruit page and keeps what it has."""
    page = open_tab()
    page.set_props("url", {"pathname": "/fruit"})
    page.set_props({"type": "favorite", "name": "fruit"}, {"value": "Mango"})
    page.set_props("url", {"pathname": "/"})
    assert page.get_prop("shared-store", "data") == {"fruit": "Mango"}
    assert page.text("store-summary") == "Remembered across pages: {'fruit': 'Mango'}"
    assert page.calls[-1].status in ("prevented", "ok")
    page.set_props("url", {"pathname": "/nowhere"})
    assert page.has_component("not-found")


@scenario("11_testing")
def tip_follows_the_inputs_and_survives_an_empty_bill(open_tab: OpenTab) -> None:
    """I-1, C-2, O-5 (PreventUpdate): the chapter's own harness tests, on any harness."""
    page = open_tab()
    assert page.text("tip-output") == "Tip: $7.50, total: $57.50"
    page.set_props("bill", {"value": 80})
    page.set_props("tip-percent", {"value": 20})
    assert page.get_prop("tip-output", "children") == "Tip: $16.00, total: $96.00"
    page.set_props("bill", {"value": None})
    assert page.calls[-1].status == "prevented"
    assert page.get_prop("tip-output", "children") == "Tip: $16.00, total: $96.00"


@scenario("12_stateless")
def store_keeps_each_tab_separate(open_tab: OpenTab) -> None:
    """Statelessness: two tabs on one server; the Store is per tab, so no list leaks between them."""
    first, second = open_tab(), open_tab()
    first.set_props("item-input", {"value": "milk"})
    first.click("add-button")
    assert first.text("item-count") == "1 item"
    assert first.get_prop("item-input", "value") == ""
    assert second.get_prop("items-store", "data") == []
    second.click("clear-button")
    assert first.get_prop("items-store", "data") == ["milk"]
    assert second.text("item-count") == "0 items"


@scenario("12_stateless/global_list_broken.py")
def the_global_version_leaks_between_tabs(open_tab: OpenTab) -> None:
    """The chapter's counter-example: a global list is shared by every tab of one server process."""
    first, second = open_tab(), open_tab()
    first.set_props("item-input", {"value": "milk"})
    first.click("add-button")
    second.set_props("item-input", {"value": "eggs"})
    second.click("add-button")
    assert one_line(second.text("item-list")) == "milkeggs"


@scenario("13_beyond_the_basics")
def patches_send_only_the_change_and_running_marks_the_busy_button(open_tab: OpenTab) -> None:
    """O-7: each Record sends one Append per prop, and the page adds it to what it shows; a State
    then reads the whole patched figure. C-2 item 3: after Analyse the button is enabled again."""
    page = open_tab()
    page.click("record")
    page.set_props("reading", {"value": 25})
    page.click("record")
    assert page.get_prop("chart", "figure")["data"][0]["y"] == [20, 25]
    assert one_line(page.text("log")) == "Reading 1: 20Reading 2: 25"
    sent = page.calls[-1].outputs["chart.figure"]
    assert sent["operations"] == [{"operation": "Append", "location": ["data", 0, "y"], "params": {"value": 25}}]
    page.click("analyse")
    assert page.text("analysis") == "2 readings, mean 22.5, highest 25."
    assert page.get_prop("analyse", "disabled") is False and page.text("status") == ""
    page.click("clear")
    assert page.get_prop("chart", "figure")["data"][0]["y"] == [] and page.get_prop("log", "children") == []
    page.click("analyse")
    assert page.text("analysis") == "No readings to analyse."


@scenario("13_beyond_the_basics/clientside.py")
def the_converter_runs_in_javascript_and_chains_into_python(open_tab: OpenTab) -> None:
    """C-10: the clientside converter fills Fahrenheit at load; typing Fahrenheit writes Celsius
    (callback_context.triggered_id, no_update for the other box), and the Python advise() runs
    after it. I-6: at load advise() does not run, because convert() left its only Input alone."""
    page = open_tab()
    assert page.get_prop("fahrenheit", "value") == 68
    assert page.get_prop("advice", "children") is None
    page.set_props("fahrenheit", {"value": 50})
    assert page.get_prop("celsius", "value") == 10
    assert page.text("advice") == "Take a coat."
    page.set_props("celsius", {"value": 30})
    assert page.get_prop("fahrenheit", "value") == 86
    assert page.text("advice") == "T-shirt weather."
    page.set_props("celsius", {"value": None})
    assert page.get_prop("fahrenheit", "value") == 86 and page.text("advice") == "Type a temperature."
    assert [call.callback for call in page.calls if call.callback == "advise"] == ["advise"] * 3


# -- on the headless harness ------------------------------------------------------------------------


def headless_tabs(path: Path) -> OpenTab:
    """Each call is a new tab (an AppHarness) on one loaded copy of the app: one server process."""
    app = load_submission(path, seconds=None).app
    return lambda: AppHarness(app)


@pytest.mark.parametrize("case", SCENARIOS, ids=lambda case: case.name)
def test_chapter_behaves_as_its_lesson_says(case: Scenario) -> None:
    """Every chapter scenario, on the headless AppHarness."""
    case.check(headless_tabs(case.app_path))


def test_every_chapter_has_a_scenario() -> None:
    """Issue 4: each chapter app has tests of its behaviour."""
    chapters = {path.name for path in (ROOT / "chapters").iterdir() if (path / "app.py").is_file()}
    assert chapters == {case.app_file.split("/")[0] for case in SCENARIOS}


def test_11_the_chapter_tests_pass() -> None:
    """The example tests chapter 11 teaches run green (they use AppHarness and direct calls)."""
    path = ROOT / "chapters" / "11_testing" / "test_app.py"
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
