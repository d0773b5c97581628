"""Grader for exercise 08: a dropdown filters the tips scatter; the callback draws the first figure."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "08"
TITLE = "Tips by day (a dropdown filters a scatter)"
FILE = "08_dropdown_scatter.py"

TIPS = px.data.tips()
DAYS = ["Thur", "Fri", "Sat", "Sun"]


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


@check(weight=1, parts=5)
def layout_has_the_components(t: Trial) -> None:
    """The layout has "day-dropdown" (the four days, value "Sun"), "tips-graph" and "average-tip"."""
    app = t.start()
    if t.expect_component(app, "day-dropdown"):
        t.expect_prop(app, "day-dropdown", "value", "Sun", hint='value="Sun"')
        t.expect_prop(app, "day-dropdown", "options", sorted(DAYS), read=lambda o: sorted(option_values(o) or []),
                      hint='options=["Thur", "Fri", "Sat", "Sun"]')
    t.expect_component(app, "tips-graph")
    t.expect_component(app, "average-tip")


@check(weight=2, depends_on="layout_has_the_components")
def callback_draws_the_first_figure(t: Trial) -> None:
    """The first figure (Sunday's bills) is drawn by the callback when the page loads."""
    app = t.start()
    t.expect_prop(app, "tips-graph", "figure", expected_summary("Sun"), read=read_summary,
                  hint="Remove the figure from the layout and let the callback run on page load (no prevent_initial_call).")


@check(weight=3, depends_on="layout_has_the_components", parts=3)
def graph_follows_the_day(t: Trial) -> None:
    """Choosing a day shows only that day's bills, total_bill against tip."""
    hint = 'bills = tips[tips["day"] == day]; px.scatter(bills, x="total_bill", y="tip").'
    for day in ("Thur", "Fri", "Sat"):
        app = t.start()
        app.set_props("day-dropdown", {"value": day})
        t.expect_prop(app, "tips-graph", "figure", expected_summary(day), read=read_summary, hint=hint)


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def average_tip_follows_the_day(t: Trial) -> None:
    """The text gives that day's average tip with two decimals."""
    hint = "f\"Average tip on {day}: ${bills['tip'].mean():.2f}\""
    app = t.start()
    t.expect_prop(app, "average-tip", "children", average_text("Sun"), hint=hint)
    app = t.start()
    app.set_props("day-dropdown", {"value": "Fri"})
    t.expect_prop(app, "average-tip", "children", average_text("Fri"), hint=hint)


@check(weight=2, depends_on="layout_has_the_components", parts=3)
def global_data_is_never_changed(t: Trial) -> None:
    """Going back to an earlier day shows the same bills again (the global table is untouched)."""
    hint = "Filter into a new variable; do not reassign or edit `tips` in the callback."
    app = t.start()
    for day in ("Sat", "Thur", "Sun"):
        app.set_props("day-dropdown", {"value": day})
        t.expect_prop(app, "tips-graph", "figure", expected_summary(day), read=read_summary, hint=hint)
