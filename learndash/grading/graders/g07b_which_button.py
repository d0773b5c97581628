"""Grader for exercise 07b: three buttons, one callback, ctx.triggered_id names the one clicked."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "07b"
TITLE = "Which button was clicked? (ctx.triggered_id)"
FILE = "07b_which_button.py"
WEIGHTS = ("This exercise teaches ctx.triggered_id: naming the button clicked last in one callback (R2, 4) weighs "
           "most; the style Output (R3) and the page load with no trigger (R4) 2 each; the layout (R1) 1.")

COLOURS = ("red", "green", "blue")


@check(weight=1, parts=10, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the buttons "red", "green", "blue" (0 clicks, named by their colour) and "chosen-colour"."""
    app = t.start()
    for colour in COLOURS:
        if t.expect_component(app, colour):
            t.expect_served(app, colour, "n_clicks", 0, hint=f'html.Button("{colour}", id="{colour}", n_clicks=0)')
            # "Red" or "red button" name the colour as well as "red" does.
            text = app.text(colour)
            t.expect(colour in text.lower(), what=f'the text of the "{colour}" button', expected=f"{colour!r}",
                     actual=repr(text), hint=f'The button shows its colour: html.Button("{colour}", id="{colour}", n_clicks=0)')
        else:
            t.expect(False, what=f'the "{colour}" button\'s clicks', expected="0", actual="no such button")
    t.expect_component(app, "chosen-colour")


@check(weight=4, parts=6, covers=("R2",))
def last_clicked_button_is_named(t: Trial) -> None:
    """One callback names the button clicked last, however often the others were clicked before, in each tab.

    The clicks defeat every rule that reads the counts instead of ctx.triggered_id: the most clicks
    (red, clicked 3 times, is never clicked last) and any fixed order of the buttons (green comes
    after blue, and blue after green). The last part opens a second tab, whose page load runs the
    callback, and clicks blue in the first: counts compared with earlier ones kept in a Python global
    (shared by the tabs) name the wrong button there."""
    app = t.start()
    writers = app.callbacks_writing("chosen-colour.children")
    listened = {c.name for c in writers}
    inputs = {i.prop_id for c in writers for i in c.inputs}
    wanted = {f"{colour}.n_clicks" for colour in COLOURS}
    t.expect(len(listened) == 1 and wanted <= inputs, what="the callback that writes chosen-colour",
             expected="one callback with Inputs red.n_clicks, green.n_clicks, blue.n_clicks",
             actual=f"{', '.join(sorted(listened)) or 'none'} with Inputs {', '.join(sorted(inputs)) or 'none'}",
             hint="One callback, the three buttons' n_clicks as its Inputs.")
    clicked_before: set[str] = set()
    hint = 'Read ctx.triggered_id ("red", "green" or "blue") and return f"You chose {colour}.".'
    one_tab = []
    for colour, times in (("red", 3), ("green", 1), ("blue", 1), ("green", 1)):
        app.click(colour, times=times)
        earlier = {f"You chose {other}." for other in clicked_before - {colour}}
        one_tab.append(t.expect_prop(app, "chosen-colour", "children", f"You chose {colour}.", hint=hint, mistakes=[
            Mistake("a button clicked earlier was chosen", shows=lambda text, earlier=earlier: text in earlier,
                    fix="Click counts remember the past (the most clicks, or any button clicked at all): use "
                    "ctx.triggered_id, the id of the button clicked now.")]))
        clicked_before.add(colour)
    t.another_session()
    app.click("blue")
    t.expect_prop(app, "chosen-colour", "children", "You chose blue.", what="chosen-colour.children, with a second tab opened,",
                  hint="A second tab's page load changed the button this tab names: what the callback compares with is "
                  "kept in a Python global, shared by every tab and user. Use ctx.triggered_id, the id of the button "
                  "clicked now." if all(one_tab) else hint)


def same_colour(style, expected: dict) -> bool:
    """The style's colour is the expected one; other style keys (a padding, a bold font) are the student's own."""
    return isinstance(style, dict) and str(style.get("color", "")).lower() == expected["color"]


def colour_named(text: str) -> str | None:
    """The one colour a text names ("You chose blue." -> "blue"), or None."""
    named = [colour for colour in COLOURS if colour in text.lower()]
    return named[0] if len(named) == 1 else None


@check(weight=2, parts=2, covers=("R3",))
def style_follows_the_colour(t: Trial) -> None:
    """The div's style colour is the chosen colour.

    "Chosen" is the colour the div's text names: a wrong button named is R2's mistake, and a style
    that follows it is right here."""
    app = t.start()
    for colour in ("blue", "green"):
        app.click(colour)
        chosen = colour_named(app.text("chosen-colour")) or colour
        t.expect_prop(app, "chosen-colour", "style", {"color": chosen}, compare=same_colour,
                      hint='A second Output("chosen-colour", "style") returning {"color": colour}.')


@check(weight=2, parts=2, covers=("R4",))
def page_load_asks_to_pick(t: Trial) -> None:
    """Before any click the div reads "Pick a colour." in black."""
    app = t.start()
    hint = ("The callback runs when the page loads with ctx.triggered_id None: "
            'if it is None, return "Pick a colour.", {"color": "black"}.')
    t.expect_prop(app, "chosen-colour", "children", "Pick a colour.", hint=hint)
    t.expect_prop(app, "chosen-colour", "style", {"color": "black"}, compare=same_colour, hint=hint)
