"""Grader for exercise 09b: rows added with pattern-matching ids; MATCH + ALLSMALLER running totals."""
from __future__ import annotations

import re

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.tabs import (add_numbered, expect_added_at_the_end, expect_own_numbering_per_tab, indexes_on_page,
                                    numbering_cause)
from learndash.grading.trial import Trial

EXERCISE = "09b"
TITLE = "Running totals (MATCH and ALLSMALLER)"
FILE = "09b_running_totals.py"
WEIGHTS = ("Chapter 9 teaches MATCH and ALLSMALLER: the running totals (R3, 4) weigh most, then adding numbered "
           "rows (R2, 2); the empty box (R4) and the layout (R1) 1 each.")


def amount(index: int) -> dict:
    return {"type": "amount", "index": index}


def total(index: int) -> dict:
    return {"type": "running-total", "index": index}


FLOAT_TOTAL = Mistake("the total was a float", shows=lambda text: isinstance(text, str) and text.endswith(".0"),
                      fix='The task shows whole totals as "Total: 12", not "Total: 12.0": do not start the sum at 0.0 '
                      "or convert with float().")


def worded_otherwise(text) -> bool:
    """The right number in other words ("Total 0", a bare 0, "Sum: 0"): a wording mistake, not a sum one."""
    return text != "Total: 0" and same_number(text, "Total: 0")


TOTAL_WORDING = Mistake("the total was worded otherwise", shows=lambda text: worded_otherwise(text) and not str(text).endswith(".0"),
                        fix='Write the total as the task shows it: "Total: 12", the word Total, a colon, a space, the number.')


def same_number(shown, expected: str) -> bool:
    """"Total: 4.0", "Total 4" and a bare 4 show the same number as "Total: 4"."""
    if isinstance(shown, (int, float)) and not isinstance(shown, bool):
        shown = str(shown)
    numbers = [re.findall(r"-?\d+(?:\.\d+)?", text) if isinstance(text, str) else [] for text in (shown, expected)]
    return shown == expected or (len(numbers[0]) == 1 and float(numbers[0][0]) == float(numbers[1][0]))


def shows_the_number_of(total_text: str):
    """A test for a Mistake: the app shows the number of `total_text`, in whatever wording."""
    return lambda text: same_number(text, total_text)


def add_rows(t: Trial, app, count: int) -> list[int]:
    """Click "add-row" `count` times and return the rows' indexes, in order (`add_numbered`)."""
    return add_numbered(t, app, button="add-row", count=count, components=(amount, total),
                        missing=f'{count} clicks on add-row did not add {count} rows (an amount box and a total each), '
                        "so totals cannot be checked.")


