"""Grader for exercise 09a: dropdowns added with pattern-matching ids, summarised through ALL."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "09a"
TITLE = "As many filters as you like (ALL)"
FILE = "09a_all_filters.py"


def city_filter(index: int) -> dict:
    return {"type": "city-filter", "index": index}


@check(weight=1, parts=3)
def layout_has_the_components(t: Trial) -> None:
    """The layout has "add-filter", "filter-container" and "filter-summary"."""
    app = t.start()
    for component_id in ("add-filter", "filter-container", "filter-summary"):
        t.expect_component(app, component_id)


@check(weight=1, depends_on="layout_has_the_components")
def summary_before_any_filter(t: Trial) -> None:
    """Before any click the summary reads "No filters yet."."""
    app = t.start()
    t.expect_prop(
        app, "filter-summary", "children", "No filters yet.",
        hint="The ALL callback runs at page load with an empty list: `if not values: return \"No filters yet.\"`. "
        "Also make sure no dropdown is added at load (prevent_initial_call=True on the add callback).",
    )


@check(weight=3, depends_on="layout_has_the_components", parts=4)
def clicks_add_numbered_dropdowns(t: Trial) -> None:
    """Each click adds one dropdown, with indexes 0, 1, 2, ... in click order."""
    app = t.start()
    hint = 'The first dropdown has id {"type": "city-filter", "index": 0}: use len(children) as the index, not n_clicks.'
    app.click("add-filter")
    t.expect_component(app, city_filter(0), hint=hint)
    app.click("add-filter", times=2)
    t.expect_component(app, city_filter(1), hint=hint)
    t.expect_component(app, city_filter(2), hint=hint)
    t.expect(
        not app.has_component(city_filter(3)),
        what="no dropdown with index 3 after three clicks",
        expected="indexes 0, 1, 2", actual="a dropdown with index 3 exists",
        hint=hint,
    )


@check(weight=3, depends_on="clicks_add_numbered_dropdowns", parts=3)
def summary_lists_every_filter(t: Trial) -> None:
    """The summary lists every dropdown's value, in order."""
    app = t.start()
    hint = 'Read Input({"type": "city-filter", "index": ALL}, "value") and join "Filter k: value" with "; ".'
    app.click("add-filter", times=2)
    t.expect_prop(app, "filter-summary", "children", "Filter 1: none; Filter 2: none", hint=hint)
    app.set_props(city_filter(1), {"value": "LA"})
    t.expect_prop(app, "filter-summary", "children", "Filter 1: none; Filter 2: LA", hint=hint)
    app.set_props(city_filter(0), {"value": "NYC"})
    t.expect_prop(app, "filter-summary", "children", "Filter 1: NYC; Filter 2: LA", hint=hint)


@check(weight=2, depends_on="clicks_add_numbered_dropdowns", parts=2)
def choices_survive_a_new_filter(t: Trial) -> None:
    """Adding a filter keeps the values already chosen in the other dropdowns."""
    app = t.start()
    hint = ('Append to the existing children (State("filter-container", "children")) instead of building '
            "every dropdown again: rebuilt dropdowns lose what the user chose.")
    app.click("add-filter")
    app.set_props(city_filter(0), {"value": "MTL"})
    app.click("add-filter")
    t.expect_prop(app, city_filter(0), "value", "MTL", hint=hint)
    t.expect_prop(app, "filter-summary", "children", "Filter 1: MTL; Filter 2: none", hint=hint)
