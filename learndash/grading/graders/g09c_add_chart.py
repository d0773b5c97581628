"""Grader for exercise 09c: charts added at run time, each redrawn by one MATCH callback."""
from __future__ import annotations

import plotly.express as px

from learndash.grading import figures
from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.tabs import (add_numbered, expect_added_at_the_end, expect_own_numbering_per_tab, indexes_on_page,
                                    numbering_cause)
from learndash.grading.trial import Trial

EXERCISE = "09c"
TITLE = "Add as many charts as you like (MATCH)"
FILE = "09c_add_chart.py"
WEIGHTS = ("Chapter 9 teaches MATCH on components added at run time: one callback drawing the chart whose dropdown "
           "changed (R3, 3), and only that chart (R4, 3), weigh most; adding charts (R2) and drawing new ones at once "
           "(R5) 2 each; the layout (R1) 1.")

COUNTRIES = ["Canada", "Japan", "Kenya"]
MEASURES = ["lifeExp", "pop", "gdpPercap"]
GAPMINDER = px.data.gapminder()


def measure(index: int) -> dict:
    return {"type": "chart-measure", "index": index}


def graph(index: int) -> dict:
    return {"type": "chart-graph", "index": index}


def line_of(country: str, column: str) -> list:
    rows = GAPMINDER[GAPMINDER["country"] == country]
    return figures.points({"data": [{"x": rows["year"].tolist(), "y": rows[column].tolist()}]})


def country_shown(app) -> str:
    """The country the app's dropdown holds ("Canada" unless the layout starts elsewhere, which is R1's mistake)."""
    country = app.get_prop("country", "value") if app.has_component("country") else None
    return country if country in COUNTRIES else "Canada"