@check(weight=1, parts=4, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the button "add-row" (0 clicks) and the empty container "rows" (children=[])."""
    app = t.start()
    t.expect_component(app, "add-row")
    t.expect_component(app, "rows")
    t.expect_served(app, "add-row", "n_clicks", 0, hint='html.Button("Add row", id="add-row", n_clicks=0)')
    t.expect_served(app, "rows", "children", [], hint='html.Div(id="rows", children=[]): an empty list to append to.')


@check(weight=2, parts=9, covers=("R2",))
def clicks_add_numbered_rows(t: Trial) -> None:
    """Each click adds a row at the end: a number box at 0 and a total, with indexes 0, 1, 2, ..."""
    app = t.start()
    hint = 'The first row has ids {"type": "amount", "index": 0} and {"type": "running-total", "index": 0}: use len(rows), not n_clicks.'
    app.click("add-row")
    t.require(app.has_component("rows") and bool(app.get_prop("rows", "children")),
              'A click on "add-row" added nothing to "rows": append a row (a number box and a span) to its children.')
    if t.expect_component(app, amount(0), hint=hint):
        t.expect_prop(app, amount(0), "value", 0, hint='dcc.Input(..., type="number", value=0)')
        t.expect_prop(app, amount(0), "type", "number", hint='type="number" hands the callback numbers.')
    else:
        t.expect(False, what="the new row's number box", expected="value 0, type number", actual="no such box", hint=hint)
        t.expect(False, what="the new row's number box type", expected="number", actual="no such box", hint=hint)
    t.expect_component(app, total(0), hint=hint)
    app.click("add-row", times=2)
    found = indexes_on_page(app, amount)
    t.expect(all(app.has_component(total(index)) for index in range(3)) and found[:3] == [0, 1, 2],
             what="the rows after three clicks", expected="rows 0, 1 and 2 (each with its amount and total)",
             actual=f"amount boxes with indexes {found}" if found else "no amount box",
             hint=(f"Only the row with index {found[0]} is on the page: each click replaced the rows. Append instead: "
                   "return rows + [new_row].") if len(found) == 1 else
             numbering_cause(found, clicks=3, noun="row", pieces="a number box and a span") or hint)
    t.expect(
        not app.has_component(amount(3)),
        what="no row with index 3 after three clicks",
        expected="indexes 0, 1, 2", actual="a row with index 3 exists",
        hint=numbering_cause(found, clicks=3, noun="row", pieces="a number box and a span") or hint,
    )
    expect_added_at_the_end(t, app, container="rows", id_type="amount", noun="row")
    expect_own_numbering_per_tab(t, app, button="add-row", component_of=amount, noun="row", clicks_so_far=3)


@check(weight=4, parts=7, covers=("R3",))
def totals_are_running(t: Trial) -> None:
    """Each row's total is its own amount plus every amount above it; a new row counts the rows above it at once."""
    app = t.start()
    hint = ('Output(total, MATCH) from Input(amount, MATCH) and Input(amount, ALLSMALLER): '
            "add the row's own amount to the sum of the amounts above it.")
    rows = add_rows(t, app, 3)
    # The wording ("Total: 12", not "Total 12" or "Total: 12.0") is judged here, once; the sums below by their number.
    t.expect_prop(app, total(rows[0]), "children", "Total: 0", mistakes=[FLOAT_TOTAL, TOTAL_WORDING],
                  hint="A new row shows its total straight away: the MATCH callback runs when the row is inserted.")
    for index, value in enumerate((5, 7, 10)):
        app.set_props(amount(rows[index]), {"value": value})
    for index, expected in enumerate(("Total: 5", "Total: 12", "Total: 22")):
        t.expect_prop(app, total(rows[index]), "children", expected, hint=hint, compare=same_number, mistakes=[
            Mistake("every amount was summed (ALL)", shows=shows_the_number_of("Total: 22"),
                    fix="ALLSMALLER gives only the rows above: not ALL."),
            Mistake("the row's own amount was left out", shows=shows_the_number_of(f"Total: {(0, 5, 12)[index]}"),
                    fix="Add the row's own amount to the sum of the rows above, read as an Input with MATCH "
                    "(as a State, typing in the box would not update its own total)."),
        ])
    app.set_props(amount(rows[0]), {"value": 1})
    below = "Changing the first row must update the rows below it: ALLSMALLER is an Input, not a State."
    t.expect_prop(app, total(rows[1]), "children", "Total: 8", hint=below, compare=same_number)
    t.expect_prop(app, total(rows[2]), "children", "Total: 18", hint=below, compare=same_number)
    expect_new_row_counts_the_rows_above(t, app, rows, "Total: 18")


def expect_new_row_counts_the_rows_above(t: Trial, app, rows: list[int], expected: str) -> None:
    """One part: a row added below filled rows shows their sum straight away (its own amount is 0).

    A span preset to "Total: 0" with the totals callback prevented shows 0 here: Dash skips a
    prevented callback whose Output is inserted together with its MATCH Input (the trace says so).
    """
    app.click("add-row")
    added = [index for index in indexes_on_page(app, amount) if index not in rows]
    if not added or not app.has_component(total(added[0])):
        t.expect(False, what="the total of a row added below filled rows", expected=repr(expected),
                 actual="no new row", hint='A click on "add-row" added no row (an amount box and a total).')
        return
    t.expect_prop(app, total(added[0]), "children", expected, compare=same_number,
                  hint="A new row's total is the sum of the rows above it plus its own 0, from the moment it is added: "
                  "the MATCH callback runs when the row is inserted, unless it has prevent_initial_call=True.")


@check(weight=1, parts=2, covers=("R4",))
def empty_amount_counts_as_zero(t: Trial) -> None:
    """An emptied amount box counts as 0."""
    app = t.start()
    first, second = add_rows(t, app, 2)
    app.set_props(amount(first), {"value": 3})
    app.set_props(amount(second), {"value": 4})
    app.set_props(amount(first), {"value": None})
    # The number is judged here; "Total: 4.0" is the format mistake of the totals check (R3).
    t.expect_prop(app, total(first), "children", "Total: 0", hint="Treat None as 0: `value or 0`.", compare=same_number)
    t.expect_prop(app, total(second), "children", "Total: 4", compare=same_number,
                  hint="Treat None as 0 in the amounts above too: `sum(v or 0 for v in values)`.")
