"""Grader for exercise 02, the greeter: one Input, one Output, and the call on page load."""
from __future__ import annotations

from learndash.grading.checks import check
from learndash.grading.trial import Trial

EXERCISE = "02"
TITLE = "A greeter (basic callbacks)"
FILE = "02_basic_callbacks.py"


@check(weight=1, parts=3)
def layout_has_the_components(t: Trial) -> None:
    """The layout has the text box "name-input" (value "Dash") and the div "greeting"."""
    app = t.start()
    if t.expect_component(app, "name-input"):
        t.expect_prop(app, "name-input", "value", "Dash", hint='Start the text box with value="Dash".')
    t.expect_component(app, "greeting")


@check(weight=2, depends_on="layout_has_the_components")
def greeting_on_page_load(t: Trial) -> None:
    """The greeting is there as soon as the page loads."""
    app = t.start()
    t.expect_prop(
        app, "greeting", "children", "Hello, Dash!",
        hint="Dash calls every callback once when the page loads; do not set prevent_initial_call, "
        'and write to Output("greeting", "children").',
    )


@check(weight=3, depends_on="layout_has_the_components", parts=2)
def greeting_follows_the_input(t: Trial) -> None:
    """The greeting follows what is typed into the text box."""
    app = t.start()
    for name in ("Ada", "Grace Hopper"):
        app.set_props("name-input", {"value": name})
        t.expect_prop(
            app, "greeting", "children", f"Hello, {name}!",
            hint='Listen to Input("name-input", "value") and return f"Hello, {name}!".',
        )


@check(weight=2, depends_on="layout_has_the_components", parts=2)
def empty_name_greets_a_stranger(t: Trial) -> None:
    """An empty (or blank) name greets a stranger."""
    app = t.start()
    for blank in ("", "   "):
        app.set_props("name-input", {"value": blank})
        t.expect_prop(
            app, "greeting", "children", "Hello, stranger!",
            hint='Test the name first: `if not name or not name.strip(): return "Hello, stranger!"`.',
        )
