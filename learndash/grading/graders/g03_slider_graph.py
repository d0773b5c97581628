"""Grader for exercise 03: a year slider filters gapminder into a scatter, without touching the global data."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.changed_data import right_or_emptied_by_changed_data
from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.observations import data_changed_by_choosing  # noqa: F401 - asked for by name (t.observe)
from learndash.grading.trial import Trial

EXERCISE = "03"
TITLE = "Life expectancy by year (slider and graph)"
FILE = "03_slider_graph.py"
WEIGHTS = ("Chapter 3 teaches that a callback filters a copy of the data for the chosen year: the graph (R2, 3) "
           "and keeping the global data untouched (R4, 3) weigh most; the slider (R1) and the count (R3) 2 each.")

GAPMINDER = px.data.gapminder()
YEARS = [int(year) for year in sorted(GAPMINDER["year"].unique())]
COUNTRY_POINTS = set(figures.points({"data": [{"x": GAPMINDER["gdpPercap"].tolist(), "y": GAPMINDER["lifeExp"].tolist()}]}))


def rows_of(year: int):
    return GAPMINDER[GAPMINDER["year"] == year]


def described(rows, x: str = "gdpPercap", y: str = "lifeExp") -> str:
    found = figures.points({"data": [{"x": rows[x].tolist(), "y": rows[y].tolist()}]})
    return describe_points(found)


def describe_points(found: list[tuple]) -> str:
    return f"{len(found)} points" + (f", first {found[0]}" if found else "")


def read_points(figure) -> str:
    return describe_points(figures.points(figure))


def year_at_load(app) -> int:
    """The year the slider starts at, when it is one of the data's years; else 2007, the year it should start at.

    The graph and the count are judged against the slider the page shows: a slider starting at another
    year is R1's mistake only.
    """
    shown = app.get_prop("year-slider", "value") if app.has_component("year-slider") else None
    return shown if shown in YEARS else 2007


def graph_mistakes(year: int) -> list[Mistake]:
    return [
        Mistake("x and y were swapped", shows=described(rows_of(year), "lifeExp", "gdpPercap"),
                fix='x="gdpPercap" (the x axis), y="lifeExp".'),
        Mistake("the filter kept more years than the chosen one", shows=lambda text: int(text.split()[0]) > len(rows_of(year)),
                fix='Keep the chosen year only: df[df["year"] == year].'),
        Mistake("the graph kept an earlier year's (or no) rows", shows=lambda text: text.startswith("0 points") or any(
            text == described(rows_of(other)) for other in YEARS if other != year),
                fix="Filter into a new variable (rows = df[df['year'] == year]); never reassign or edit df itself."),
    ]


@check(weight=2, parts=6, covers=("R1",))
def layout_slider_marks_the_years(t: Trial) -> None:
    """The slider "year-slider" runs from 1952 to 2007 over gapminder's years only, starting at 2007."""
    app = t.start()
    t.require(app.has_component("year-slider"), 'There is no component with id "year-slider" in the layout.')
    t.expect_served(app, "year-slider", "value", 2007, hint="Start the slider at value=2007.")
    t.expect_served(app, "year-slider", "min", 1952, hint="min=1952, the first year of gapminder.")
    t.expect_served(app, "year-slider", "max", 2007, hint="max=2007, the last year of gapminder.")
    t.expect_served(app, "year-slider", "step", None,
                    hint="step=None lets the slider stop on its marks only (Dash's default step is 1).")
    marks = app.served_prop("year-slider", "marks") or {}
    found = sorted(int(float(key)) for key in marks) if isinstance(marks, dict) else []
    t.expect(found == YEARS, what="the slider's marks", expected=str(YEARS), actual=str(found),
             hint="marks={str(year): str(year) for year in years}, one per year of the data.")
    t.expect_component(app, "life-graph")


