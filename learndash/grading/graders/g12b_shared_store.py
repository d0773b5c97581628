"""Grader for exercise 12b: one callback fills a dcc.Store, two callbacks read it."""
from __future__ import annotations

import re

import plotly.express as px

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "12b"
TITLE = "Filter once, read twice (a dcc.Store shared by callbacks)"
FILE = "12b_shared_store.py"
WEIGHTS = ("This exercise teaches a Store as the one place an intermediate value lives: filling it (R2, 3) and "
           "reading it instead of the dropdown (R5, 3) weigh most; each reader (R3, R4) 2; the layout (R1) 1.")

GAPMINDER_2007 = px.data.gapminder().query("year == 2007")
CONTINENTS = set(GAPMINDER_2007["continent"])


def records(continent: str) -> list[dict]:
    rows = GAPMINDER_2007[GAPMINDER_2007["continent"] == continent]
    return rows[["country", "lifeExp"]].to_dict("records")


def longest(continent: str) -> str:
    best = max(records(continent), key=lambda record: record["lifeExp"])
    return f"Longest life: {best['country']} ({best['lifeExp']:.1f} years)"


def as_countries(data) -> list:
    """The countries of the Store's records, sorted (what R2 asks for, whatever else they hold).

    Sorted, because R2 names the rows, not their order: records sorted by lifeExp (so a reader takes
    the first) hold the same rows, and the Store is not on the page.
    """
    if not isinstance(data, list):
        return data
    return sorted((record.get("country") if isinstance(record, dict) else record for record in data), key=repr)


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "continent" (value "Europe"), the store "continent-data", "country-count" and "longest-life"."""
    app = t.start()
    if t.expect_component(app, "continent"):
        t.expect_served(app, "continent", "value", "Europe", hint='value="Europe"')
    t.expect(app.served_type("continent-data") == "Store", what='the component "continent-data"', expected="a dcc.Store",
             actual=app.served_type("continent-data") or "missing", hint='dcc.Store(id="continent-data")')
    t.expect_component(app, "country-count")
    t.expect_component(app, "longest-life")


@check(weight=3, parts=3, covers=("R2",))
def store_holds_the_continents_rows(t: Trial) -> None:
    """The Store holds the chosen continent's 2007 countries, as records, from the page load on (the texts read it then)."""
    app = t.start()
    # The page load fills the Store with the dropdown's first value ("Europe"; another one is R1's mistake).
    first = app.served_prop("continent", "value", "Europe")
    for continent in (first if first in CONTINENTS else "Europe", "Asia", "Oceania"):
        if continent in ("Asia", "Oceania"):
            app.set_props("continent", {"value": continent})
        t.expect_prop(app, "continent-data", "data", as_countries(records(continent)), read=as_countries,
                      what="the countries in the Store's data",
                      hint='Output("continent-data", "data") <- Input("continent", "value"): '
                      'rows[["country", "lifeExp"]].to_dict("records") of that continent in 2007.',
                      mistakes=[Mistake("the Store held a dict of columns", shows=lambda found: isinstance(found, dict),
                                        fix='to_dict() gives {"country": {...}, "lifeExp": {...}}; to_dict("records") gives '
                                        'the list of rows the task asks for: [{"country": ..., "lifeExp": ...}, ...].'),
                                Mistake("the records were returned inside a list",
                                        shows=lambda found: isinstance(found, list) and len(found) == 1 and isinstance(found[0], list),
                                        fix="A callback with one Output returns the value itself: return the records, not "
                                        "[records] (a list of values is for a list of Outputs)."),
                                Mistake("each row was stored as a list, not as a record (a dict)",
                                        shows=lambda found: isinstance(found, list) and len(found) > 1
                                        and all(isinstance(row, list) for row in found),
                                        fix='.values.tolist() gives [country, lifeExp] lists; to_dict("records") gives '
                                        'the rows the task asks for: [{"country": ..., "lifeExp": ...}, ...].'),
                                Mistake("every year was kept", shows=lambda found: isinstance(found, list) and len(found) > len(records(continent)),
                                        fix="Keep 2007 only: the table df is already 2007, filter only by continent.")])


