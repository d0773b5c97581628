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


@observation
def data_changed_by_choosing(module: ModuleType, component_id: str, values: list[Any]) -> list[str]:
    """The names of the module's DataFrames that setting `component_id`'s value to each of `values`
    changed in any way (rows, columns, values, order): an edit that happens not to break the graph is
    still an edit of data every user shares. Graders of "never change the global data" import it."""
    import pandas

    from learndash.testing import AppHarness

    frames = {name: value for name, value in vars(module).items() if isinstance(value, pandas.DataFrame)}
    before = {name: frame.copy(deep=True) for name, frame in frames.items()}
    page = AppHarness(module.app, raise_on_error=False)
    for value in values:
        page.set_props(component_id, {"value": value})
    changed = [name for name in before if not isinstance(getattr(module, name, None), pandas.DataFrame)
               or not getattr(module, name).equals(before[name]) or list(getattr(module, name).columns) != list(before[name].columns)]
    return sorted(changed)


class UnknownObservation(LookupError):
    """A check asked for an observation its grader module does not define (a grader bug)."""
