"""Grader for exercise 04: five Inputs, one figure; points per indicator pair, axis types, year."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "04"
TITLE = "An indicator explorer (multiple inputs)"
FILE = "04_multiple_inputs.py"

COLUMNS = {
    "Life expectancy at birth (years)": "lifeExp",
    "GDP per capita (US$, inflation-adjusted)": "gdpPercap",
    "Population, total": "pop",
}
LIFE, GDP, POP = COLUMNS
GAPMINDER = px.data.gapminder()


def expected_summary(x_name: str, y_name: str, year: int) -> str:
    rows = GAPMINDER[GAPMINDER["year"] == year]
    found = figures.points({"data": [{"x": rows[COLUMNS[x_name]].tolist(), "y": rows[COLUMNS[y_name]].tolist()}]})
    return summary(found)


def summary(found: list[tuple]) -> str:
    return f"{len(found)} points, first {found[0]}" if found else "0 points"


def read_summary(figure) -> str:
    return summary(figures.points(figure))


@check(weight=1, parts=6)
def layout_has_the_components(t: Trial) -> None:
    """The layout has both dropdowns, both radios, the slider and the graph."""
    app = t.start()
    for component_id in ("xaxis-column", "yaxis-column", "xaxis-type", "yaxis-type", "year-slider", "indicator-graphic"):
        t.expect_component(app, component_id)


@check(weight=3, depends_on="layout_has_the_components", parts=3)
def points_follow_the_indicators(t: Trial) -> None:
    """The points pair each country's x indicator with its y indicator."""
    hint = ("x is the value of the x dropdown's indicator, y of the y dropdown's, one point per country. "
            "Check the order of your function's arguments: it follows the order of the Inputs.")
    app = t.start()
    t.expect_prop(app, "indicator-graphic", "figure", expected_summary(GDP, LIFE, 2007), read=read_summary, hint=hint)
    app.set_props("xaxis-column", {"value": POP})
    t.expect_prop(app, "indicator-graphic", "figure", expected_summary(POP, LIFE, 2007), read=read_summary, hint=hint)
    app.set_props("yaxis-column", {"value": GDP})
    t.expect_prop(app, "indicator-graphic", "figure", expected_summary(POP, GDP, 2007), read=read_summary, hint=hint)


@check(weight=2, depends_on="layout_has_the_components", parts=4)
def axis_types_follow_the_radios(t: Trial) -> None:
    """Each axis is logarithmic exactly when its radio says "Log"."""
    hint = 'Both radios must be Inputs; then fig.update_xaxes(type="log" if x_type == "Log" else "linear") (same for y).'
    app = t.start()
    for axis, expected in (("xaxis", "log"), ("yaxis", "linear")):
        t.expect_prop(app, "indicator-graphic", "figure", expected, read=lambda f, axis=axis: figures.axis_type(f, axis), hint=hint)
    app.set_props("xaxis-type", {"value": "Linear"})
    app.set_props("yaxis-type", {"value": "Log"})
    for axis, expected in (("xaxis", "linear"), ("yaxis", "log")):
        t.expect_prop(app, "indicator-graphic", "figure", expected, read=lambda f, axis=axis: figures.axis_type(f, axis), hint=hint)


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def points_follow_the_year(t: Trial) -> None:
    """Moving the slider shows the chosen year's values."""
    hint = 'The slider is an Input too: filter with df[df["Year"] == year].'
    for year in (1952, 1977):
        app = t.start()
        app.set_props("year-slider", {"value": year})
        t.expect_prop(app, "indicator-graphic", "figure", expected_summary(GDP, LIFE, year), read=read_summary, hint=hint)
