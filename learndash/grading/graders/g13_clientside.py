"""Grader for exercise 13: a clientside tip calculator. The student's JavaScript runs in the
headless harness's V8 engine, so it is graded without a browser."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial, changed_nothing

EXERCISE = "13"
TITLE = "A tip calculator in the browser (clientside callbacks)"
FILE = "13_clientside.py"

WEIGHTS = ("This exercise teaches the clientside computation itself: the tip and total following the inputs "
           "(R3, 3) weigh most; the callback being clientside with the right dependencies (R2), the empty bill "
           "(R4), the layout's components and its first values (R1) 1 each.")

OUTPUTS = {"tip.children", "total.children"}


#: The first values the layout gives (R1).
GIVEN = {"bill": 40, "tip-percent": 15}


@check(weight=1, parts=4, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the bill box, the tip radios and both result spans."""
    app = t.start()
    for component_id in ("bill", "tip-percent", "tip", "total"):
        t.expect_component(app, component_id)


@check(weight=1, parts=2, covers=("R1",))
def layout_starts_at_the_given_values(t: Trial) -> None:
    """The bill starts at 40 and the percent at 15, as the layout gives them (the sums are judged from there)."""
    app = t.start()
    for component_id, value in GIVEN.items():
        t.expect_served(app, component_id, "value", value, hint=f"The layout is given: keep value={value} on {component_id!r}.")


def with_the_given_values(app) -> None:
    """Put the bill and percent at the layout's given values if the app starts elsewhere (R1's mistake,
    charged there), so the checks of the sums judge them from the same start."""
    for component_id, value in GIVEN.items():
        if app.has_component(component_id) and app.get_prop(component_id, "value") != value:
            app.set_props(component_id, {"value": value})


@check(weight=1, covers=("R2",))
def the_callback_runs_in_the_browser(t: Trial) -> None:
    """tip and total are written by one clientside callback, not a Python one."""
    callbacks = t.start().harness.page.callbacks  # as the page read them
    # Either order of the two Outputs is fine, as long as the function returns them in that order.
    writing_both = [c for c in callbacks if {output.prop_id for output in c.outputs} == OUTPUTS]
    found = next((c for c in writing_both if c.clientside_function), writing_both[0] if writing_both else None)
    t.expect(
        bool(found and found.clientside_function),
        what="one clientside callback with both Outputs, tip.children and total.children",
        expected="app.clientside_callback(...)",
        actual="a Python callback" if found else callbacks_instead(callbacks),
        hint='Write app.clientside_callback("function (bill, percent) { ... }", Output("tip", "children"), '
        'Output("total", "children"), Input("bill", "value"), Input("tip-percent", "value")).',
    )


def callbacks_instead(callbacks) -> str:
    """What writes the spans when no one callback writes both: several callbacks share them, or none writes them."""
    sharing = [c for c in callbacks if {output.prop_id for output in c.outputs} & OUTPUTS]
    if len(sharing) > 1:
        return f"{len(sharing)} callbacks share the spans ({', '.join(c.output_id for c in sharing)}): one callback should return both"
    return f"callbacks writing {sorted(c.output_id for c in callbacks) or 'nothing'}"


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def amount_of(value) -> float | None:
    """The amount a span shows: a number, or a string that reads as one ("6", "6.00"); else None."""
    if is_number(value):
        return float(value)
    try:
        return float(value) if isinstance(value, str) else None
    except ValueError:
        return None


def same_amount(shown, expected: float) -> bool:
    """The amounts are judged here; whether they came back as numbers is a part of its own."""
    return amount_of(shown) == expected


