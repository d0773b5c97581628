"""Grader for exercise 11: a plain function, a callback that prevents, and a student test that has teeth."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "11"
TITLE = "A word counter you can test (testing your app)"
FILE = "11_testing.py"

UNIT_CASES = {"Dash is fun": "3 words", "hello": "1 word", "": "0 words", "  spaced   out ": "2 words"}


@check(weight=1, parts=2)
def layout_has_the_components(t: Trial) -> None:
    """The layout has the textarea "text" and the div "word-count"."""
    app = t.start()
    t.expect_component(app, "text")
    t.expect_component(app, "word-count")


@check(weight=3, parts=4)
def count_words_is_a_plain_function(t: Trial) -> None:
    """count_words(text) counts words, called directly like a unit test would."""
    count_words = getattr(t.module, "count_words", None)
    t.require(callable(count_words), "Your file has no function `count_words(text)` at module level.")
    for text, expected in UNIT_CASES.items():
        actual = count_words(text)
        t.expect(actual == expected, what=f"count_words({text!r})", expected=repr(expected), actual=repr(actual),
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
    test = getattr(t.module, "test_word_counter", None)
    t.require(callable(test), "Your file has no function `test_word_counter()`.")
    try:
        test()
    except AssertionError as error:
        t.expect(False, what="running test_word_counter() on your app", expected="it passes",
                 actual=f"AssertionError {error}", hint="Fix the app or the assertion so they agree.")
        return
    t.expect(True, what="running test_word_counter() on your app")


@check(weight=2, depends_on="your_test_passes", parts=2)
def your_test_catches_bugs(t: Trial) -> None:
    """Your test_word_counter() fails when count_words is broken."""
    broken_versions = {
        "always answers '0 words'": lambda text: "0 words",
        "counts one word too many": lambda text: f"{len(text.split()) + 1} words",
    }
    for description, broken in broken_versions.items():
        module = t.fresh_module()  # a fresh copy of the file for each broken version
        module.count_words = broken  # the callback looks the name up in its module when it runs
        try:
            module.test_word_counter()
            caught = False
        except Exception:  # an AssertionError, or any error the broken function leads to
            caught = True
        t.expect(caught, what=f"your test, with a count_words that {description}", expected="the test fails",
                 actual="the test still passed",
                 hint='Assert on what the app shows, e.g. `assert harness.get_prop("word-count", "children") == "3 words"`.')
