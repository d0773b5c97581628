"""Grader for exercise 02, the greeter: one Input, one Output, and the call on page load."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.evidence import Mistake
from learndash.grading.trial import NOT_SET, Trial, is_empty

EXERCISE = "02"
TITLE = "A greeter (basic callbacks)"
FILE = "02_basic_callbacks.py"
WEIGHTS = ("Chapter 2 teaches that a callback maps an Input to an Output and runs on page load: "
           "following the text box (R2, 3) and the page-load call (R4, 2) weigh most; the layout the stub "
           "already gives is worth 1.")

BLANK_MISTAKES = (
    Mistake("the blank name was greeted as it is",
            shows=lambda text: isinstance(text, str) and text.startswith("Hello,") and text.endswith("!") and not text[6:-1].strip(),
            fix='Test the name first: `if not name or not name.strip(): return "Hello, stranger!"`.'),
    Mistake("the greeting differs only in capital letters", shows=lambda text: text.lower() == "hello, stranger!",
            fix='Write it exactly as "Hello, stranger!", with a small s: the page compares text letter for letter.'),
)


@check(weight=1, parts=5, covers=("R1",))
def layout_has_the_components(t: Trial) -> None:
    """The layout has the text box "name-input" (text, value "Dash") and an empty div "greeting"."""
    app = t.start()
    if t.expect_component(app, "name-input"):
        t.expect_served(app, "name-input", "value", "Dash", hint='Start the text box with value="Dash".')
        t.expect_served(app, "name-input", "type", "text", hint='type="text" makes it a text box.',
                        compare=lambda served, _: served in ("text", NOT_SET))  # Dash's default type is "text"
    if t.expect_component(app, "greeting"):
        t.expect_served(app, "greeting", "children", "empty", compare=is_empty,
                        hint="Leave the greeting's children out of the layout: html.Div(id=\"greeting\"). "
                        "The callback fills it when the page loads, so text written there is never seen.")


@check(weight=2, covers=("R4",))
def greeting_on_page_load(t: Trial) -> None:
    """The greeting is there as soon as the page loads.

    A greeting worded wrongly ("Hi, Dash!") is there too: its wording is the text box check's (R2).
    """
    app = t.start()
    written = any(call.status == "ok" and "greeting.children" in (call.outputs or {}) for call in app.calls_of_last_action())
    t.expect_prop(app, "greeting", "children", "Hello, Dash!", read=lambda _: app.text("greeting"),
                  compare=lambda shown, right: shown == right or (written and shown.strip() != ""),
                  hint="Dash calls every callback once when the page loads, with the text box's first value.")


@check(weight=3, parts=2, covers=("R2",))
def greeting_follows_the_input(t: Trial) -> None:
    """The greeting follows what is typed into the text box."""
    app = t.start()
    for name in ("Ada", "grace hopper"):  # typed in small letters: greeted as typed, not tidied (.title())
        app.set_props("name-input", {"value": name})
        t.expect_prop(
            app, "greeting", "children", f"Hello, {name}!",
            mistakes=[Mistake("the name was changed before greeting", shows=lambda text, name=name: isinstance(text, str)
                              and text.lower() == f"hello, {name}!".lower(), fix="Greet the name exactly as typed.")],
            hint='Return f"Hello, {name}!" to Output("greeting", "children") from Input("name-input", "value").',
        )


@check(weight=2, parts=2, covers=("R3",))
def empty_name_greets_a_stranger(t: Trial) -> None:
    """An empty (or blank) name greets a stranger."""
    app = t.start()
    for blank in ("", "   "):
        app.set_props("name-input", {"value": blank})
        t.expect_prop(app, "greeting", "children", "Hello, stranger!", mistakes=BLANK_MISTAKES,
                      hint='An empty or blank name is greeted "Hello, stranger!": test `not name or not name.strip()`.')
