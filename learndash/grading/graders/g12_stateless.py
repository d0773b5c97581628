"""Grader for exercise 12: the score lives in a dcc.Store, so each tab keeps its own."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "12"
TITLE = "A score keeper per browser tab (stateless apps)"
FILE = "12_stateless.py"


@check(weight=1, parts=4)
def layout_has_the_components(t: Trial) -> None:
    """The layout has "plus-one", "reset", the store "score-store" and "score-display"."""
    app = t.start()
    for component_id in ("plus-one", "reset", "score-store", "score-display"):
        t.expect_component(app, component_id)


@check(weight=2, depends_on="layout_has_the_components")
def score_starts_at_zero(t: Trial) -> None:
    """The page loads showing "Score: 0"."""
    app = t.start()
    t.expect_prop(app, "score-display", "children", "Score: 0",
                  hint="The store starts at data=0; the button callback needs prevent_initial_call=True, "
                  "or it adds 1 on page load.")


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def plus_one_adds_and_reset_clears(t: Trial) -> None:
    """"+1" adds one to the score; "Reset" brings it back to 0."""
    app = t.start()
    app.click("plus-one", times=3)
    t.expect_prop(app, "score-display", "children", "Score: 3",
                  hint='Return score + 1 to Output("score-store", "data"), reading the score as State.')
    app.click("reset")
    t.expect_prop(app, "score-display", "children", "Score: 0",
                  hint='if ctx.triggered_id == "reset": return 0')


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def score_lives_in_the_store(t: Trial) -> None:
    """The score is kept in the Store's data, and a new +1 continues after a reset."""
    app = t.start()
    app.click("plus-one", times=2)
    t.expect_prop(app, "score-store", "data", 2, hint='The button callback writes the score to Output("score-store", "data").')
    app.click("reset")
    app.click("plus-one")
    t.expect_prop(app, "score-store", "data", 1, hint="After a reset the next +1 gives 1: start from the stored score.")


@check(weight=3, depends_on="layout_has_the_components", parts=2)
def each_tab_has_its_own_score(t: Trial) -> None:
    """Two tabs on the same server each keep their own score."""
    first = t.start()
    first.click("plus-one", times=3)
    second = t.another_session()
    hint = ("A Python global is shared by every user of the server (and not shared at all between worker "
            "processes): keep the score in dcc.Store and pass it in as State.")
    t.expect_prop(second, "score-display", "children", "Score: 0", hint=hint)
    second.click("plus-one")
    t.expect_prop(second, "score-display", "children", "Score: 1", hint=hint)
