"""Hints from evidence: what the app did, compared with what each known mistake would have done.

A fixed hint per check tells a student with swapped axes not to mutate the global data. Instead a
check lists the mistakes it knows, each with what the app would show if the student made it:

    mistakes = [Mistake("x and y are swapped", shows=summary(swapped)), ...]
    t.expect_prop(app, "graph", "figure", summary(right), read=summary, mistakes=mistakes, hint=general)

When the check fails, `hint_for` names the mistakes whose output matches what the app showed
("Your app shows exactly what it would if x and y were swapped: ..."), and otherwise the general
hint, prefixed by what the callback trace says (no callback ran; a callback raised). Never a
cause the evidence contradicts, never an empty hint.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mistake:
    """A mistake students make: what the app would show then (`shows`, or a test of the value) and the fix.

    `shows` is compared with the value the check read, in the same form as the expected value;
    pass a function `value -> bool` when one value is not enough (e.g. "any figure but the right one").
    """

    name: str
    shows: Any
    fix: str

    def matches(self, actual: Any) -> bool:
        if callable(self.shows):
            try:
                return bool(self.shows(actual))
            except Exception:  # a test that cannot read this value says "not this mistake"
                return False
        return actual == self.shows


def hint_for(actual: Any, mistakes: Sequence[Mistake], general: str, *, calls: Sequence[Any] = (), action: str = "") -> str:
    """The hint for a failed expectation: matching mistakes first, else what the trace shows, else `general`."""
    matching = [mistake for mistake in mistakes if mistake.matches(actual)]
    if matching:
        return " Or: ".join(
            f"Your app shows exactly what it would if {mistake.name}. {mistake.fix}" for mistake in matching
        )
    observed = trace_observation(calls, action)
    text = " ".join(piece for piece in (observed, general) if piece)
    return text or "Compare what your app showed with what was expected, and look at the callbacks that ran."


def trace_observation(calls: Sequence[Any], action: str) -> str:
    """One sentence on what the callback runs of the last action say, or "" when they say nothing special."""
    if not action:
        return ""
    if not calls:
        if action == "the page loaded":
            return "No callback ran when the page loaded (prevent_initial_call=True, or no callback writes this)."
        return (f"No callback ran after {action}: no callback has it as an Input "
                "(a State is read, but never triggers).")
    if any(getattr(call, "status", "ok") == "error" for call in calls):
        return "A callback raised an error (see the callbacks that ran)."
    return ""

