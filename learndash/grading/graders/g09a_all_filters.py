"""Grader for exercise 09a: dropdowns added with pattern-matching ids, summarised through ALL."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.tabs import add_numbered, expect_added_at_the_end, expect_own_numbering_per_tab, indexes_top_to_bottom
from learndash.grading.trial import Trial

EXERCISE = "09a"
TITLE = "As many filters as you like (ALL)"
FILE = "09a_all_filters.py"
WEIGHTS = ("Chapter 9 teaches components added at run time with pattern ids, and ALL reading every one of them: "
           "adding numbered dropdowns (R2, 3) and the ALL summary (R4, 3) weigh most; keeping choices (R3, 2); "
           "the empty case (R5) and the layout (R1) 1 each.")

CITIES = ["NYC", "MTL", "LA", "TOKYO"]


def city_filter(index: int) -> dict:
    return {"type": "city-filter", "index": index}


def filters_top_to_bottom(app) -> list:
    """The indexes of the city filters in the order the page shows them, top to bottom."""
    return indexes_top_to_bottom(app, "filter-container", "city-filter")


def option_values(options) -> list:
    return [option.get("value") if isinstance(option, dict) else option for option in options or []]


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "add-filter" (0 clicks), an empty "filter-container" (children=[]) and "filter-summary"."""
    app = t.start()
    for component_id in ("add-filter", "filter-container", "filter-summary"):
        t.expect_component(app, component_id)
    t.expect_served(app, "add-filter", "n_clicks", 0, hint="html.Button(\"Add filter\", id=\"add-filter\", n_clicks=0)")
    t.expect_served(app, "filter-container", "children", [],
                    hint="html.Div(id=\"filter-container\", children=[]): an empty list the callback can append to.")


@check(weight=1, covers=("R5",))
def summary_before_any_filter(t: Trial) -> None:
    """Before any click the summary reads "No filters yet."."""
    app = t.start()
    t.expect_prop(
        app, "filter-summary", "children", "No filters yet.",
        mistakes=[Mistake("a dropdown was added when the page loaded", shows=lambda text: isinstance(text, str) and text.startswith("Filter"),
                          fix="Add prevent_initial_call=True to the callback that adds dropdowns.")],
        hint="The ALL callback runs at page load with an empty list: `if not values: return \"No filters yet.\"`.",
    )


@check(weight=3, parts=9, covers=("R2",))
def clicks_add_numbered_dropdowns(t: Trial) -> None:
    """Each click adds one dropdown of the four cities at the end, with indexes 0, 1, 2, ... in click order."""
    app = t.start()
    hint = 'The first dropdown has id {"type": "city-filter", "index": 0}: use len(children) as the index, not n_clicks.'
    app.click("add-filter")
    if app.has_component({"type": "city-filter", "index": "0"}):
        hint = ('The first dropdown has id {"type": "city-filter", "index": 0}, the number 0: your index is the text "0". '
                "Use the number itself, index=len(children), not str(len(children)).")
    t.require(app.has_component("filter-container") and bool(app.get_prop("filter-container", "children")),
              'A click on "add-filter" added nothing to "filter-container": append a dcc.Dropdown to its children.')
    if t.expect_component(app, city_filter(0), hint=hint):
        t.expect_prop(app, city_filter(0), "options", CITIES, read=option_values, hint='options=["NYC", "MTL", "LA", "TOKYO"]')
        t.expect_prop(app, city_filter(0), "value", None, hint="Leave value out of the new dropdown: it starts with no "
                      'city chosen, and the summary says "none" for it until the user picks one.')
    else:
        t.expect(False, what="the first dropdown's options", expected=str(CITIES), actual="no dropdown with index 0", hint=hint)
        t.expect(False, what="the first dropdown's value", expected="None", actual="no dropdown with index 0", hint=hint)
    app.click("add-filter", times=2)
    found = [index for index in range(4) if app.has_component(city_filter(index))]
    if len(found) == 1:
        hint = (f"After three clicks only the dropdown with index {found[0]} is on the page: each click replaced "
                "the dropdowns. Append instead: return children + [new_dropdown].")
    t.expect_component(app, city_filter(1), hint=hint)
    t.expect_component(app, city_filter(2), hint=hint)
    t.expect(
        not app.has_component(city_filter(3)),
        what="no dropdown with index 3 after three clicks",
        expected="indexes 0, 1, 2", actual="a dropdown with index 3 exists",
        hint=hint + " And add no dropdown when the page loads (prevent_initial_call=True).",
    )
    expect_added_at_the_end(t, app, container="filter-container", id_type="city-filter", noun="dropdown")
    expect_own_numbering_per_tab(t, app, button="add-filter", component_of=city_filter, noun="dropdown", clicks_so_far=3)


