"""Grader for exercise 07: a button Input with State fields, and nothing before the first click."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.tabs import expect_same_in_another_tab
from learndash.grading.trial import NOT_SET, StudentApp, Trial, is_empty

EXERCISE = "07"
TITLE = "A sign-up form (State)"
FILE = "07_state.py"
WEIGHTS = ("Chapter 7 teaches State: read when the button triggers, never triggering itself. Submitting both "
           "names on a click (R2, 3) and typing that submits nothing (R3, 3) weigh most; nothing before the first "
           "click (R4) 2; the layout the stub gives 1.")


def empty(actual, expected) -> bool:
    return actual in (None, "", [])


@check(weight=1, parts=8, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "first-name" (Ada), "last-name" (Lovelace), "submit-button" (0 clicks) and "form-output"."""
    app = t.start()
    for component_id in ("first-name", "last-name", "submit-button", "form-output"):
        t.expect_component(app, component_id)
    t.expect_served(app, "first-name", "value", "Ada", hint='value="Ada"')
    t.expect_served(app, "last-name", "value", "Lovelace", hint='value="Lovelace"')
    t.expect_served(app, "submit-button", "n_clicks", 0,
                    hint="html.Button(\"Submit\", id=\"submit-button\", n_clicks=0): the count starts at 0, not None.")
    if app.has_component("submit-button"):
        text = app.text("submit-button")
        t.expect("submit" in text.lower(), what="the text of the button", expected="'Submit'", actual=repr(text),
                 hint='The button says what it does: html.Button("Submit", id="submit-button", n_clicks=0).')


@check(weight=2, covers=("R4",))
def empty_before_the_first_click(t: Trial) -> None:
    """Nothing is shown before the first click."""
    app = t.start()
    if not is_empty(app.served_prop("form-output", "children", NOT_SET)):
        t.expect_served(app, "form-output", "children", "empty", compare=is_empty,
                        hint="Put no text in html.Div(id=\"form-output\"): it stays empty until the first click.")
        return
    t.expect_prop(app, "form-output", "children", "nothing (None or \"\")", compare=empty,
                  hint="Add prevent_initial_call=True to the callback, so it does not run when the page loads.")


def submission_mistakes(names: str, clicks: int) -> list[Mistake]:
    """What the line shows when the count or the names come from the wrong place."""
    return [
        Mistake("the count was off by one", shows=lambda text: text in (f"Submitted: {names} (submission {clicks + 1})",
                                                                       f"Submitted: {names} (submission {clicks - 1})"),
                fix="n_clicks already counts this click (1 after the first): write (submission {n_clicks}), adding nothing."),
        Mistake("the names were the ones from before the typing", shows=lambda text: names != "Ada Lovelace"
                and text == f"Submitted: Ada Lovelace (submission {clicks})",
                fix="Both names must be read at click time: each is a State of the callback."),
    ]


def submit_ada_lovelace(app: StudentApp) -> None:
    """Click Submit with the task's names in the boxes: a box that starts on another name is R1's
    mistake, so the task's name is typed into it first and the click is judged alone."""
    for box, name in (("first-name", "Ada"), ("last-name", "Lovelace")):
        if app.served_prop(box, "value") != name:
            app.set_props(box, {"value": name})
    app.click("submit-button")


@check(weight=3, parts=3, covers=("R2",))
def click_submits_both_names(t: Trial) -> None:
    """A click shows both names and the number of clicks, counted per tab."""
    hint = ('Return f"Submitted: {first} {last} (submission {n_clicks})", with Input("submit-button", "n_clicks"), '
            'then State("first-name", "value"), State("last-name", "value").')
    app = t.start()
    submit_ada_lovelace(app)
    # The text a person reads counts, whether it arrives as one string or as several pieces.
    t.expect_text(app, "form-output", "Submitted: Ada Lovelace (submission 1)", hint=hint,
                  mistakes=submission_mistakes("Ada Lovelace", 1))
    first_click_showed = app.text("form-output")
    app.set_props("first-name", {"value": "Grace"})
    app.set_props("last-name", {"value": "Hopper"})
    app.click("submit-button")
    t.expect_text(app, "form-output", "Submitted: Grace Hopper (submission 2)", hint=hint,
                  mistakes=submission_mistakes("Grace Hopper", 2))
    expect_same_in_another_tab(t, first_click_showed, replay=submit_ada_lovelace, target="form-output",
                               what="form-output after the first click")


@check(weight=3, parts=2, covers=("R3",))
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
