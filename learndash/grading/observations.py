"""Observations: what a check may learn about a student's module beyond the page, as plain data.

Most checks only need what a browser sees, which the child serves over Dash's wire protocol. A few
need more: "count_words('hello') returns '1 word'", "your test fails on a broken app". For those, a
grader module defines an *observation*, a function that runs in the child on a freshly loaded copy
of the student's module and returns JSON-able data:

    @observation
    def count_words_answers(module, texts):
        count_words = getattr(module, "count_words", None)
        return None if not callable(count_words) else [repr(count_words(text)) for text in texts]

and a check asks for it by name, in the parent:

    answers = t.observe("count_words_answers", ["hello"])

The answer is untrusted data (the student's code computed it, and could have computed anything):
the check compares it with what it expects, and the verdict stays in the parent.
"""
from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

ObservationFunction = Callable[..., Any]


def observation(function: ObservationFunction) -> ObservationFunction:
    """Mark `function(module, *args)` as an observation the child may run for this grader's checks."""
    function.is_observation = True  # type: ignore[attr-defined]
    return function


def run_observation(grader: ModuleType, name: str, module: ModuleType, args: list[Any]) -> Any:
    """In the child: run the grader's observation `name` on the student's `module`."""
    function = getattr(grader, name, None)
    if not callable(function) or not getattr(function, "is_observation", False):
        raise UnknownObservation(f"the grader {grader.__name__} has no observation named {name!r}")
    return function(module, *args)


class UnknownObservation(LookupError):
    """A check asked for an observation its grader module does not define (a grader bug)."""
