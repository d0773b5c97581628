"""Grader for exercise 07: a button Input with State fields, and nothing before the first click."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "07"
TITLE = "A sign-up form (State)"
FILE = "07_state.py"


def empty(actual, expected) -> bool:
    return actual in (None, "", [])


@check(weight=1, parts=4)
def layout_has_the_components(t: Trial) -> None:
    """The layout has "first-name", "last-name", "submit-button" and "form-output"."""
    app = t.start()
    for component_id in ("first-name", "last-name", "submit-button", "form-output"):
        t.expect_component(app, component_id)


@check(weight=2, depends_on="layout_has_the_components")
def empty_before_the_first_click(t: Trial) -> None:
    """Nothing is shown before the first click."""
    app = t.start()
    t.expect_prop(app, "form-output", "children", "nothing (None or \"\")", compare=empty,
                  hint="Add prevent_initial_call=True to the callback, so it does not run when the page loads.")


@check(weight=3, depends_on="layout_has_the_components", parts=2)
def click_submits_both_names(t: Trial) -> None:
    """A click shows both names and the number of clicks."""
    app = t.start()
    app.click("submit-button")
    t.expect_prop(app, "form-output", "children", "Submitted: Ada Lovelace (submission 1)",
                  hint='Input("submit-button", "n_clicks"), then State("first-name", "value"), State("last-name", "value").')
    app.set_props("first-name", {"value": "Grace"})
    app.set_props("last-name", {"value": "Hopper"})
    app.click("submit-button")
    t.expect_prop(app, "form-output", "children", "Submitted: Grace Hopper (submission 2)",
                  hint="Both names must be read at click time: each is a State of the callback.")


@check(weight=3, depends_on="layout_has_the_components", parts=2)
def typing_does_not_submit(t: Trial) -> None:
    """Typing in the boxes changes nothing until the next click."""
    app = t.start()
    app.click("submit-button")
    before = app.get_prop("form-output", "children")
    hint = "The names must be State, not Input: a State is read when the callback runs but never triggers it."
    app.set_props("first-name", {"value": "Grace"})
    t.expect_prop(app, "form-output", "children", before, hint=hint)
    app.set_props("last-name", {"value": "Hopper"})
    t.expect_prop(app, "form-output", "children", before, hint=hint)
