"""Grader for exercise 05b: one callback, two Outputs, no_update for one of them, PreventUpdate for both."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial, browser_rejects, changed_nothing

EXERCISE = "05b"
TITLE = "An age form that keeps what it can (no_update, PreventUpdate)"
FILE = "05b_no_update.py"
WEIGHTS = ("This exercise teaches leaving outputs unchanged: no_update for one Output (R3, 3) and PreventUpdate for "
           "all (R4, 3) weigh most; the valid case in one two-Output callback (R2) 2, the given layout (R1) 1.")

ERROR = "Age must be between 0 and 130."


def both(app) -> tuple:
    return app.get_prop("age-message", "children"), app.get_prop("age-error", "children")


def require_both_divs(t: Trial, app) -> None:
    for div in ("age-message", "age-error"):
        t.require(app.has_component(div), f'There is no component with id "{div}" in the layout, so this cannot be checked.')


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the number box "age" (value 30) and the divs "age-message" and "age-error"."""
    app = t.start()
    if t.expect_component(app, "age"):
        t.expect_served(app, "age", "value", 30, hint="value=30")
        t.expect_served(app, "age", "type", "number", hint='type="number" hands the callback a number.')
    t.expect_component(app, "age-message")
    t.expect_component(app, "age-error")


@check(weight=2, parts=4, covers=("R2",))
def valid_age_is_shown(t: Trial) -> None:
    """One callback writes both divs; a valid age (0 and 130 included) shows "You are N." and clears the error."""
    app = t.start()
    require_both_divs(t, app)
    writers = {c.name for target in ("age-message", "age-error") for c in app.callbacks_writing(f"{target}.children")}
    t.expect(len(writers) == 1 and bool(app.callbacks_writing("age-error.children")),
             what="the callbacks that write the two divs", expected="one callback with two Outputs",
             actual=", ".join(sorted(writers)) or "none",
             hint='One @app.callback with Output("age-message", "children") and Output("age-error", "children").')
    starts_at_30 = app.served_prop("age", "value") == 30  # another first value is R1's mistake, so 30 is typed
    for age in (30, 0, 130):
        if age != 30 or not starts_at_30:  # 30 is the box's first value: the page load shows it
            app.type_number("age", age)
        shown = both(app)
        right = shown == (f"You are {age}.", "")
        t.expect(right, what=f"the two divs after {app.last_action}",
                 expected=str((f"You are {age}.", "")), actual=str(shown), trace=app.trace_of_last_action(),
                 hint="\n".join(filter(None, [
                     "" if right else app.observation_about("age-message", "children"),
                     valid_age_hint(age, shown, prevented=any(call.status == "prevented" for call in app.calls_of_last_action()),
                                    error_set_to_none=wrote_none(app, "age-error.children"))])))


def wrote_none(app, target: str) -> bool:
    """Whether a callback of the last action returned None for `target` (no_update leaves it out instead)."""
    return any(target in (call.outputs or {}) and call.outputs[target] is None for call in app.calls_of_last_action())


def valid_age_hint(age: int, shown: tuple, *, prevented: bool, error_set_to_none: bool) -> str:
    """What a valid age showing the wrong pair says about the callback."""
    if age == 0 and prevented:
        return "0 is an age, not an empty box: `if not age` is true for 0 as well. Test `if age is None: raise PreventUpdate`."
    if shown[0] == f"You are {age}." and error_set_to_none:
        return ('The message is right but the error is None, not "" (the empty string): return "" for the error '
                "(the task's \"no error\" for a valid age).")
    if shown[0] == f"You are {age}." and shown[1] != "":
        return ('The message is right but the error was not cleared: return "" for the error (not no_update), '
                "so an error shown for -1 goes away once the age is valid.")
    return 'Return f"You are {age}.", "" for an age from 0 to 130 (0 and 130 included).'


@check(weight=3, parts=4, covers=("R3",))
def out_of_range_keeps_the_message(t: Trial) -> None:
    """An age out of range shows the error and leaves the last message as it was.

    The ages are typed as a user types them: a box with its own min / max hands the callback None
    for them (K-2), so the error never shows. "As it was" is what the message showed for 42, right
    or not: its wording is R2's.
    """
    app = t.start()
    app.type_number("age", 42)
    kept = app.get_prop("age-message", "children") if app.has_component("age-message") else None
    kept = kept if kept not in ("", None) else "You are 42."
    for age in (-5, 131):
        app.type_number("age", age)
        t.expect_prop(app, "age-message", "children", kept, what="the message",
                      mistakes=[Mistake("the message was cleared", shows=lambda text: text in ("", None),
                                        fix='Return no_update for the message, not "" or None.'),
                                Mistake("the message was rewritten", shows=lambda text: text not in ("", None),
                                        fix="Return no_update for the message: it keeps what it showed.")],
                      hint="Return no_update for the message: it keeps what it showed.")
        limited = browser_rejects(age, app.harness.get_props("age") if app.has_component("age") else {})
        t.expect_prop(app, "age-error", "children", ERROR, what="the error",
                      hint=f'Return no_update, "{ERROR}" when age < 0 or age > 130.' + (LIMITS_HINT if limited else ""))


#: Why a box with min / max shows no error: what the browser does with a number outside them.
LIMITS_HINT = (" A box with min / max of its own never hands the callback a number outside them: the browser finds "
               "it invalid and Dash writes None. Leave min and max off the box; the callback checks the range.")


@check(weight=3, covers=("R4",))
def empty_box_changes_nothing(t: Trial) -> None:
    """Emptying the box changes neither div: the callback raises PreventUpdate.

    Returning no_update for both Outputs is accepted too: Dash itself turns that answer into
    PreventUpdate (nothing is sent back), so the page cannot tell the two apart.
    """
    app = t.start()
    require_both_divs(t, app)
    app.set_props("age", {"value": -1})
    app.set_props("age", {"value": 7})
    before = both(app)
    app.set_props("age", {"value": None})
    calls = app.calls_of_last_action()
    statuses = [call.status for call in calls]
    prevented = bool(calls) and all(changed_nothing(call) for call in calls)
    unchanged = both(app) == before
    t.expect(unchanged and prevented, what="the two divs after emptying the box",
             expected=f"unchanged, {before}, the callback prevented",
             actual=f"{both(app)}, the callback ended: {', '.join(statuses) or 'it did not run'}",
             trace=app.trace_of_last_action(),
             hint="if age is None: raise PreventUpdate (no Output changes)." if not unchanged else
             "The divs happen to look the same, but the callback wrote them again: raise PreventUpdate when age is None.")
