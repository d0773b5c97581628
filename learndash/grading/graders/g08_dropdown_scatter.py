"""Grader for exercise 08: a dropdown filters the tips scatter; the callback draws the first figure."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.changed_data import right_or_emptied_by_changed_data
from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.observations import data_changed_by_choosing  # noqa: F401 - asked for by name (t.observe)
from learndash.grading.trial import NOT_SET, Trial

EXERCISE = "08"
TITLE = "Tips by day (a dropdown filters a scatter)"
FILE = "08_dropdown_scatter.py"
WEIGHTS = ("Chapter 8 teaches a dropdown that filters a figure, drawn by the callback from the first page load: "
           "the filtered scatter (R2, 3) weighs most, then the first figure left to the callback (R4, 2), the average "
           "(R3, 2) and the untouched global data (R5, 2); the layout 1.")

TIPS = px.data.tips()
DAYS = ["Thur", "Fri", "Sat", "Sun"]
BILL_POINTS = set(figures.points({"data": [{"x": TIPS["total_bill"].tolist(), "y": TIPS["tip"].tolist()}]}))


#: R5's fix, also named where an empty graph or text comes from a global table an earlier call cut down.
GLOBAL_DATA_FIX = "Filter into a new variable; do not reassign or edit `tips` in the callback (no inplace=True, no new column)."


def summary(found: list[tuple]) -> str:
    return f"{len(found)} points, first {found[0]}" if found else "0 points"


def expected_summary(day: str) -> str:
    bills = TIPS[TIPS["day"] == day]
    return summary(figures.points({"data": [{"x": bills["total_bill"].tolist(), "y": bills["tip"].tolist()}]}))


def read_summary(figure) -> str:
    return summary(figures.points(figure))


def average_text(day: str) -> str:
    return f"Average tip on {day}: ${TIPS[TIPS['day'] == day]['tip'].mean():.2f}"


def option_values(options):
    if not isinstance(options, list):
        return options
    return [option.get("value") if isinstance(option, dict) else option for option in options]


def graph_mistakes(day: str) -> list[Mistake]:
    bills = TIPS[TIPS["day"] == day]
    swapped = summary(figures.points({"data": [{"x": bills["tip"].tolist(), "y": bills["total_bill"].tolist()}]}))
    return [
        Mistake("x and y were swapped", shows=swapped, fix='x="total_bill", y="tip".'),
        Mistake("the graph showed every day's bills", shows=summary(figures.points(
            {"data": [{"x": TIPS["total_bill"].tolist(), "y": TIPS["tip"].tolist()}]})),
                fix='Keep the chosen day only: tips[tips["day"] == day].'),
    ]


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "day-dropdown" (the four days, value "Sun"), "tips-graph" and "average-tip"."""
    app = t.start()
    if t.expect_component(app, "day-dropdown"):
        t.expect_served(app, "day-dropdown", "value", "Sun", hint='value="Sun"')
        t.expect(sorted(option_values(app.served_prop("day-dropdown", "options")) or []) == sorted(DAYS),
                 what="the dropdown's options", expected=str(DAYS),
                 actual=str(option_values(app.served_prop("day-dropdown", "options"))),
                 hint='options=["Thur", "Fri", "Sat", "Sun"]')
    t.expect_component(app, "tips-graph")
    t.expect_component(app, "average-tip")


@check(weight=2, parts=2, covers=("R4",))
def callback_draws_the_first_figure(t: Trial) -> None:
    """The first figure (Sunday's bills) is drawn by the callback when the page loads, not by the layout."""
    app = t.start()
    t.expect_served(app, "tips-graph", "figure", NOT_SET, compare=lambda served, _: served is NOT_SET or figures.draws_nothing(served),
                    hint="Remove the figure from the layout: dcc.Graph(id=\"tips-graph\"). The callback draws it "
                    "when the page loads, so a figure written in the layout is only ever replaced.")
    # Drawn at load by a callback is judged here; which points it draws is the graph check's (R2).
    drawn = any(call.status == "ok" and "tips-graph.figure" in (call.outputs or {}) for call in app.calls_of_last_action())
    t.expect_prop(app, "tips-graph", "figure", expected_summary("Sun"), read=figures.as_meant(read_summary),
                  compare=lambda shown, right: shown == right or drawn,
                  hint="Let the callback run on page load (no prevent_initial_call): it draws Sunday's bills.")


