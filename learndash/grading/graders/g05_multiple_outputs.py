"""Grader for exercise 05: one callback, three Outputs, one value per Output."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "05"
TITLE = "A temperature converter (multiple outputs)"
FILE = "05_multiple_outputs.py"

OUTPUT_IDS = ("fahrenheit", "kelvin", "water-state")
HINT_ORDER = "Return a tuple with one value per Output, in the order the Outputs are listed."


def converted(celsius: float) -> tuple[str, str, str]:
    state = "ice" if celsius <= 0 else "steam" if celsius >= 100 else "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{celsius + 273.15:.2f} K", state


@check(weight=1, parts=5)
def layout_has_the_components(t: Trial) -> None:
    """The layout has the box "celsius" (value 20) and the divs "fahrenheit", "kelvin", "water-state"."""
    app = t.start()
    if t.expect_component(app, "celsius"):
        t.expect_prop(app, "celsius", "value", 20, hint="Start the box at value=20.")
    for component_id in OUTPUT_IDS:
        t.expect_component(app, component_id)


@check(weight=2, depends_on="layout_has_the_components", parts=3)
def all_outputs_on_page_load(t: Trial) -> None:
    """All three divs are filled in when the page loads."""
    app = t.start()
    for component_id, expected in zip(OUTPUT_IDS, converted(20)):
        t.expect_prop(app, component_id, "children", expected, hint=HINT_ORDER)


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def fahrenheit_is_converted(t: Trial) -> None:
    """Fahrenheit is C * 9 / 5 + 32 with one decimal."""
    app = t.start()
    for celsius in (-40, 37.5):
        app.set_props("celsius", {"value": celsius})
        t.expect_prop(app, "fahrenheit", "children", converted(celsius)[0], hint='f"{celsius * 9 / 5 + 32:.1f} °F"')


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def kelvin_is_converted(t: Trial) -> None:
    """Kelvin is C + 273.15 with two decimals."""
    app = t.start()
    for celsius in (-40, 37.5):
        app.set_props("celsius", {"value": celsius})
        t.expect_prop(app, "kelvin", "children", converted(celsius)[1], hint='f"{celsius + 273.15:.2f} K"')


@check(weight=2, depends_on="layout_has_the_components", parts=4)
def water_state_is_named(t: Trial) -> None:
    """The state of water is "ice" at or below 0, "steam" at or above 100, "water" between."""
    app = t.start()
    for celsius in (0, 1, 99, 100):
        app.set_props("celsius", {"value": celsius})
        t.expect_prop(app, "water-state", "children", converted(celsius)[2],
                      hint="Mind the edges: 0 is ice (<= 0) and 100 is steam (>= 100).")


@check(weight=1, depends_on="layout_has_the_components", parts=3)
def empty_box_clears_everything(t: Trial) -> None:
    """An empty box clears all three divs."""
    app = t.start()
    app.set_props("celsius", {"value": None})
    for component_id in OUTPUT_IDS:
        t.expect_prop(app, component_id, "children", "", hint='if celsius is None: return "", "", ""')
