"""Grader for exercise 08b: one callback draws on page load, the other waits for a click."""
from __future__ import annotations

import pandas as pd

from learndash.grading import figures
from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.tabs import expect_same_in_another_tab
from learndash.grading.trial import NOT_SET, StudentApp, Trial, is_empty

EXERCISE = "08b"
TITLE = "What runs when the page loads (prevent_initial_call)"
FILE = "08b_page_load.py"
WEIGHTS = ("This exercise teaches which callbacks run on page load: the graph drawn by its callback at load (R3, 3) "
           "and the save that waits for a click (R5, 3) weigh most; the graph and the note's text (R2, R4) 2 each, "
           "the layout (R1) 1.")

CARS = pd.DataFrame(
    {
        "maker": ["Acura", "Acura", "Acura", "BMW", "BMW", "BMW", "Honda", "Honda", "Honda"],
        "horsepower": [140, 200, 270, 138, 184, 333, 102, 160, 240],
        "mpg": [28, 21, 24, 26, 23, 19, 34, 30, 24],
    }
)


CAR_POINTS = set(figures.points({"data": [{"x": CARS["horsepower"].tolist(), "y": CARS["mpg"].tolist()}]}))


def points_of(maker: str, x: str = "horsepower", y: str = "mpg") -> list:
    rows = CARS[CARS["maker"] == maker]
    return figures.points({"data": [{"x": rows[x].tolist(), "y": rows[y].tolist()}]})


def option_values(options) -> list:
    return [option.get("value") if isinstance(option, dict) else option for option in options or []]