def add_charts(t: Trial, app, count: int) -> list[int]:
    """Click "add-chart" `count` times and return the charts' indexes, in order (`add_numbered`)."""
    return add_numbered(t, app, button="add-chart", count=count, components=(measure, graph),
                        missing=f'After {count} click(s) on "add-chart" there are not {count} charts: each click appends a '
                        'dropdown {"type": "chart-measure", "index": i} and a graph {"type": "chart-graph", "index": i}, '
                        "i counting from 0.")


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "country" (value "Canada"), "add-chart" (0 clicks) and the empty container "charts"."""
    app = t.start()
    if t.expect_component(app, "country"):
        t.expect_served(app, "country", "value", "Canada", hint='value="Canada"')
    t.expect_served(app, "add-chart", "n_clicks", 0, hint='html.Button("Add Chart", id="add-chart", n_clicks=0)')
    t.expect_component(app, "charts")
    t.expect_served(app, "charts", "children", [], hint='html.Div(id="charts", children=[]): an empty list to append to.')


@check(weight=2, parts=8, covers=("R2",))
def clicks_add_numbered_charts(t: Trial) -> None:
    """Each click adds a measure dropdown (lifeExp first) and a graph at the end, indexes 0, 1, 2 in click order;
    the charts already there keep their measure."""
    app = t.start()
    app.click("add-chart")
    t.require(app.has_component("charts") and bool(app.get_prop("charts", "children")),
              'A click on "add-chart" added nothing to "charts": append a dropdown and a graph to its children.')
    hint = 'The first chart has ids {"type": "chart-measure", "index": 0} and {"type": "chart-graph", "index": 0}.'
    if t.expect_component(app, measure(0), hint=hint):
        t.expect_prop(app, measure(0), "value", "lifeExp", hint='value="lifeExp"')
    else:
        t.expect(False, what="the first dropdown's value", expected="'lifeExp'", actual="no dropdown with index 0", hint=hint)
    # The first chart's dropdown, whatever its index (a wrong index is the part above, not this one).
    first = next((index for index in (0, 1) if app.has_component(measure(index))), None)
    if first is not None:
        app.set_props(measure(first), {"value": "pop"})
    app.click("add-chart", times=2)
    there = first is not None and app.has_component(measure(first))
    still = app.get_prop(measure(first), "value") if there else None
    t.expect(still == "pop", what="the first chart's measure after choosing pop, then adding two charts", expected="'pop'",
             actual=repr(still) if there else "the first chart is gone" if first is not None else "no first chart",
             hint="Charts already there stay as they are: append the new dropdown and graph to "
             'State("charts", "children") instead of building every chart again (which resets their measures).')
    numbers = indexes_on_page(app, graph)
    if numbers:
        t.expect(numbers[:3] == [0, 1, 2], what="the indexes of the graphs after three clicks", expected="0, 1, 2",
                 actual=", ".join(map(str, numbers)), hint=numbering_hint(numbers))
    else:  # says which ids are on the page instead
        t.expect_component(app, graph(0), hint=hint)
    t.expect(not app.has_component(graph(3)), what="no chart with index 3 after three clicks", expected="indexes 0, 1, 2",
             actual="a chart with index 3 exists", hint=numbering_hint(numbers))
    expect_added_at_the_end(t, app, container="charts", id_type="chart-graph", noun="chart")
    expect_own_numbering_per_tab(t, app, button="add-chart", component_of=measure, noun="chart", clicks_so_far=3)


def numbering_hint(numbers: list[int]) -> str:
    """What the indexes the graphs got after three clicks say about how they were counted."""
    return (numbering_cause(numbers, clicks=3, noun="chart", pieces="a dropdown and a graph") or
            "Use the number of charts so far as the next index (count the charts already there, not n_clicks).")


@check(weight=3, parts=4, covers=("R3",))
def chart_draws_its_measure(t: Trial) -> None:
    """A chart draws its measure by year for the chosen country as a line, read as State when it is drawn."""
    app = t.start()
    app.set_props("country", {"value": "Japan"})
    t.another_session()  # another user opens the page: a country kept in a Python global goes back to Canada
    [first] = add_charts(t, app, 1)
    hint = ('Output({"type": "chart-graph", "index": MATCH}, "figure") from the MATCH measure and '
            'State("country", "value"): px.line(rows, x="year", y=measure).')
    shown_right = []
    for column in ("pop", "gdpPercap"):
        app.set_props(measure(first), {"value": column})
        if t.expect_prop(app, graph(first), "figure", line_of("Japan", column), read=figures.points, hint=hint,
                         mistakes=[Mistake("the country stayed Canada", shows=line_of("Canada", column),
                                           fix='Read the country from State("country", "value"): this page\'s own choice, '
                                           "not a constant, nor a Python global that every tab and user share."),
                                   Mistake("the measure did not change the chart", shows=line_of("Japan", "lifeExp"),
                                           fix="Use the measure the dropdown holds for y.")]):
            shown_right.append(app.get_prop(graph(first), "figure"))
    figures.expect_drawn(t, app, graph(first), figures.LINE, shown_right, set(line_of("Japan", "pop") + line_of("Japan", "gdpPercap")),
                         what="how the chart draws the years", hint=hint)
    # State: choosing another country redraws nothing (for a right app this runs no callback at all).
    read = figures.as_meant(figures.points)  # [fig] for one Output is R2's mistake
    drawn = read(app.get_prop(graph(first), "figure"))
    app.set_props("country", {"value": "Kenya"})
    t.expect_prop(app, graph(first), "figure", drawn, read=read, what="the first chart after choosing Kenya (no measure changed)",
                  hint='The country is State("country", "value"), not an Input: it is read when a chart is drawn, and '
                  "choosing another country alone redraws nothing.")


@check(weight=3, parts=2, covers=("R4",))
def each_chart_follows_its_own_dropdown(t: Trial) -> None:
    """Changing chart 1's measure leaves chart 0 as it was, and draws chart 1 as chart 0 draws that measure.

    Both are compared with what the app itself draws, not with the right lines: a wrong line (axes,
    country, a chart returned as [figure]) is the drawing check's (R3) mistake, charged there once."""
    app = t.start()
    country = country_shown(app)
    read = figures.as_meant(figures.points)
    first, second = add_charts(t, app, 2)
    app.set_props(measure(first), {"value": "pop"})
    before = read(app.get_prop(graph(first), "figure"))
    t.require(bool(before) and isinstance(before, list), "The first chart draws no line after its measure changed, so "
              "there is nothing to compare between the charts: see the drawing check above.")
    app.set_props(measure(second), {"value": "gdpPercap"})
    hint = "MATCH pairs each graph with the dropdown of the same index: one chart's change redraws that chart only."
    t.expect_prop(app, graph(first), "figure", before, read=read, hint=hint,
                  what="the first chart after the second chart's measure changed (as before)",
                  mistakes=[Mistake("every chart followed the last dropdown", shows=line_of(country, "gdpPercap"),
                                    fix="Use MATCH (not ALL), so each chart follows its own dropdown.")])
    drawn = read(app.get_prop(graph(second), "figure"))
    app.set_props(measure(first), {"value": "gdpPercap"})
    t.expect_prop(app, graph(first), "figure", drawn, read=read, hint=hint,
                  what="the first chart set to gdpPercap (as the second chart showed when its own dropdown chose gdpPercap)")


@check(weight=2, covers=("R5",))
def new_chart_is_drawn_at_once(t: Trial) -> None:
    """A new chart shows its line (life expectancy) as soon as it is added.

    It is compared with the line the app draws, when a dropdown changes, for the measure a new chart
    starts on, not with the right line: a wrong line is the drawing check's (R3) mistake, and a wrong
    first measure the adding check's (R2), each charged there once."""
    app = t.start()
    read = figures.as_meant(figures.points)
    [first] = add_charts(t, app, 1)
    # The measure a new chart starts on: "lifeExp" is R2's to judge (a value the dropdown does not offer is cleared).
    start = app.get_prop(measure(first), "value")
    for column in ("pop", start):
        app.set_props(measure(first), {"value": column})
    line = read(app.get_prop(graph(first), "figure"))
    t.require(bool(line) and isinstance(line, list), "A chart draws no line even after its measure changes, so there is "
              "no line to expect of a new chart: see the drawing check above.")
    [second] = add_charts(t, app, 1)
    t.expect_prop(app, graph(second), "figure", line, read=read,
                  what=f"the new chart's figure (as the first chart draws {start})",
                  hint="The MATCH callback runs for a chart's new components when they are added: do not set "
                  "prevent_initial_call on it.")
