"""Grader for exercise 11: a plain function, a callback that prevents, and a student test that has teeth."""
from __future__ import annotations

import linecache
import traceback

from learndash.grading.checks import check
from learndash.grading.observations import observation
from learndash.grading.trial import Trial, changed_nothing

EXERCISE = "11"
TITLE = "A word counter you can test (testing your app)"
FILE = "11_testing.py"
WEIGHTS = ("Chapter 11 teaches testing an app through the harness: a test that checks the app and catches bugs "
           "(R5, 2 + 2) weighs "
           "most with the plain, unit-testable count_words (R2, 3); the callback (R3, 2), PreventUpdate (R4, 1) and "
           "the layout (R1, 1) less.")

UNIT_CASES = {"Dash is fun": "3 words", "hello": "1 word", "": "0 words", "  spaced   out ": "2 words",
              "two\nlines": "2 words"}

#: The app broken another way: its callbacks gone, count_words still right (a test that never opens
#: the app passes on it).
NO_CALLBACK = "no callback"
#: The app with count_words as the task asks: a test that fails on the student's app only because its
#: count_words is wrong (R2's mistake, charged there) passes on it, so the test itself is right.
RIGHT_COUNT = "right count_words"
#: Broken versions of count_words a test with teeth must catch, by the name observations use.
#: A count hard-wired to the first text's "3 words" passes a test that never types (R5: type with set_props).
BROKEN_VERSIONS = {
    "always answers '3 words' (the count of the first text)": lambda text: "3 words",
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
    """How test_word_counter() ends ("missing", "passed", or "failed: <why>"), after breaking the app the
    way `broken` names first: a count_words of BROKEN_VERSIONS, NO_CALLBACK (the app loses its callbacks), or
    RIGHT_COUNT (count_words replaced by the right one)."""
    test = getattr(module, "test_word_counter", None)
    if not callable(test):
        return "missing"
    if broken == NO_CALLBACK:
        module.app.prepare()  # adopt global @callback ones first, so they go too
        module.app.callback_registry = type(module.app.callback_registry)()
    elif broken == RIGHT_COUNT:
        module.count_words = words_in
    elif broken is not None:
        module.count_words = BROKEN_VERSIONS[broken]  # the callback looks the name up in its module when it runs
    try:
        test()
    except AssertionError as error:
        return f"failed: AssertionError {error}" if str(error) else f"failed: AssertionError at {failing_line(error)}"
    except Exception as error:  # an error the broken app leads to also makes the test fail
        return f"failed: {type(error).__name__} {error}"
    return "passed"


@observation
def app_shows_count_words(module) -> bool:
    """Whether the app calls count_words when a text is typed: a test can only catch a broken
    count_words that the page shows."""
    from learndash.testing import AppHarness

    real = getattr(module, "count_words", None)
    if not callable(real) or not hasattr(module, "app"):
        return False
    texts: list = []

    def counting(text):
        texts.append(text)
        return real(text)

    module.count_words = counting  # the callback looks the name up in its module when it runs
    AppHarness(module.app, raise_on_error=False).set_props("text", {"value": "hello"})
    return bool(texts)


def failing_line(error: BaseException) -> str:
    """`line 31: assert h.text("word-count") == "3 words"`, for an assertion without a message."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "an assert with no message"
    last = frames[-1]
    return f"line {last.lineno}: {(last.line or linecache.getline(last.filename, last.lineno)).strip()}"


def words_in(text: str) -> str:
    """What count_words should answer for `text`: "3 words", "1 word", "0 words"."""
    number = len(text.split())
    return "1 word" if number == 1 else f"{number} words"


# -- checks: run in the grading process -----------------------------------------------------------


@check(weight=1, parts=4, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the textarea "text" ("Dash is fun") and the div "word-count"."""
    app = t.start()
    t.expect_component(app, "text")
    t.expect(app.served_type("text") == "Textarea", what='the kind of component "text" is', expected="Textarea",
             actual=app.served_type("text") or "missing", hint='dcc.Textarea(id="text", ...): a box for several lines.')
    t.expect_served(app, "text", "value", "Dash is fun", hint='value="Dash is fun"')
    t.expect_component(app, "word-count")


@check(weight=3, parts=5, covers=("R2",))
def count_words_is_a_plain_function(t: Trial) -> None:
    """count_words(text) counts words, called directly like a unit test would."""
    answers = t.observe("count_words_answers", list(UNIT_CASES))
    t.require(isinstance(answers, list) and len(answers) == len(UNIT_CASES),
              "Your file has no function `count_words(text)` at module level.")
    for (text, expected), actual in zip(UNIT_CASES.items(), answers):
        t.expect(actual == repr(expected), what=f"count_words({text!r})", expected=repr(expected), actual=str(actual),
                 hint=count_hint(expected, actual))


def count_hint(expected: str, actual: str) -> str:
    """The hint for one wrong answer of count_words: the plural when only the plural is off, else the splitting."""
    number = expected.split()[0]
    if actual.strip("'\"").split()[:1] == [number]:
        return ('Only exactly one word is singular ("1 word"); every other number, 0 included, takes "words".'
                if number != "1" else '"1 word" is singular: no s.')
    return 'len(text.split()) splits on any whitespace, however much (spaces, tabs, new lines); and "1 word" is singular.'


@check(weight=2, parts=2, covers=("R3",))
def app_shows_the_count(t: Trial) -> None:
    """The app shows the count on load and as the text changes."""
    app = t.start()
    hint = 'Output("word-count", "children") <- Input("text", "value"), returning count_words(text).'
    first = app.served_prop("text", "value")  # "Dash is fun"; another first text is R1's mistake, judged by its own count
    if not isinstance(first, str):
        first = "Dash is fun"
        app.set_props("text", {"value": first})
    t.expect_prop(app, "word-count", "children", words_in(first), hint=hint)
    app.set_props("text", {"value": "one two"})
    t.expect_prop(app, "word-count", "children", "2 words", hint=hint)


@check(weight=1, parts=3, covers=("R4",))
def missing_text_is_prevented(t: Trial) -> None:
    """A text of None raises PreventUpdate, leaving the count as it was; an empty text is counted.

    Returning no_update is accepted too: Dash answers it as PreventUpdate (nothing is sent back),
    so the page cannot tell the two apart.
    """
    app = t.start()
    app.set_props("text", {"value": "one two three"})  # a real change, so a count is on screen whatever ran at load
    shown = app.get_prop("word-count", "children")
    app.set_props("text", {"value": None})
    calls = app.calls_of_last_action()
    statuses = [call.status for call in calls]
    prevented = any(changed_nothing(call) for call in calls)
    t.expect(prevented, what="how update_word_count ended when text was None",
             expected="prevented", actual=", ".join(statuses) or "it did not run",
             hint="if text is None: raise PreventUpdate")
    t.expect_prop(app, "word-count", "children", shown, hint="PreventUpdate keeps the last value on screen.",
                  compare=lambda now, before: bool(before) and now == before,  # a count that was never shown is not kept
                  what="word-count after text became None (as it was before)")
    # Only None is missing: an emptied box is a text of 0 words (`if not text` prevents it too). A
    # callback that prevents nothing earns nothing here: there is no prevention to judge.
    app.set_props("text", {"value": ""})
    emptied = app.calls_of_last_action()
    counted = bool(emptied) and not any(changed_nothing(call) for call in emptied)
    t.expect(prevented and counted, what="how update_word_count ended when the text was emptied",
             expected="it wrote a count", actual=", ".join(call.status for call in emptied) or "it did not run",
             hint='Prevent only when text is None (`if text is None:`): an empty box is a text with "0 words", '
             "and `if not text:` prevents it too, leaving the old count on screen." if prevented else
             "See above: first raise PreventUpdate when text is None.")


@check(weight=2, covers=("R5",))
def your_test_passes(t: Trial) -> None:
    """Your test_word_counter() passes on your app, and checks the app (it fails on one with no callback)."""
    outcome = t.observe("how_the_test_ends")
    t.require(outcome != "missing", "Your file has no function `test_word_counter()`.")
    # A test that fails only because the app's count_words is wrong caught a real bug (R2's, charged there).
    if outcome != "passed" and t.observe("how_the_test_ends", RIGHT_COUNT) != "passed":
        t.expect(False, what="running test_word_counter() on your app", expected="it passes",
                 actual=str(outcome).removeprefix("failed: "),
                 hint="Your test failed on your own app: fix the app or the assertion so they agree.")
        return
    caught = str(t.observe("how_the_test_ends", NO_CALLBACK)).startswith("failed")
    t.expect(caught, what="your test, on an app with no callback", expected="the test fails",
             actual="the test still passed", hint="A test that passes whatever the app does asserts nothing about it: "
             "open AppHarness(app) and assert on what it shows.")


@check(weight=2, parts=2, covers=("R5",))
def your_test_catches_bugs(t: Trial) -> None:
    """Your test_word_counter() fails when count_words is broken."""
    hint = ("Open the app in AppHarness(app), type other texts with set_props, and assert on what the app "
            'shows each time, e.g. `harness.set_props("text", {"value": "hello"})`, then '
            '`assert harness.get_prop("word-count", "children") == "1 word"`.')
    for description in BROKEN_VERSIONS:
        caught = str(t.observe("how_the_test_ends", description)).startswith("failed")
        if not caught and not t.observe("app_shows_count_words"):
            hint = ("Your app never calls count_words while text is typed, so a broken count_words does not show on the "
                    "page and no test of the page can catch it: let the callback return count_words(text) (R3).")
        t.expect(caught, what=f"your test, with a count_words that {description}", expected="the test fails",
                 actual="the test still passed", hint=hint)
