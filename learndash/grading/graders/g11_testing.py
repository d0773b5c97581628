"""Grader for exercise 11: a plain function, a callback that prevents, and a student test that has teeth."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.observations import observation
from learndash.grading.trial import Trial

EXERCISE = "11"
TITLE = "A word counter you can test (testing your app)"
FILE = "11_testing.py"

UNIT_CASES = {"Dash is fun": "3 words", "hello": "1 word", "": "0 words", "  spaced   out ": "2 words"}

#: Broken versions of count_words a test with teeth must catch, by the name observations use.
BROKEN_VERSIONS = {
    "always answers '0 words'": lambda text: "0 words",
    "counts one word too many": lambda text: f"{len(text.split()) + 1} words",
}


# -- observations: run in the child, on a fresh copy of the student's module; they return data ----


@observation
def count_words_answers(module, texts: list[str]) -> list[str] | None:
    """repr(count_words(text)) for each text, or None when there is no function count_words."""
    count_words = getattr(module, "count_words", None)
    if not callable(count_words):
        return None
    return [repr(count_words(text)) for text in texts]


@observation
def how_the_test_ends(module, broken: str | None = None) -> str:
    """How test_word_counter() ends ("missing", "passed", or "failed: <why>"), with count_words
    replaced by the broken version named `broken` first, if one is named."""
    test = getattr(module, "test_word_counter", None)
    if not callable(test):
        return "missing"
    if broken is not None:
        module.count_words = BROKEN_VERSIONS[broken]  # the callback looks the name up in its module when it runs
    try:
        test()
    except AssertionError as error:
        return f"failed: AssertionError {error}"
    except Exception as error:  # an error the broken function leads to also makes the test fail
        return f"failed: {type(error).__name__} {error}"
    return "passed"


# -- checks: run in the grading process -----------------------------------------------------------


@check(weight=1, parts=2)
def layout_has_the_components(t: Trial) -> None:
    """The layout has the textarea "text" and the div "word-count"."""
    app = t.start()
    t.expect_component(app, "text")
    t.expect_component(app, "word-count")


@check(weight=3, parts=4)
def count_words_is_a_plain_function(t: Trial) -> None:
    """count_words(text) counts words, called directly like a unit test would."""
    answers = t.observe("count_words_answers", list(UNIT_CASES))
    t.require(isinstance(answers, list) and len(answers) == len(UNIT_CASES),
              "Your file has no function `count_words(text)` at module level.")
    for (text, expected), actual in zip(UNIT_CASES.items(), answers):
        t.expect(actual == repr(expected), what=f"count_words({text!r})", expected=repr(expected), actual=str(actual),
                 hint='len(text.split()) splits on any whitespace; and "1 word" is singular.')


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def app_shows_the_count(t: Trial) -> None:
    """The app shows the count on load and as the text changes."""
    app = t.start()
    hint = 'Output("word-count", "children") <- Input("text", "value"), returning count_words(text).'
    t.expect_prop(app, "word-count", "children", "3 words", hint=hint)
    app.set_props("text", {"value": "one two"})
    t.expect_prop(app, "word-count", "children", "2 words", hint=hint)


@check(weight=1, depends_on="app_shows_the_count", parts=2)
def missing_text_is_prevented(t: Trial) -> None:
    """A text of None raises PreventUpdate, leaving the count as it was."""
    app = t.start()
    app.set_props("text", {"value": None})
    statuses = [call.status for call in app.calls_of_last_action()]
    t.expect("prevented" in statuses, what="how update_word_count ended when text was None",
             expected="prevented", actual=", ".join(statuses) or "it did not run",
             hint="if text is None: raise PreventUpdate")
    t.expect_prop(app, "word-count", "children", "3 words", hint="PreventUpdate keeps the last value on screen.")


@check(weight=1)
def your_test_passes(t: Trial) -> None:
    """Your test_word_counter() passes on your app."""
    outcome = t.observe("how_the_test_ends")
    t.require(outcome != "missing", "Your file has no function `test_word_counter()`.")
    t.expect(outcome == "passed", what="running test_word_counter() on your app", expected="it passes",
             actual=str(outcome).removeprefix("failed: "), hint="Fix the app or the assertion so they agree.")


@check(weight=2, depends_on="your_test_passes", parts=2)
def your_test_catches_bugs(t: Trial) -> None:
    """Your test_word_counter() fails when count_words is broken."""
    for description in BROKEN_VERSIONS:
        caught = str(t.observe("how_the_test_ends", description)).startswith("failed")
        t.expect(caught, what=f"your test, with a count_words that {description}", expected="the test fails",
                 actual="the test still passed",
                 hint='Assert on what the app shows, e.g. `assert harness.get_prop("word-count", "children") == "3 words"`.')
