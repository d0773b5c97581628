"""Grader for exercise 06, capitals: a three-step chain that must never show an inconsistent pair."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial

EXERCISE = "06"
TITLE = "Capitals of the world (chained callbacks)"
FILE = "06_chained_callbacks.py"
WEIGHTS = ("Chapter 6 teaches a chain of callbacks, each listening to the property the one before writes: "
           "the options (R2, 3) and the sentence that follows both controls (R4, 3 + 1 for writing it once) weigh "
           "most; resetting the value (R3) 2; the layout the stub gives 1.")

CAPITALS = {
    "Europe": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "Asia": {"Japan": "Tokyo", "India": "New Delhi", "Thailand": "Bangkok"},
    "Africa": {"Kenya": "Nairobi", "Ghana": "Accra", "Egypt": "Cairo"},
}


def option_values(options):
    """Dropdown options as their values: plain strings and {"label", "value"} dicts both count."""
    if not isinstance(options, list):
        return options
    return [option.get("value") if isinstance(option, dict) else option for option in options]


def sentence(continent: str, country: str) -> str:
    return f"{CAPITALS[continent][country]} is the capital of {country}, in {continent}."


def pair_shown(app) -> tuple | None:
    """The (continent, country) the radio and the dropdown hold, when that is a real pair; else None."""
    shown = (app.get_prop("continent-radio", "value"), app.get_prop("country-dropdown", "value"))
    if isinstance(shown[0], str) and isinstance(shown[1], str) and shown[0] in CAPITALS and shown[1] in CAPITALS[shown[0]]:
        return shown
    return None


def sentence_for_the_controls(app, continent: str, country: str) -> str:
    """The sentence for what the radio and the dropdown hold, when that is a real pair (a first value or
    a reset that went wrong is R1's or R3's mistake, not the sentence's).

    When the dropdown holds no country of the radio's continent (a reset to a list, a whole option,
    or nothing), `country` is chosen in the dropdown first, as a user would: the sentence callback
    is then judged on a real pair, and the broken reset costs R3's points only.
    """
    if pair_shown(app) is None and app.get_prop("continent-radio", "value") == continent:
        app.set_props("country-dropdown", {"value": country})
    return sentence(*(pair_shown(app) or (continent, country)))


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has "continent-radio" (the continents, value "Europe"), "country-dropdown" and "capital-sentence"."""
    app = t.start()
    if t.expect_component(app, "continent-radio"):
        t.expect_served(app, "continent-radio", "value", "Europe", hint='Start the radios with value="Europe".')
        t.expect(option_values(app.served_prop("continent-radio", "options")) == list(CAPITALS),
                 what="the continent radio's options", expected=str(list(CAPITALS)),
                 actual=str(option_values(app.served_prop("continent-radio", "options"))),
                 hint="options=list(CAPITALS): the continents, in the order of CAPITALS.")
    t.expect_component(app, "country-dropdown")
    t.expect_component(app, "capital-sentence")


@check(weight=3, parts=3, covers=("R2",))
def options_follow_the_continent(t: Trial) -> None:
    """The dropdown offers the countries of the chosen continent."""
    app = t.start()
    for continent, countries in reversed(CAPITALS.items()):  # Europe last: the check sets each continent itself
        app.set_props("continent-radio", {"value": continent})
        t.expect_prop(
            app, "country-dropdown", "options", list(countries), read=option_values,
            mistakes=[Mistake("every continent's countries were offered", shows=lambda found: isinstance(found, list) and len(found) == 9,
                              fix="Offer only CAPITALS[continent]."),
                      Mistake("the countries were sorted", shows=sorted(countries), fix="Keep the order of CAPITALS[continent]: no sorted().")],
            hint='Write to Output("country-dropdown", "options") from Input("continent-radio", "value"), '
            "listing the countries of CAPITALS[continent] in order.",
        )