@check(weight=1, parts=7, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "maker" (the makers, value "Acura"), "mpg-graph", "save" (0 clicks, text "Save") and "saved-note"."""
    app = t.start()
    if t.expect_component(app, "maker"):
        t.expect_served(app, "maker", "value", "Acura", hint='value="Acura"')
    t.expect(sorted(option_values(app.served_prop("maker", "options"))) == ["Acura", "BMW", "Honda"],
             what="the maker dropdown's options", expected="['Acura', 'BMW', 'Honda']",
             actual=str(option_values(app.served_prop("maker", "options"))), hint="options=MAKERS")
    t.expect_served(app, "save", "n_clicks", 0, hint='html.Button("Save", id="save", n_clicks=0)')
    if app.has_component("save"):
        text = app.text("save")
        t.expect("save" in text.lower(), what="the text of the button", expected="'Save'", actual=repr(text),
                 hint='The button says what it does: html.Button("Save", id="save", n_clicks=0).')
    t.expect_component(app, "mpg-graph")
    t.expect_component(app, "saved-note")


@check(weight=2, parts=3, covers=("R2",))
def graph_follows_the_maker(t: Trial) -> None:
    """Choosing a maker shows that maker's cars, horsepower against mpg, as a scatter of markers."""
    app = t.start()
    hint = 'cars = CARS[CARS["maker"] == maker]; px.scatter(cars, x="horsepower", y="mpg").'
    shown_right = []
    for maker in ("BMW", "Honda"):
        app.set_props("maker", {"value": maker})
        if t.expect_prop(app, "mpg-graph", "figure", points_of(maker), read=figures.points, hint=hint,
                         mistakes=[Mistake("x and y were swapped", shows=points_of(maker, "mpg", "horsepower"),
                                           fix='x="horsepower", y="mpg".'),
                                   Mistake("every maker's cars were drawn", shows=lambda found: len(found) == len(CARS),
                                           fix="Filter the cars of the chosen maker first.")]):
            shown_right.append(app.get_prop("mpg-graph", "figure"))
    figures.expect_drawn(t, app, "mpg-graph", figures.SCATTER, shown_right, CAR_POINTS, what="how mpg-graph draws the cars", hint=hint)


@check(weight=3, parts=2, covers=("R3",))
def first_graph_is_drawn_on_page_load(t: Trial) -> None:
    """The first graph (Acura's cars) is drawn by the callback when the page loads, not by the layout."""
    app = t.start()
    t.expect_served(app, "mpg-graph", "figure", NOT_SET, compare=lambda served, _: served is NOT_SET or figures.draws_nothing(served),
                    hint='Remove the figure from the layout: dcc.Graph(id="mpg-graph"). The callback draws it at '
                    "page load, so a figure written in the layout is only ever replaced.")
    # Drawn at load by a callback is judged here; which points it draws is the graph check's (R2).
    drawn = any(call.status == "ok" and "mpg-graph.figure" in (call.outputs or {}) for call in app.calls_of_last_action())
    t.expect_prop(app, "mpg-graph", "figure", points_of("Acura"), read=figures.as_meant(figures.points),
                  compare=lambda shown, right: shown == right or drawn,
                  hint="The graph callback must run when the page loads: no prevent_initial_call on it.")


#: What a second tab that saw the first tab's saves, or its maker, teaches.
TABS_HINT = ("A Python global is shared by every tab and user of the server, so what another tab did (its saves, the "
             'maker it chose) reached this one. Read both from this page: the clicks as Input("save", "n_clicks"), the '
             'maker as State("maker", "value").')


def save_bmw(app: StudentApp) -> None:
    """Choose BMW and press Save once."""
    app.set_props("maker", {"value": "BMW"})
    app.click("save")


@check(weight=2, parts=4, covers=("R4",))
def save_notes_the_maker_and_count(t: Trial) -> None:
    """A click saves the maker shown at that moment, and counts the saves (each tab its own)."""
    app = t.start()
    save_bmw(app)
    t.expect_prop(app, "saved-note", "children", "Saved BMW (1 time)",
                  hint='Input("save", "n_clicks"), State("maker", "value"): f"Saved {maker} ({n} time)", "times" from 2.')
    saved = app.text("saved-note")
    app.set_props("maker", {"value": "Honda"})
    # Compared with the note as it was, so a note worded differently costs the parts on wording only.
    t.expect(bool(saved) and app.text("saved-note") == saved, what="the note after choosing another maker (no click)",
             expected=repr(saved) if saved else "the note of the first save, unchanged", actual=repr(app.text("saved-note")),
             hint="The maker is State: choosing another maker must not save it." if saved else
             "The first click saved nothing, so there is no note to keep.", trace=app.trace_of_last_action())
    app.click("save")
    # The plural and the maker pressed are judged here; the wording was the first save's part, so a
    # note worded like the first one ("Saved BMW (1 time)." -> "Saved Honda (2 times).") passes.
    worded_alike = saved.replace("BMW", "Honda").replace("(1 time)", "(2 times)") if "BMW" in saved and "(1 time)" in saved else None
    t.expect_prop(app, "saved-note", "children", "Saved Honda (2 times)", read=lambda _: app.text("saved-note"),
                  compare=lambda shown, right: shown in (right, worded_alike), mistakes=[
                      Mistake("the plural was left out", shows=lambda text: "(2 time)" in text,
                              fix='Two clicks read "(2 times)": plural from 2 on.'),
                      Mistake("the maker was not the one shown at the click", shows=lambda text: "Honda" not in text and "(2 times)" in text,
                              fix='Read the maker as State("maker", "value"): its value when the button is pressed.'),
                  ], hint='Input("save", "n_clicks"), State("maker", "value"): f"Saved {maker} ({n} times)" from 2 clicks on.')
    def save_bmw_while_the_first_tab_chooses(second: StudentApp) -> None:
        """The second tab chooses BMW; the first tab then chooses Acura; the second tab presses Save."""
        second.set_props("maker", {"value": "BMW"})
        app.set_props("maker", {"value": "Acura"})
        second.click("save")

    expect_same_in_another_tab(t, saved, replay=save_bmw_while_the_first_tab_chooses, target="saved-note",
                               what="the note after saving BMW (the first tab chose Acura in between)", hint=TABS_HINT)


@check(weight=3, parts=2, covers=("R5",))
def nothing_is_saved_on_page_load(t: Trial) -> None:
    """The note is empty when the page loads: the save callback waits for a click."""
    app = t.start()
    t.require(bool(app.callbacks_writing_to("saved-note")),  # a wrong property is R4's mistake, not this one's
              'No callback writes Output("saved-note", "children") yet.')
    t.expect_served(app, "saved-note", "children", "empty", compare=is_empty,
                    hint='Put no text in html.Div(id="saved-note"): it stays empty until the first save.')
    t.expect_prop(app, "saved-note", "children", "empty", compare=is_empty,
                  hint="Add prevent_initial_call=True to the save callback: nobody pressed Save yet.")