@check(weight=3, parts=4, covers=("R2",))
def graph_follows_the_day(t: Trial) -> None:
    """Choosing a day shows only that day's bills, total_bill against tip, as a scatter of markers."""
    hint = 'bills = tips[tips["day"] == day]; px.scatter(bills, x="total_bill", y="tip").'
    app = t.start()
    emptied = Mistake("an earlier call cut the global tips down", shows=summary([]), fix=GLOBAL_DATA_FIX)
    compare = right_or_emptied_by_changed_data(t, emptied, component_id="day-dropdown", values=["Sat"])
    shown_right = []
    for day in ("Thur", "Fri", "Sat"):
        app.set_props("day-dropdown", {"value": day})
        if t.expect_prop(app, "tips-graph", "figure", expected_summary(day), read=read_summary, hint=hint,
                         compare=compare, mistakes=graph_mistakes(day)):
            shown_right.append(app.get_prop("tips-graph", "figure"))
    figures.expect_drawn(t, app, "tips-graph", figures.SCATTER, shown_right, BILL_POINTS, what="how tips-graph draws the bills", hint=hint)


@check(weight=2, parts=2, covers=("R3",))
def average_tip_follows_the_day(t: Trial) -> None:
    """The text gives that day's average tip with two decimals."""
    hint = "f\"Average tip on {day}: ${bills['tip'].mean():.2f}\""
    app = t.start()
    for day in ("Fri", "Sun"):  # Fri first: the page opens on Sun, and choosing Sun again would run nothing
        app.set_props("day-dropdown", {"value": day})
        emptied = Mistake("an earlier call cut the global tips down", shows=f"Average tip on {day}: $nan", fix=GLOBAL_DATA_FIX)
        compare = right_or_emptied_by_changed_data(t, emptied, component_id="day-dropdown", values=["Sat"])
        t.expect_prop(app, "average-tip", "children", average_text(day), hint=hint, compare=compare, mistakes=[
            Mistake("the average was taken over every day's tips", shows=f"Average tip on {day}: ${TIPS['tip'].mean():.2f}",
                    fix="Average the chosen day's rows only: bills = tips[tips['day'] == day], then bills['tip'].mean()."),
        ])


@check(weight=2, parts=2, covers=("R5",))
def global_data_is_never_changed(t: Trial) -> None:
    """Going back to a day shows the same bills again, and the global table is left as it was.

    The graph for Sat after Sun passes when it shows Sat's bills, or the same points as Sat the first
    time: an app that draws the wrong points (swapped axes) does so every time, which is R2's mistake.
    """
    hint = GLOBAL_DATA_FIX
    app = t.start()
    t.require(bool(app.callbacks_reading("day-dropdown.value")),  # with no callback, untouched data earns nothing
              'No callback has Input("day-dropdown", "value") yet, so there is no callback to keep `tips` untouched.')
    app.set_props("day-dropdown", {"value": "Sat"})
    read = figures.as_meant(read_summary)  # [fig] for one Output is R2's mistake
    first_time = read(app.get_prop("tips-graph", "figure"))
    app.set_props("day-dropdown", {"value": "Sun"})
    app.set_props("day-dropdown", {"value": "Sat"})
    t.expect_prop(app, "tips-graph", "figure", expected_summary("Sat"), read=read, hint=hint,
                  compare=lambda shown, right: shown == right or (shown == first_time and shown != summary([])),
                  what="the graph for Sat after Sun (Sat's bills, or the same points as the first time)")
    # The page load and one choice run the callback twice: an edit of the data shows by then.
    changed = t.observe("data_changed_by_choosing", "day-dropdown", ["Sat"])
    t.expect(changed == [], what="the module's DataFrames after the page load and a choice of Sat",
             expected="unchanged", actual=f"changed: {', '.join(map(str, changed))}" if isinstance(changed, list) else str(changed),
             hint=hint + " Even an edit that does not break the graph (a sort in place, a new column) changes it for every user.")
