"""What is wrong with a student's callback graph, said before any check runs, in the student's words.

A missing id makes every later check fail in its own way; one line at the top of the report that
names the cause is kinder than twenty red lines. `diagnose(open_page)` opens the app once in the
headless harness and collects, in this order:

- the layout checks the page itself runs (`app.validate_layout`, rules V-3, V-4, C-9): an Input or
  State id that is not in the layout ("Did you mean 'year-slider'?"), a property the component does
  not have, a cycle of callbacks, duplicate ids;
- callbacks that raised while the page loaded (their error, with the student's line);
- outputs the exercise needs that no callback writes, found by comparing with the prop ids the
  reference solution's callbacks write (found in a child like any app: `runner.outputs_written_by`,
  or, in a class run, the page its own grading opens first):

      expected {"greeting.children"}, the student's callbacks write {"greet.children"}
      -> "Nothing in your app writes greeting.children ... Did you mean greet.children?"

The messages are the core's own (`learndash.validation`, the harness's page errors), so a student
reads the same words here as in the browser's error overlay.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from learndash.exceptions import LearndashError
from learndash.suggest import did_you_mean

#: The most diagnostics one report shows; the rest are usually consequences of the first ones.
MOST_SHOWN = 6


def written_outputs(callbacks: Iterable[Any]) -> list[str]:
    """The `id.prop` the `callbacks` write (an app's `callback_registry`, or a page's `callbacks`),
    wildcard ids left out (they have no one name)."""
    found: list[str] = []
    for callback in callbacks:
        for output in callback.outputs:
            if not output.is_pattern and output.prop_id not in found:
                found.append(output.prop_id)
    return found


def diagnose(open_page: Callable[[], Any], *, expected_outputs: list[str] | None = None) -> tuple[str, ...]:
    """The problems in an app's callback graph, one message each, most important first.

    `open_page()` opens the app in a harness that collects errors instead of raising them, e.g.
    `lambda: AppHarness(app, raise_on_error=False)`, or `AppHarness.over(transport, ...)`.
    """
    messages: list[str] = []
    try:
        harness = open_page()
    except (LearndashError, KeyError) as error:
        return (f"Your app could not even open its page: {error}",)
    for problem in harness.errors:
        messages.append(f"{problem.title}: {problem.message}")
    messages.extend(_unwritten_outputs(harness.page.callbacks, expected_outputs or []))
    if len(messages) > MOST_SHOWN:
        hidden = len(messages) - MOST_SHOWN
        messages = messages[:MOST_SHOWN] + [f"... and {hidden} more problem(s) like these."]
    return tuple(messages)


def _unwritten_outputs(callbacks: list[Any], expected: list[str]) -> list[str]:
    """One message per expected output that none of the `callbacks` writes."""
    written = written_outputs(callbacks)
    messages = []
    for prop_id in expected:
        if prop_id in written:
            continue
        component_id, prop = prop_id.rsplit(".", 1)
        suggestion = did_you_mean(prop_id, written)
        hint = f" {suggestion} Use the exact id and property the exercise names." if suggestion else ""
        shown = ", ".join(written) if written else "nothing (the app has no callback with a fixed-id Output)"
        messages.append(
            f"Output nobody writes: nothing in your app writes {prop_id}, so it never changes. The exercise "
            f"needs a callback with Output({component_id!r}, {prop!r}).{hint} Your callbacks write: {shown}."
        )
    return messages