@check(weight=3, depends_on="layout_has_the_components", parts=9, covers=("R2", "R3"))
def tip_and_total_follow_the_inputs(t: Trial) -> None:
    """Tip is bill * percent / 100 and total is bill + tip, in cents, at load and after each change, as numbers."""
    hint = "Return [tip, total] as numbers: tip = Math.round(bill * percent) / 100, total = Math.round((bill + tip) * 100) / 100."
    app = t.start()
    with_the_given_values(app)
    percent_hint = hint if app.callbacks_reading("tip-percent.value") else "The tip percent must be an Input too."
    steps = [(None, 6, 46, hint), (("tip-percent", 20), 8, 48, percent_hint), (("bill", 25.55), 5.11, 30.66, hint),
             # 25.55 at 15 % is a tip of 3.8325 and, unrounded, a total of 29.380000000000003: both must be cents.
             (("tip-percent", 15), 3.83, 29.38, hint)]
    returned = []
    for change, tip, total, step_hint in steps:
        if change is not None:
            app.set_props(change[0], {"value": change[1]})
        t.expect_prop(app, "tip", "children", tip, compare=same_amount, hint=step_hint, mistakes=not_in_cents(tip, "the tip"))
        percent = app.get_prop("tip-percent", "value")
        t.expect_prop(app, "total", "children", total, compare=same_amount, hint=step_hint,
                      mistakes=[*not_in_cents(total, "the total"), arguments_swapped(percent, tip)])
        returned += [app.get_prop("tip", "children"), app.get_prop("total", "children")]
    texts = [value for value in returned if isinstance(value, str) and amount_of(value) is not None]
    numbers = [value for value in returned if is_number(value)]
    t.expect(bool(numbers) and not texts, what="the type of the amounts returned", expected="numbers, e.g. 6 and 46",
             actual=f"strings, e.g. {texts[0]!r}" if texts else "no amounts", hint="Return the numbers themselves, rounded with "
             "Math.round(x * 100) / 100: String(x) or x.toFixed(2) turns them into text (wrap toFixed in Number() if you use it).")


def arguments_swapped(percent, tip: float) -> Mistake:
    """function(percent, bill) for Inputs bill, tip-percent: the tip (a product) comes out right, the
    total is percent + tip (21 for 40 at 15 %)."""
    return Mistake("the function's arguments were taken in the wrong order", shows=lambda value: is_number(percent)
                   and same_amount(value, round(percent + tip, 2)),
                   fix='The function gets the Inputs\' values in the order the Inputs are listed: Input("bill", "value") '
                   'first, so function(bill, percent). Swapped, bill holds the percent and the total adds the tip to it.')


def not_in_cents(expected: float, name: str) -> list[Mistake]:
    """The right amount, rounded to whole units (5 for 5.11) or left with more decimals than cents (29.380000000000003)."""
    return [
        Mistake(f"{name} was rounded to whole units", shows=lambda value: isinstance(value, (int, float)) and value != expected
                and value == round(expected), fix=f"Round {name} to cents, not to whole units: Math.round(x * 100) / 100."),
        Mistake(f"{name} was not rounded to cents", shows=lambda value: isinstance(value, (int, float)) and value != expected
                and abs(value - expected) < 0.01, fix=f"Round {name} to cents: Math.round(x * 100) / 100."),
    ]


@check(weight=1, depends_on="layout_has_the_components", parts=3, covers=("R4",))
def empty_bill_changes_nothing(t: Trial) -> None:
    """While the bill box is empty the last results stay (PreventUpdate), and no error shows; a bill of 0 is a number.

    Judged against what the page showed before, so a wrong amount (R3's) is not charged again here.
    """
    hint = 'Start with: if (typeof bill !== "number") { throw window.dash_clientside.PreventUpdate; }'
    app = t.start()
    with_the_given_values(app)
    shown = app.get_prop("tip", "children")
    t.require(shown not in (None, "", []), "The tip shows nothing when the page loads, so there is nothing for an "
              "empty bill to keep: see the checks above.")
    app.set_props("bill", {"value": None})
    t.expect_prop(app, "tip", "children", shown, hint=hint)
    t.expect(not app.errors_of_last_action(), what="no error while the bill is empty", expected="no error",
             actual="; ".join(str(e.title) for e in app.errors_of_last_action()), hint=hint)
    app.set_props("bill", {"value": 0})
    # Whether the call for 0 went through is judged here; the amounts it wrote are R3's.
    calls = app.calls_of_last_action()
    t.expect(bool(calls) and not all(changed_nothing(call) for call in calls), what=f"the callback after {app.last_action}",
             expected="it runs and writes a tip and total (of 0)",
             actual="it changed nothing" if calls else "it did not run", trace=app.trace_of_last_action(),
             hint='A bill of 0 is a number, so it shows a tip and total of 0; only an empty box changes nothing: '
             'test typeof bill !== "number", not !bill (true for 0 too).')
