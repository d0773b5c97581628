"""Grader for exercise 03: a year slider filters gapminder into a scatter, without touching the global data."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "03"
TITLE = "Life expectancy by year (slider and graph)"
FILE = "03_slider_graph.py"

GAPMINDER = px.data.gapminder()
YEARS = [int(year) for year in sorted(GAPMINDER["year"].unique())]


def expected_points(year: int) -> list[tuple]:
    rows = GAPMINDER[GAPMINDER["year"] == year]
    return figures.points({"data": [{"x": rows["gdpPercap"].tolist(), "y": rows["lifeExp"].tolist()}]})


def count_text(year: int) -> str:
    return f"{int((GAPMINDER['year'] == year).sum())} countries in {year}"


def describe_points(found: list[tuple]) -> str:
    return f"{len(found)} points" + (f", first {found[0]}" if found else "")


@check(weight=1, parts=5)
def layout_has_the_components(t: Trial) -> None:
    """The layout has "year-slider" (1952 to 2007, value 2007), "life-graph" and "country-count"."""
    app = t.start()
    if t.expect_component(app, "year-slider"):
        t.expect_prop(app, "year-slider", "value", 2007, hint="Start the slider at value=2007.")
        t.expect_prop(app, "year-slider", "min", 1952, hint="min=1952, the first year of gapminder.")
        t.expect_prop(app, "year-slider", "max", 2007, hint="max=2007, the last year of gapminder.")
    t.expect_component(app, "life-graph")
    t.expect_component(app, "country-count")


@check(weight=3, depends_on="layout_has_the_components", parts=3)
def graph_shows_the_chosen_year(t: Trial) -> None:
    """The graph shows one point per country of the chosen year, gdpPercap against lifeExp."""
    hint = ('Filter a copy, `rows = df[df["year"] == year]`, then px.scatter(rows, x="gdpPercap", y="lifeExp"), '
            'and write it to Output("life-graph", "figure").')
    for year in (2007, 1952, 1982):
        app = t.start()  # a fresh app per year: this check is about filtering, not about side effects
        if year != 2007:
            app.set_props("year-slider", {"value": year})
        expected = expected_points(year)
        t.expect_prop(
            app, "life-graph", "figure", describe_points(expected), hint=hint,
            read=lambda figure: describe_points(figures.points(figure)),
        )


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def count_follows_the_year(t: Trial) -> None:
    """The text says how many countries the chosen year has."""
    hint = 'Return f"{len(rows)} countries in {year}" to Output("country-count", "children").'
    app = t.start()
    t.expect_prop(app, "country-count", "children", count_text(2007), hint=hint)
    app = t.start()
    app.set_props("year-slider", {"value": 1957})
    t.expect_prop(app, "country-count", "children", count_text(1957), hint=hint)


@check(weight=3, depends_on="layout_has_the_components", parts=4)
def global_data_is_never_changed(t: Trial) -> None:
    """Moving the slider back and forth gives the same graph every time (the global data is untouched)."""
    app = t.start()
    hint = ("Do not reassign or edit the global df in the callback (no `global df`, no inplace=True): "
            "filter into a new variable. Every user shares that df.")
    for year in (1952, 2007, 1952, 2007):
        app.set_props("year-slider", {"value": year})
        expected = expected_points(year)
        t.expect_prop(
            app, "life-graph", "figure", describe_points(expected), hint=hint,
            read=lambda figure: describe_points(figures.points(figure)),
        )
