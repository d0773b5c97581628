"""Grader for exercise 06, capitals: a three-step chain that must never show an inconsistent pair."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "06"
TITLE = "Capitals of the world (chained callbacks)"
FILE = "06_chained_callbacks.py"

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


@check(weight=1, parts=4)
def layout_has_the_components(t: Trial) -> None:
    """The layout has "continent-radio" (value "Europe"), "country-dropdown" and "capital-sentence"."""
    app = t.start()
    if t.expect_component(app, "continent-radio"):
        t.expect_prop(app, "continent-radio", "value", "Europe", hint='Start the radios with value="Europe".')
    t.expect_component(app, "country-dropdown")
    t.expect_component(app, "capital-sentence")


@check(weight=3, depends_on="layout_has_the_components", parts=3)
def options_follow_the_continent(t: Trial) -> None:
    """The dropdown offers the countries of the chosen continent."""
    app = t.start()
    for continent, countries in CAPITALS.items():
        if continent != "Europe":
            app.set_props("continent-radio", {"value": continent})
        t.expect_prop(
            app, "country-dropdown", "options", list(countries), read=option_values,
            hint='Write to Output("country-dropdown", "options") from Input("continent-radio", "value"), '
            "listing the countries of CAPITALS[continent] in order.",
        )


@check(weight=2, depends_on="layout_has_the_components", parts=3)
def country_resets_to_the_first(t: Trial) -> None:
    """When the options change, the dropdown's value becomes the first country."""
    app = t.start()
    for continent, countries in CAPITALS.items():
        if continent != "Europe":
            app.set_props("continent-radio", {"value": continent})
        t.expect_prop(
            app, "country-dropdown", "value", next(iter(countries)),
            hint='Add a callback Output("country-dropdown", "value") <- Input("country-dropdown", "options") '
            'returning options[0]["value"] (the value, not the whole option).',
        )


@check(weight=3, depends_on="layout_has_the_components", parts=4)
def sentence_names_the_capital(t: Trial) -> None:
    """The sentence names the capital of the chosen country, and follows both controls."""
    app = t.start()
    hint = 'Listen to both Input("continent-radio", "value") and Input("country-dropdown", "value").'
    t.expect_prop(app, "capital-sentence", "children", sentence("Europe", "France"), hint=hint)
    app.set_props("country-dropdown", {"value": "Italy"})
    t.expect_prop(app, "capital-sentence", "children", sentence("Europe", "Italy"), hint=hint)
    app.set_props("continent-radio", {"value": "Asia"})
    t.expect_prop(app, "capital-sentence", "children", sentence("Asia", "Japan"), hint=hint)
    app.set_props("country-dropdown", {"value": "Thailand"})
    t.expect_prop(app, "capital-sentence", "children", sentence("Asia", "Thailand"), hint=hint)


@check(weight=1, depends_on="sentence_names_the_capital")
def sentence_is_written_once_per_change(t: Trial) -> None:
    """Switching continent rewrites the sentence once, never with a country of another continent."""
    app = t.start()
    app.set_props("continent-radio", {"value": "Africa"})
    writes = [call for call in app.calls_of_last_action() if "capital-sentence.children" in (call.outputs or {})]
    t.expect(
        len(writes) == 1,
        what="how many times the sentence was written after choosing Africa",
        expected="1", actual=str(len(writes)),
        hint="Let the chain do the work: one callback per output, each listening to the property before it.",
    )