def choose(app, dropdown: dict, city: str) -> None:
    """Pick `city` in `dropdown` as a user does: a dropdown with multi=True holds a list of the cities picked."""
    app.set_props(dropdown, {"value": [city] if app.get_prop(dropdown, "multi") else city})


def city_shown(value):
    """The city a dropdown shows: a multi dropdown holding one city shows that city, not a list."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def summary_of(values: list) -> str:
    return "; ".join(f"Filter {number}: {value or 'none'}" for number, value in enumerate(values, start=1))


@check(weight=3, parts=3, covers=("R4",))
def summary_lists_every_filter(t: Trial) -> None:
    """The summary lists every dropdown's value, in order.

    The expected line is built from the values the two dropdowns hold on the page, in the order the
    page shows them, so a dropdown that starts on a city is charged once, in the dropdown check (R2),
    not again here; so are dropdowns numbered from another index than 0 (found where the app put
    them) or added at the top.
    """
    app = t.start()
    hint = ('Read Input({"type": "city-filter", "index": ALL}, "value") and join "Filter k: value" with "; ", '
            'counting from 1.')
    first, second = add_numbered(t, app, button="add-filter", count=2, components=(city_filter,),
                                 missing="Two clicks on add-filter did not add two dropdowns, so the summary cannot be checked.")
    for step in ("load", (second, "LA"), (first, "NYC")):
        if step != "load":
            choose(app, city_filter(step[0]), step[1])
        # In the order the page shows them: dropdowns added at the top are the numbering check's (R2) mistake.
        shown = [index for index in filters_top_to_bottom(app) if index in (first, second)] or [first, second]
        expected = summary_of([city_shown(app.get_prop(city_filter(index), "value")) for index in shown])
        t.expect_prop(app, "filter-summary", "children", expected, hint=hint, mistakes=[
            Mistake("the lines were returned as separate pieces", shows=expected.replace("; ", ""),
                    fix='Return one string: "; ".join(lines). Pieces in a list are shown one after the other, with nothing between them.'),
            Mistake("a dropdown with no value was written as Python's None", shows=expected.replace(": none", ": None"),
                    fix='Write "none", in small letters, for a dropdown with no value: f"Filter {k}: {value or \'none\'}".'),
            Mistake('"No filters yet." was shown while dropdowns with no city chosen are on the page', shows="No filters yet.",
                    fix='`not any(values)` is also true for [None, None]: test for no dropdowns at all, `if not values:` '
                    "(an empty list)."),
            Mistake("a dropdown with multi=True gives a list of cities as its value", shows=lambda text: "['" in str(text),
                    fix="Leave multi out of the new dropdown: each filter holds one city, so its value is a text like "
                    '"NYC", not a list.'),
        ])


@check(weight=2, parts=2, covers=("R3",))
def choices_survive_a_new_filter(t: Trial) -> None:
    """Adding a filter keeps the values already chosen in the other dropdowns."""
    app = t.start()
    hint = ('Append to the existing children (State("filter-container", "children")) instead of building '
            "every dropdown again: rebuilt dropdowns lose what the user chose.")
    [first] = add_numbered(t, app, button="add-filter", count=1, components=(city_filter,),
                           missing="A click on add-filter added no dropdown, so keeping its value cannot be checked.")
    app.set_props(city_filter(first), {"value": "MTL"})
    if "MTL" not in option_values(app.get_prop(city_filter(first), "options")):  # Dash clears a value its dropdown does not offer
        hint = ('The first dropdown does not offer "MTL", so Dash clears the value as the dropdown is drawn again: '
                'give each new dropdown options=["NYC", "MTL", "LA", "TOKYO"].')
    app.click("add-filter")
    t.expect_prop(app, city_filter(first), "value", "MTL", hint=hint)
    # The kept value reaches the summary too; its exact wording is the summary check's (R4).
    t.expect_prop(app, "filter-summary", "children", "Filter 1: MTL; Filter 2: none", hint=hint, read=lambda _: app.text("filter-summary"),
                  compare=lambda shown, _: "MTL" in shown, what="filter-summary still shows MTL")
