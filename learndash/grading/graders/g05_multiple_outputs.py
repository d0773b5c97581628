"""Grader for exercise 05: one callback, three Outputs, one value per Output."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "05"
TITLE = "A temperature converter (multiple outputs)"
FILE = "05_multiple_outputs.py"
WEIGHTS = ("Chapter 5 teaches one callback with several Outputs, one value each in order: that (R2, 3) and the "
           "empty box clearing all three at once (R6, 2) weigh most; each conversion 2, the given layout 1.")

OUTPUT_IDS = ("fahrenheit", "kelvin", "water-state")


def converted(celsius: float) -> tuple[str, str, str]:
    state = "ice" if celsius <= 0 else "steam" if celsius >= 100 else "water"
    return f"{celsius * 9 / 5 + 32:.1f} °F", f"{celsius + 273.15:.2f} K", state


def unit_spacing(right: str) -> Mistake:
    """The right number with the unit spaced otherwise ("68.0°F", "68.0  °F")."""
    return Mistake("the space before the unit was left out (or doubled)", shows=lambda text: text != right and text.replace(" ", "") == right.replace(" ", ""),
                   fix=f"Write the number, one space, then the unit, exactly as the task does: {right!r}.")


@check(weight=1, parts=6, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the number box "celsius" (value 20) and the divs "fahrenheit", "kelvin", "water-state"."""
    app = t.start()
    if t.expect_component(app, "celsius"):
        t.expect_served(app, "celsius", "value", 20, hint="Start the box at value=20 (the number, not \"20\").")
        t.expect_served(app, "celsius", "type", "number", hint='type="number" hands the callback a number.')
    for component_id in OUTPUT_IDS:
        t.expect_component(app, component_id)


@check(weight=3, parts=2, covers=("R2",))
def one_callback_fills_all_three(t: Trial) -> None:
    """One callback writes all three divs, and fills them, in order, when the page loads."""
    app = t.start()
    writers = {callback.name for target in OUTPUT_IDS for callback in app.callbacks_writing(f"{target}.children")}
    t.expect(len(writers) == 1 and all(app.callbacks_writing(f"{target}.children") for target in OUTPUT_IDS),
             what="the callbacks that write the three divs", expected="one callback with three Outputs",
             actual=", ".join(sorted(writers)) or "none",
             hint="The lesson is one callback, several Outputs: list Output(\"fahrenheit\", \"children\"), "
             "Output(\"kelvin\", \"children\"), Output(\"water-state\", \"children\") in one @app.callback.")
    shown = tuple(app.text(target) for target in OUTPUT_IDS)  # the text a person reads, however it is split
    # The order is judged here: a div holding another div's value. A wrong conversion is its own check's.
    right = converted(20)
    misplaced = [target for target, text in zip(OUTPUT_IDS, shown) if text in right and text != right[OUTPUT_IDS.index(target)]]
    # An empty div says why from the callback runs (e.g. prevent_initial_call); a misplaced value is the order.
    observed = "" if all(shown) else app.observation_about(OUTPUT_IDS[shown.index("")], "children")
    t.expect(all(shown) and not misplaced, what="the text of the three divs after the page loaded",
             expected=f"each div its own value, e.g. {right}", actual=str(shown),
             hint=observed or "Return a tuple with one value per Output, in the order the Outputs are listed.")


@check(weight=2, parts=3, covers=("R3",))
def fahrenheit_is_converted(t: Trial) -> None:
    """Fahrenheit is C * 9 / 5 + 32 with one decimal."""
    app = t.start()
    for celsius in (-40, 37.5, 36.6):
        app.type_number("celsius", celsius)
        t.expect_prop(app, "fahrenheit", "children", converted(celsius)[0], hint='f"{celsius * 9 / 5 + 32:.1f} °F"',
                      mistakes=[Mistake("the value was not formatted with one decimal",
                                        shows=lambda text, c=celsius: text == f"{c * 9 / 5 + 32} °F",
                                        fix='Format it: f"{fahrenheit:.1f} °F".'),
                                Mistake("the division dropped the fraction (//)", shows=lambda text, c=celsius: text == f"{c * 9 // 5 + 32:.1f} °F",
                                        fix="Use / (true division), not //."),
                                unit_spacing(converted(celsius)[0])])


@check(weight=2, parts=2, covers=("R4",))
def kelvin_is_converted(t: Trial) -> None:
    """Kelvin is C + 273.15 with two decimals (26.85 °C is "300.00 K")."""
    app = t.start()
    for celsius in (-40, 26.85):  # 300.0 K shows whether the two decimals are formatted, not just rounded
        app.type_number("celsius", celsius)
        t.expect_prop(app, "kelvin", "children", converted(celsius)[1], hint='f"{celsius + 273.15:.2f} K"',
                      mistakes=[Mistake("the value was rounded, not formatted", shows=f"{round(celsius + 273.15, 2)} K",
                                        fix='round(kelvin, 2) drops trailing zeros ("300.0 K"); f"{kelvin:.2f} K" keeps two decimals.'),
                                unit_spacing(converted(celsius)[1])])


@check(weight=2, parts=4, covers=("R5",))
def water_state_is_named(t: Trial) -> None:
    """The state of water is "ice" at or below 0, "steam" at or above 100, "water" between (the box takes decimals)."""
    app = t.start()
    for celsius in (0, 0.5, 99.5, 100):  # the edges, and a decimal just inside each (not 1 and 99)
        app.type_number("celsius", celsius)
        zero_as_empty = [Mistake("0 °C was taken for an empty box", shows="",
                                 fix="`if not celsius` is true for 0 as well: test `if celsius is None`, so 0 °C is converted (it is ice).")]
        t.expect_prop(app, "water-state", "children", converted(celsius)[2], mistakes=zero_as_empty if celsius == 0 else [],
                      hint='Mind the edges and the spelling: 0 is "ice" (<= 0) and 100 is "steam" (>= 100); '
                      'the box takes decimals, so 0.5 and 99.5 are "water".')


@check(weight=2, covers=("R6",))
def empty_box_clears_everything(t: Trial) -> None:
    """An empty box clears all three divs."""
    app = t.start()
    app.type_number("celsius", 30)
    app.set_props("celsius", {"value": None})
    shown = tuple(app.get_prop(target, "children") for target in OUTPUT_IDS)
    observed = app.observation_about("kelvin", "children")
    t.expect(shown == ("", "", ""), what="the three divs after emptying the box", expected="('', '', '')",
             actual=str(shown), trace="" if shown == ("", "", "") else app.trace_of_last_action(),
             hint="\n".join(filter(None, [observed, 'if celsius is None: return "", "", "" (one empty string per Output).'])))
