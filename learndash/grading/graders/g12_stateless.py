"""Grader for exercise 12: the score lives in a dcc.Store, so each tab keeps its own."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "12"
TITLE = "A score keeper per browser tab (stateless apps)"
FILE = "12_stateless.py"
WEIGHTS = ("Chapter 12 teaches that the server keeps no state: each tab keeping its own score (R5, 4) weighs most, "
           "then the buttons changing the stored score (R2, 3); the page-load rule (R3), the display (R4) and the "
           "layout (R1) 1 or 2 each.")


@check(weight=1, parts=7, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "plus-one" and "reset" (0 clicks), the store "score-store" (data 0) and "score-display"."""
    app = t.start()
    for component_id in ("plus-one", "reset", "score-store", "score-display"):
        t.expect_component(app, component_id)
    t.expect_served(app, "score-store", "data", 0, hint='dcc.Store(id="score-store", data=0): the score starts at 0.')
    for button in ("plus-one", "reset"):
        t.expect_served(app, button, "n_clicks", 0, hint=f'html.Button(..., id="{button}", n_clicks=0)')


@check(weight=2, parts=2, covers=("R3",))
def score_starts_at_zero(t: Trial) -> None:
    """The page loads with the score at 0: the button callback does not run on page load.

    Judged against the layout's own data (data=0 missing is R1's mistake) and the display's number
    (its wording is R4's): what matters here is what ran when the page loaded. A display callback
    that ran but wrote another property (R4's mistake) ran as it should at page load.
    """
    app = t.start()
    served = app.served_prop("score-store", "data", None)
    t.expect_prop(app, "score-store", "data", served,
                  what="score-store.data after the page loaded (as the layout wrote it)",
                  hint="The button callback needs prevent_initial_call=True, or it adds 1 when the page loads.")
    stored = app.get_prop("score-store", "data")
    readers = {callback.name for callback in app.callbacks_reading("score-store.data")}
    writers = {callback.name for callback in app.callbacks_writing("score-display.children")}
    ran_at_load = [call for call in app.calls_of_last_action() if call.callback in readers and call.status in ("ok", "prevented")]
    reader_ran_elsewhere = not writers and any(call.status == "ok" for call in ran_at_load)
    # With no score stored (R1's mistake) a display that ran and chose to show nothing for None did its part.
    showed_no_score = stored is None and bool(ran_at_load)
    t.expect_prop(app, "score-display", "children", f"Score: {stored}", read=lambda _: app.text("score-display"),
                  compare=lambda shown, right: (shown == right or (shown != "" and str(stored) in shown) or reader_ran_elsewhere
                                                or showed_no_score),
                  hint="The display callback runs on page load and shows the stored 0 (leave it without prevent_initial_call).")


IN_A_LIST = Mistake("the score was returned inside a list", shows=lambda score: isinstance(score, list),
                    fix="A callback with one Output returns the value itself: `return score + 1`, not `[score + 1]` "
                    "(a list of values is for a list of Outputs).")


@check(weight=3, parts=3, covers=("R2",))
def buttons_change_the_stored_score(t: Trial) -> None:
    """"+1" adds one to the stored score; "Reset" brings it back to 0; the next +1 continues from there."""
    app = t.start()
    on_load = app.get_prop("score-store", "data")  # a score that starts at 1 is R3's mistake, not this one's
    app.click("plus-one", times=3)
    t.expect_prop(app, "score-store", "data", (on_load if is_number(on_load) else 0) + 3, mistakes=[IN_A_LIST],
                  hint='Return score + 1 to Output("score-store", "data"), reading the score as State("score-store", "data"); '
                  'tell the buttons apart with ctx.triggered_id, compared with the ids as the layout spells them ("plus-one").')
    app.click("reset")
    t.expect_prop(app, "score-store", "data", 0, hint='if ctx.triggered_id == "reset": return 0', mistakes=[IN_A_LIST])
    after_reset = app.get_prop("score-store", "data")  # a reset that did not reset is the part above's mistake
    app.click("plus-one")
    t.expect_prop(app, "score-store", "data", after_reset + 1 if is_number(after_reset) else 1,
                  hint="The next +1 adds 1 to the stored score.",
                  mistakes=[IN_A_LIST, Mistake("the score was the number of +1 clicks", shows=4,
                                    fix="After a reset the next +1 gives 1: add to the stored score, not to n_clicks."),
                            Mistake("the +1 click reset the score again", shows=lambda score: score == after_reset == 0,
                                    fix="Once reset was clicked its n_clicks stays above 0, so `if reset_clicks:` holds "
                                    'for every later click too: ask which button fired, `if ctx.triggered_id == "reset":`. '
                                    "(If you do ask, compare with the ids as the layout spells them: \"plus-one\", \"reset\".)")])


@check(weight=2, parts=3, covers=("R4",))
def display_shows_the_stored_score(t: Trial) -> None:
    """The display reads "Score: N" for the stored score, also after a reset (a display that counts
    the +1 clicks agrees with the score only until the first reset)."""
    app = t.start()
    hint = 'Output("score-display", "children") <- Input("score-store", "data"): return f"Score: {score}".'
    for button in ("plus-one", "reset", "plus-one"):
        app.click(button)
        stored = app.get_prop("score-store", "data")
        t.expect_prop(app, "score-display", "children", f"Score: {stored}", hint=hint)


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@check(weight=4, parts=4, covers=("R5",))
def each_tab_has_its_own_score(t: Trial) -> None:
    """Two tabs on the same server each keep their own score, whichever tab clicks or opens last.

    Each tab is compared with what one tab alone shows after as many clicks (the second tab with the
    first one's start, the first one with a copy of the app clicked alone), not with the right answers:
    a score that starts wrong or counts wrong is R1-R3's mistake, and only a difference from a tab alone
    shows one tab's clicks reaching the other.
    """
    alone = t.start()
    alone.click("plus-one", times=4)
    after_four_alone = alone.get_prop("score-store", "data")
    first = t.start()
    on_load = first.get_prop("score-store", "data")
    first.click("plus-one")
    after_one = first.get_prop("score-store", "data")
    first.click("plus-one", times=2)
    second = t.another_session()
    hint = ("The second tab saw the first tab's clicks: a Python global is shared by every user of the server (and "
            "not shared at all between worker processes). Keep the score in dcc.Store and pass it in as State.")
    t.expect_prop(second, "score-store", "data", on_load, what="the second tab's score on load (as the first tab's on load)",
                  hint=hint)
    second.click("plus-one")
    t.expect_prop(second, "score-store", "data", after_one,
                  what="the second tab's score after one click (as the first tab's after one click)", hint=hint)
    first.click("plus-one")
    t.expect_prop(first, "score-store", "data", after_four_alone,
                  what="the first tab's score after its 4th click, while the second tab clicked once (as a tab alone after 4 clicks)",
                  hint="The first tab lost its score to the second tab: a Python global is shared by every user, even one "
                  "reset when a page opens. Keep the score in dcc.Store and pass it in as State.")
    # The harness's tabs share no browser storage, but a real browser's do: a "local" Store is one
    # score for every tab of that browser (each tab sees the others' writes).
    kind = first.served_prop("score-store", "storage_type", "memory") if first.has_component("score-store") else "no Store"
    t.expect(kind in ("memory", "session"), what="the Store's storage_type", expected="'memory' (the default) or 'session'",
             actual=repr(kind), hint='storage_type="local" keeps one score for every tab of the browser: leave the default '
             '"memory" (or "session", one score per tab that survives a reload).' if kind == "local" else hint)