@check(weight=3, parts=4, covers=("R2",))
def graph_shows_the_chosen_year(t: Trial) -> None:
    """The graph shows one point per country of the chosen year, gdpPercap against lifeExp, as a scatter of markers."""
    hint = 'px.scatter(rows, x="gdpPercap", y="lifeExp") of rows = df[df["year"] == year], to Output("life-graph", "figure").'
    app = t.start()
    first = year_at_load(app)
    shown_right = []
    for year in (first, *[other for other in (1952, 1982, 2007) if other != first][:2]):
        if year != first:
            app.set_props("year-slider", {"value": year})
        shows_wrong_rows, emptied = graph_mistakes(year)[:2], graph_mistakes(year)[2]
        compare = right_or_emptied_by_changed_data(t, emptied, component_id="year-slider", values=[1952])
        stuck = Mistake("the graph stayed on the year it showed at page load",
                        shows=lambda text, year=year: year != first and text == described(rows_of(first)),
                        fix="Filter on the slider's value (the callback's argument), not on a year written in the code.")
        if t.expect_prop(app, "life-graph", "figure", described(rows_of(year)), read=read_points, compare=compare,
                         mistakes=[*shows_wrong_rows, stuck], hint=hint):
            shown_right.append(app.get_prop("life-graph", "figure"))
    figures.expect_drawn(t, app, "life-graph", figures.SCATTER, shown_right, COUNTRY_POINTS, what="how life-graph draws the countries",
                             hint='A scatter of markers, one per country: px.scatter(rows, x="gdpPercap", y="lifeExp").')


@check(weight=2, parts=2, covers=("R3",))
def count_follows_the_year(t: Trial) -> None:
    """The text says how many countries the chosen year has."""
    hint = 'Return f"{len(rows)} countries in {year}" to Output("country-count", "children").'
    app = t.start()
    first = year_at_load(app)
    for year in (first, 1957 if first != 1957 else 2007):
        if year != first:
            app.set_props("year-slider", {"value": year})
        expected = f"{len(rows_of(year))} countries in {year}"
        emptied = Mistake("an earlier call cut the global df down", shows=f"0 countries in {year}",
                          fix="Filter into a new variable; never reassign or edit df itself.")
        compare = right_or_emptied_by_changed_data(t, emptied, component_id="year-slider", values=[1952])
        t.expect_prop(app, "country-count", "children", expected, hint=hint, compare=compare, mistakes=[
            Mistake("the whole table was counted", shows=lambda text: isinstance(text, str) and text.startswith(str(len(GAPMINDER))),
                    fix="Count the filtered rows: len(rows), not len(df)."),
        ])


@check(weight=3, parts=3, covers=("R4",))
def global_data_is_never_changed(t: Trial) -> None:
    """Moving the slider back and forth gives the same graph every time, and leaves the global data as it was.

    The graph is compared with the app's own graph at page load, not with the right one: a graph that
    is wrong from the start (one point per continent) is the graph check's (R2) mistake, not this one.
    """
    app = t.start()
    hint = ("Do not reassign or edit the global df in the callback (no `global df`, no inplace=True): "
            "filter into a new variable. Every user shares that df.")
    read = figures.as_meant(read_points)  # [fig] for one Output is R2's mistake
    first = year_at_load(app)
    away = 1952 if first != 1952 else 2007
    at_load = read(app.get_prop("life-graph", "figure"))
    if at_load == "0 points":  # nothing drawn at load: the right graph is the one to come back to
        at_load = described(rows_of(first))
    app.set_props("year-slider", {"value": away})
    emptied = graph_mistakes(away)[2:]  # a global df cut down to the first year has no rows of another left
    # A graph that stays as it was at load never followed the slider: R2's mistake, not changed data.
    t.expect_prop(app, "life-graph", "figure", described(rows_of(away)), read=read,
                  compare=lambda shown, _: shown == at_load or not any(mistake.matches(shown) for mistake in emptied),
                  mistakes=emptied, hint=hint)
    app.set_props("year-slider", {"value": first})
    t.expect_prop(app, "life-graph", "figure", at_load, read=read, hint=hint,
                  mistakes=graph_mistakes(first)[2:], what="life-graph.figure (the same as at page load)")
    if app.callbacks_reading("year-slider.value"):  # with no callback, untouched data earns nothing
        # The page load and one move run the callback twice: an edit of the data shows by then.
        changed = t.observe("data_changed_by_choosing", "year-slider", [away])
        t.expect(changed == [], what=f"the module's DataFrames after the page load and a move of the slider to {away}",
                 expected="unchanged", actual=f"changed: {', '.join(map(str, changed))}" if isinstance(changed, list) else str(changed),
                 hint=hint + " Even an edit that does not break the graph (a new column, a sort in place) changes it for everyone.")
