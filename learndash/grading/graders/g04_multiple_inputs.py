"""Grader for exercise 04: five Inputs, one figure; points per indicator pair, axis types, year."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "04"
TITLE = "An indicator explorer (multiple inputs)"
FILE = "04_multiple_inputs.py"
WEIGHTS = ("Chapter 4 teaches that every Input of a callback triggers it and arrives as an argument in order: "
           "the points per indicator pair (R2, 3) weigh most, then each axis radio (R3, 2) and the year (R4, 2); "
           "the layout, mostly given, 1.")

COLUMNS = {
    "Life expectancy at birth (years)": "lifeExp",
    "GDP per capita (US$, inflation-adjusted)": "gdpPercap",
    "Population, total": "pop",
}
LIFE, GDP, POP = COLUMNS
GAPMINDER = px.data.gapminder()
COMPONENTS = ("xaxis-column", "yaxis-column", "xaxis-type", "yaxis-type", "year-slider", "indicator-graphic")


def expected_points(x_name: str, y_name: str, year: int) -> list[tuple]:
    rows = GAPMINDER[GAPMINDER["year"] == year]
    return figures.points({"data": [{"x": rows[COLUMNS[x_name]].tolist(), "y": rows[COLUMNS[y_name]].tolist()}]})


def expected_summary(x_name: str, y_name: str, year: int) -> str:
    return summary(expected_points(x_name, y_name, year))


def summary(found: list[tuple]) -> str:
    return f"{len(found)} points, first {found[0]}" if found else "0 points"


def read_summary(figure) -> str:
    return summary(figures.points(figure))


def option_values(options) -> list:
    return [option.get("value") if isinstance(option, dict) else option for option in options or []]


@check(weight=1, parts=14, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has both dropdowns (every indicator), both radios (x "Log", y "Linear"), the slider (2007) and the graph."""
    app = t.start()
    for component_id in COMPONENTS:
        t.expect_component(app, component_id)
    for component_id, value in (("xaxis-column", GDP), ("yaxis-column", LIFE)):
        if app.has_component(component_id):
            t.expect_served(app, component_id, "value", value, hint=f'Start "{component_id}" at value="{value}".')
            offered = option_values(app.served_prop(component_id, "options"))
            t.expect(sorted(offered) == sorted(COLUMNS), what=f'the options of "{component_id}"', expected=str(sorted(COLUMNS)),
                     actual=str(sorted(offered, key=str)), hint="Offer every indicator name in both dropdowns: options=INDICATORS.")
    if app.has_component("year-slider"):
        t.expect_served(app, "year-slider", "value", 2007, hint="Start the slider at value=2007, the last year.")
    for component_id, value in (("xaxis-type", "Log"), ("yaxis-type", "Linear")):
        if app.has_component(component_id):
            t.expect_served(app, component_id, "value", value, hint=f'Start "{component_id}" at value="{value}".')
    t.expect(sorted(option_values(app.served_prop("yaxis-type", "options"))) == ["Linear", "Log"],
             what='the options of "yaxis-type"', expected="['Linear', 'Log']",
             actual=str(option_values(app.served_prop("yaxis-type", "options"))),
             hint='options=["Linear", "Log"], spelled as the task spells them.')


@check(weight=3, parts=4, covers=("R2",))
def points_follow_the_indicators(t: Trial) -> None:
    """The points pair each country's x indicator with its y indicator, one marker per country."""
    hint = "x is the value of the x dropdown's indicator, y of the y dropdown's, one point per country."
    app = t.start()
    shown_right, country_points = [], set()
    for x_name, y_name, changed in ((GDP, LIFE, None), (POP, LIFE, "xaxis-column"), (POP, GDP, "yaxis-column")):
        if changed:
            app.set_props(changed, {"value": x_name if changed == "xaxis-column" else y_name})
        mistakes = [
            Mistake("x and y were swapped", shows=expected_summary(y_name, x_name, 2007),
                    fix="The function's arguments come in the order of the Inputs: check which one is x and which y."),
            Mistake("one dropdown drove both axes", shows=lambda s: s in (expected_summary(x_name, x_name, 2007), expected_summary(y_name, y_name, 2007)),
                    fix="Use the x dropdown's value for x and the y dropdown's for y."),
        ]
        country_points.update(expected_points(x_name, y_name, 2007))
        if t.expect_prop(app, "indicator-graphic", "figure", expected_summary(x_name, y_name, 2007), read=read_summary,
                         mistakes=mistakes, hint=hint):
            shown_right.append(app.get_prop("indicator-graphic", "figure"))
    # R2 asks for one point per country, so each must show (a marker); a line joining them may be there too.
    figures.expect_drawn(t, app, "indicator-graphic", figures.MARKERS, shown_right, country_points, what="how indicator-graphic draws the countries",
                         hint="One marker per country: px.scatter(...).")


@check(weight=2, parts=4, covers=("R3",))
def axis_types_follow_the_radios(t: Trial) -> None:
    """Each axis is logarithmic exactly when its radio says "Log".

    Each step changes both radios (they start on "Log" and "Linear"), so the callback runs at every
    step: a figure missing since the page load is the points check's mistake, not the axes'."""
    app = t.start()
    for x_type, y_type in (("Linear", "Log"), ("Log", "Linear")):
        app.set_props("xaxis-type", {"value": x_type})
        app.set_props("yaxis-type", {"value": y_type})
        for axis, chosen in (("xaxis", x_type), ("yaxis", y_type)):
            letter = axis[0]
            t.expect_prop(
                app, "indicator-graphic", "figure", chosen.lower(), what=f"the {letter} axis type",
                read=figures.as_meant(lambda figure, axis=axis: figures.axis_type(figure, axis)),  # [fig]: R2's mistake
                hint=f'The {letter} axis follows the "{axis}-type" radio, an Input: '
                f'fig.update_{letter}axes(type="log" if {letter}_type == "Log" else "linear").',
            )


@check(weight=2, parts=2, covers=("R4",))
def points_follow_the_year(t: Trial) -> None:
    """Moving the slider shows the chosen year's values."""
    hint = 'The slider is an Input too: filter with df[df["Year"] == year].'
    app = t.start()
    for year in (1952, 1977):
        app.set_props("year-slider", {"value": year})
        t.expect_prop(app, "indicator-graphic", "figure", expected_summary(GDP, LIFE, year), read=figures.as_meant(read_summary), hint=hint,
                      mistakes=[Mistake("the year stayed 2007", shows=expected_summary(GDP, LIFE, 2007),
                                        fix="Filter the rows by the slider's value (an Input), not a fixed year.")])
