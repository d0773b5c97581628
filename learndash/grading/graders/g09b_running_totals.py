"""Grader for exercise 09b: rows added with pattern-matching ids; MATCH + ALLSMALLER running totals."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "09b"
TITLE = "Running totals (MATCH and ALLSMALLER)"
FILE = "09b_running_totals.py"


def amount(index: int) -> dict:
    return {"type": "amount", "index": index}


def total(index: int) -> dict:
    return {"type": "running-total", "index": index}


def same_number(actual, expected) -> bool:
    """"Total: 12" and "Total: 12.0" are the same total (a number input may hand over floats)."""
    if actual == expected:
        return True
    prefix = "Total: "
    if isinstance(actual, str) and actual.startswith(prefix):
        try:
            return float(actual[len(prefix):]) == float(expected[len(prefix):])
        except ValueError:
            return False
    return False


@check(weight=1, parts=2)
def layout_has_the_components(t: Trial) -> None:
    """The layout has the button "add-row" and the container "rows"."""
    app = t.start()
    t.expect_component(app, "add-row")
    t.expect_component(app, "rows")


@check(weight=2, depends_on="layout_has_the_components", parts=5)
def clicks_add_numbered_rows(t: Trial) -> None:
    """Each click adds a row whose amount and total have indexes 0, 1, 2, ..."""
    app = t.start()
    hint = 'The first row has ids {"type": "amount", "index": 0} and {"type": "running-total", "index": 0}: use len(rows), not n_clicks.'
    app.click("add-row")
    t.expect_component(app, amount(0), hint=hint)
    t.expect_component(app, total(0), hint=hint)
    app.click("add-row", times=2)
    t.expect_component(app, amount(2), hint=hint)
    t.expect_component(app, total(2), hint=hint)
    t.expect(
        not app.has_component(amount(3)),
        what="no row with index 3 after three clicks",
        expected="indexes 0, 1, 2", actual="a row with index 3 exists", hint=hint,
    )


@check(weight=1, depends_on="clicks_add_numbered_rows")
def new_row_shows_a_total(t: Trial) -> None:
    """A new row shows "Total: 0" straight away."""
    app = t.start()
    app.click("add-row")
    t.expect_prop(
        app, total(0), "children", "Total: 0", compare=same_number,
        hint="Start each amount at value=0; the MATCH callback then runs when the row is inserted.",
    )


@check(weight=4, depends_on="clicks_add_numbered_rows", parts=5)
def totals_are_running(t: Trial) -> None:
    """Each row's total is its own amount plus every amount above it."""
    app = t.start()
    hint = ('Output(total, MATCH) from Input(amount, MATCH) and Input(amount, ALLSMALLER): '
            "add the row's own amount to the sum of the amounts above it.")
    app.click("add-row", times=3)
    for index, value in enumerate((5, 7, 10)):
        app.set_props(amount(index), {"value": value})
    for index, expected in enumerate(("Total: 5", "Total: 12", "Total: 22")):
        t.expect_prop(app, total(index), "children", expected, compare=same_number, hint=hint)
    app.set_props(amount(0), {"value": 1})
    t.expect_prop(app, total(1), "children", "Total: 8", compare=same_number,
                  hint="Changing the first row must update the rows below it: ALLSMALLER is an Input, not a State.")
    t.expect_prop(app, total(2), "children", "Total: 18", compare=same_number,
                  hint="Changing the first row must update the rows below it: ALLSMALLER is an Input, not a State.")


@check(weight=1, depends_on="clicks_add_numbered_rows", parts=2)
def empty_amount_counts_as_zero(t: Trial) -> None:
    """An emptied amount box counts as 0."""
    app = t.start()
    app.click("add-row", times=2)
    app.set_props(amount(0), {"value": 3})
    app.set_props(amount(1), {"value": 4})
    app.set_props(amount(0), {"value": None})
    t.expect_prop(app, total(0), "children", "Total: 0", compare=same_number,
                  hint="Treat None as 0: `value or 0`.")
    t.expect_prop(app, total(1), "children", "Total: 4", compare=same_number,
                  hint="Treat None as 0 in the amounts above too: `sum(v or 0 for v in values)`.")
