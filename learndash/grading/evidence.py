"""Hints from evidence: what the app did, compared with what each known mistake would have done.

A fixed hint per check tells a student with swapped axes not to mutate the global data. Instead a
check lists the mistakes it knows, each with what the app would show if the student made it:

    mistakes = [Mistake("x and y are swapped", shows=summary(swapped)), ...]
    t.expect_prop(app, "graph", "figure", summary(right), read=summary, mistakes=mistakes, hint=general)

When the check fails, `hint_for` names the mistakes whose output matches what the app showed
("Your app shows exactly what it would if x and y were swapped: ..."), and otherwise the general
hint, after what the callback trace says (no callback ran; a callback raised), one line each so a
report can say each line once. Never a cause the evidence contradicts, never an empty hint.
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


def hint_for(actual: Any, mistakes: Sequence[Mistake], general: str, *, observation: str = "") -> str:
    """The hint for a failed expectation, one line per cause. Never empty.

    When the callback trace shows something odd (`observation`: no callback ran, none writes the
    prop, one raised or prevented), that is the cause, and a mistake in what a callback computes
    is contradicted by it: the observation and the `general` hint are given. Otherwise the mistakes
    whose output matches what the app showed, or the general hint when none does.
    """
    if observation:
        return "\n".join(piece for piece in (observation, general) if piece)
    matching = [mistake for mistake in mistakes if mistake.matches(actual)]
    if matching:
        return "\nOr: ".join(
            f"Your app shows exactly what it would if {mistake.name}. {mistake.fix}" for mistake in matching
        )
    return general or "Compare what your app showed with what was expected, and look at the callbacks that ran."


def observe(
    calls: Sequence[Any], *, edited: str, target: str, callbacks: Sequence[Any], served: bool = True, errors: Sequence[Any] = ()
) -> str:
    """One sentence on what the callback runs of the last action say about `target` ("greeting.children").

    `edited` is the prop id the action changed ("" for the page load), `callbacks` the app's
    declared callbacks (what the page's dependency list shows), `served` whether the target's
    component was in the layout as served (else a callback created it, writing it whole), `errors`
    the page errors of the action. Says nothing when nothing is odd.
    """
    writers = [callback for callback in callbacks if any(writes(output, target) for output in callback.outputs)]
    names = {callback.name for callback in writers}
    own_calls = [call for call in calls if call.callback in names]
    if any(call.status == "error" for call in own_calls):
        if any("Invalid array length" in str(error.message) for error in errors):
            # a clientside `return tip, total;`: JavaScript's comma gives `total` alone, a number, and
            # Dash, pairing the Outputs with it like a list, fails (C-10)
            return ("The callback that writes it raised RangeError: Invalid array length: with several Outputs "
                    "a clientside function returns a list with one value per Output (in JavaScript `return [a, b];`, "
                    "as `return a, b;` returns b alone).")
        return "The callback that writes it raised an error (see the callbacks that ran)."
    if not own_calls and not edited:
        held_back = [callback.name for callback in writers if not callback.fires_initially]
        if held_back:
            return f"{', '.join(held_back)} has prevent_initial_call=True, so it did not run when the page loaded."
        if not calls:
            return "No callback ran when the page loaded."
        stopped = {call.callback for call in calls if call.status != "ok"}
        fed_by_stopped = {output.prop_id for callback in callbacks if callback.name in stopped for output in callback.outputs}
        skipped = [callback.name for callback in writers if any(i.prop_id in fed_by_stopped for i in callback.inputs)]
        if skipped:
            return (f"{', '.join(skipped)} did not run when the page loaded: its input comes from "
                    f"{', '.join(sorted(stopped))}, which did not update it (PreventUpdate, no_update or an error), "
                    "so Dash skipped it. Use prevent_initial_call=True instead of PreventUpdate to leave a "
                    "callback out of the page load.")
    if not own_calls and edited:
        as_state = [callback.name for callback in callbacks if any(state.prop_id == edited for state in callback.states)]
        if as_state:
            return (f"No callback ran for it: {edited} is a State of {', '.join(as_state)}, and a State is read "
                    "when something else triggers, never triggers by itself. Make it an Input.")
        listening = [callback.name for callback in writers if any(names_prop(i, edited) for i in callback.inputs)]
        if listening:
            # It is an Input, so the action set it to the value it already had: nothing to trigger.
            return ""
        held_back = [callback.name for callback in writers if not callback.fires_initially]
        if held_back and not served:
            return (f"{', '.join(held_back)} has prevent_initial_call=True, so it did not run when a callback added "
                    f"{target.rsplit('.', 1)[0]} to the page (Dash runs a new component's callbacks as it does at page load).")
        if writers or (not calls and served):  # a component a callback creates is written whole by it
            return f"No callback that writes {target} ran: none has {edited} as an Input."
    if own_calls and all(call.status == "prevented" for call in own_calls):
        shown = ", ".join(dict.fromkeys(call.callback for call in own_calls))
        return f"{shown} ran but prevented its update (PreventUpdate, or no_update), so nothing changed."
    # Only a writer with a plain Output of the target is known to have had it to write (a MATCH
    # callback that ran for row 0 had nothing to give row 1).
    plain = {callback.name for callback in writers if not any(output.is_pattern for output in callback.outputs)}
    plain_calls = [call for call in own_calls if call.callback in plain]
    if plain_calls and all(call.status == "ok" and target not in (call.outputs or {}) for call in plain_calls):
        # e.g. no_update for it, or a clientside list shorter than its Outputs: Dash writes the
        # Outputs it has values for and leaves the others, with no error (C-10).
        shown = ", ".join(dict.fromkeys(call.callback for call in plain_calls))
        return (f"{shown} ran but gave {target} no value, so it did not change: return no_update only when you mean it, "
                "and with several Outputs a list with one value per Output (in JavaScript `return [a, b];`, as "
                "`return a, b;` returns b alone).")
    written = sorted({key for call in calls for key in (call.outputs or {})})
    component = target.rsplit(".", 1)[0]
    # A component a callback created is written whole by it, unless a run wrote another of its properties.
    if not writers and (served or any(key.rsplit(".", 1)[0] == component for key in written)):
        return f"No callback writes {target} (the callbacks that ran wrote {', '.join(written) or 'nothing'})."
    return ""


def writes(output: Any, target: str) -> bool:
    """True when `output` writes prop id `target`, or may (a wildcard Output of the same property)."""
    return names_prop(output, target)


def names_prop(dependency: Any, prop_id: str) -> bool:
    """True when the Output, Input or State `dependency` is prop id `prop_id`, or may be (a wildcard of the same property)."""
    if dependency.is_pattern:
        return prop_id.endswith("." + dependency.component_property)
    return dependency.prop_id == prop_id