def read_from_a_right_store(app, continent: str, target: str, expected: str) -> None:
    """When `target` does not show `expected` and the Store does not hold the continent's records (R2's
    mistake), put those records in the Store, as R2 asks, before the text is judged.

    The text's callback is then judged on the data its task describes: a Store in the wrong form
    ([records], a dict of columns) costs R2's points only, not the points of the callbacks reading it.
    """
    if not app.has_component(target) or not app.has_component("continent-data") or app.text(target) == expected:
        return
    if as_countries(app.get_prop("continent-data", "data")) != as_countries(records(continent)):
        app.set_props("continent-data", {"data": records(continent)})


@check(weight=2, parts=2, covers=("R3",))
def count_reads_the_store(t: Trial) -> None:
    """"country-count" says how many countries the Store holds."""
    app = t.start()
    for continent in ("Africa", "Europe"):
        app.set_props("continent", {"value": continent})
        read_from_a_right_store(app, continent, "country-count", f"{len(records(continent))} countries")
        t.expect_prop(app, "country-count", "children", f"{len(records(continent))} countries",
                      hint='f"{len(records)} countries" from Input("continent-data", "data").')


@check(weight=2, parts=2, covers=("R4",))
def longest_life_reads_the_store(t: Trial) -> None:
    """"longest-life" names the country with the highest life expectancy, one decimal.

    The wording and the decimal are judged for the Americas, once; for Asia the country and its
    life expectancy (to the nearest year), so "(83 years)" costs one part, not both."""
    app = t.start()
    hint = 'max(records, key=lambda r: r["lifeExp"]), then f"Longest life: {country} ({life:.1f} years)".'
    for continent in ("Americas", "Asia"):
        app.set_props("continent", {"value": continent})
        read_from_a_right_store(app, continent, "longest-life", longest(continent))
        if continent == "Americas":
            t.expect_prop(app, "longest-life", "children", longest(continent), hint=hint, mistakes=[
                Mistake("the life expectancy was not shown with one decimal",
                        shows=lambda text: names_the_longest(text, "Americas") and "(80.7 years)" not in text,
                        fix='Write it with one decimal: f"({life:.1f} years)" gives "(80.7 years)".')])
        else:
            t.expect_prop(app, "longest-life", "children", longest(continent), hint=hint,
                          compare=lambda shown, right, continent=continent: shown == right or names_the_longest(shown, continent))


def names_the_longest(text, continent: str) -> bool:
    """`text` names the continent's longest-lived country and its life expectancy, in whatever wording."""
    best = max(records(continent), key=lambda record: record["lifeExp"])
    if not isinstance(text, str) or best["country"] not in text:
        return False
    return any(abs(float(number) - best["lifeExp"]) < 0.5 for number in re.findall(r"\d+(?:\.\d+)?", text))


@check(weight=3, parts=2, covers=("R5",))
def only_the_store_reads_the_dropdown(t: Trial) -> None:
    """Only the Store's callback listens to the dropdown; the two texts are computed from the Store."""
    app = t.start()
    readers = [c.name for c in app.callbacks_reading("continent.value", states=True)]
    t.expect(len(readers) == 1 and bool(app.callbacks_writing("continent-data.data")) and
             readers[0] == app.callbacks_writing("continent-data.data")[0].name,
             what="the callbacks that read the continent dropdown", expected="only the one that fills the Store",
             actual=", ".join(readers) or "none",
             hint='Give count and longest life Input("continent-data", "data") instead of the dropdown: the filtering '
             "then runs once per change.")
    # Triggered by the Store (its data, or its modified_timestamp with the data as State, a Dash idiom) and reading its data.
    store_readers = {c.name for c in app.callbacks_reading("continent-data.data", states=True)
                     if any(d.component_id == "continent-data" for d in c.inputs)}
    text_writers = {c.name for target in ("country-count", "longest-life") for c in app.callbacks_writing(f"{target}.children")}
    t.expect(bool(text_writers) and text_writers <= store_readers, what="the callbacks that write the two texts",
             expected='each has Input("continent-data", "data")',
             actual=f"not from the Store: {', '.join(sorted(text_writers - store_readers))}" if text_writers else "no callback writes them",
             hint='Both text callbacks take Input("continent-data", "data").')