@check(weight=2, parts=3, covers=("R3",))
def country_resets_to_the_first(t: Trial) -> None:
    """When the options change, the dropdown's value becomes the first country.

    The first of the options the dropdown shows: options in another order (or another continent's)
    are R2's mistake, and picking their first is right here."""
    app = t.start()
    for continent, countries in reversed(CAPITALS.items()):
        app.set_props("continent-radio", {"value": continent})
        shown = option_values(app.get_prop("country-dropdown", "options")) if app.has_component("country-dropdown") else None
        first = shown[0] if isinstance(shown, list) and shown else next(iter(countries))
        t.expect_prop(
            app, "country-dropdown", "value", first,
            mistakes=[Mistake("the value was set to the whole option", shows=lambda value: isinstance(value, dict),
                              fix='Return options[0]["value"], not options[0].'),
                      Mistake("the value was returned inside a list", shows=lambda value: isinstance(value, list),
                              fix='A callback with one Output returns the value itself: options[0]["value"], not '
                              '[options[0]["value"]] (a list of values is for a list of Outputs).')],
            hint='Add a callback Output("country-dropdown", "value") <- Input("country-dropdown", "options") '
            'returning options[0]["value"] (the value, not the whole option).',
        )


@check(weight=3, parts=5, covers=("R4",))
def sentence_names_the_capital(t: Trial) -> None:
    """The sentence names the capital of the chosen country, and follows both controls of its own tab.

    The last part opens a second tab (on Europe) and picks India in the first: a sentence that takes
    the continent from a Python global, written by whichever tab changed it last, fails there only.
    """
    app = t.start()
    hint = ('Listen to both Input("continent-radio", "value") and Input("country-dropdown", "value"), and write '
            '"Paris is the capital of France, in Europe." word for word.')
    one_tab = [t.expect_prop(app, "capital-sentence", "children", sentence_for_the_controls(app, "Europe", "France"), hint=hint)]
    app.set_props("continent-radio", {"value": "Europe"})  # already Europe unless the layout starts elsewhere
    app.set_props("country-dropdown", {"value": "Italy"})
    one_tab.append(t.expect_prop(app, "capital-sentence", "children", sentence_for_the_controls(app, "Europe", "Italy"), hint=hint))
    app.set_props("continent-radio", {"value": "Asia"})
    one_tab.append(t.expect_prop(app, "capital-sentence", "children", sentence_for_the_controls(app, "Asia", "Japan"), hint=hint))
    app.set_props("country-dropdown", {"value": "Thailand"})
    one_tab.append(t.expect_prop(app, "capital-sentence", "children", sentence_for_the_controls(app, "Asia", "Thailand"), hint=hint))
    t.another_session()
    app.set_props("country-dropdown", {"value": "India"})
    tabs_hint = ('Another tab opened on Europe and this tab\'s sentence broke: a Python global is shared by every user '
                 'of the server. Read the continent from Input("continent-radio", "value") in the sentence callback.')
    t.expect_prop(app, "capital-sentence", "children", sentence_for_the_controls(app, "Asia", "India"),
                  what="capital-sentence.children, with a second tab open on Europe,",
                  hint=tabs_hint if all(one_tab) else hint)


@check(weight=1, covers=("R4",))
def sentence_is_written_once_per_change(t: Trial) -> None:
    """Switching continent rewrites the sentence once, never with a country of another continent."""
    app = t.start()
    app.set_props("continent-radio", {"value": "Africa"})
    # Runs, not successful writes: a run that crashed on a broken reset (R3's mistake) still ran once.
    writers = {callback.name for callback in app.callbacks_writing("capital-sentence.children")}
    writes = [call for call in app.calls_of_last_action() if call.callback in writers and call.status != "prevented"]
    t.expect(
        len(writes) == 1,
        what="how many times the sentence was written after choosing Africa",
        expected="1", actual=str(len(writes)),
        hint="Let the chain do the work: one callback per output, each listening to the property before it.",
    )
