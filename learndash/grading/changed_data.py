"""Charging "never change the global data" once (exercises 03 and 08): the parent's side of it.

A callback that reassigns or edits a global DataFrame filters right the first time; the next choice
finds the data an earlier call cut down and comes out empty (no points, "0 countries", an average of
nan). That is the data requirement's mistake, judged by its own check with the observation
`data_changed_by_choosing`. The checks of the graph and the text accept such an empty answer when
the same observation shows that the data did change, so the mistake costs its own points only.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from learndash.grading.evidence import Mistake
from learndash.grading.trial import Trial


def global_data_changed(t: Trial, component_id: str, values: list[Any]) -> bool:
    """Whether the page load and setting `component_id` to each of `values` changed the module's DataFrames."""
    changed = t.observe("data_changed_by_choosing", component_id, values)
    return isinstance(changed, list) and changed != []


def right_or_emptied_by_changed_data(t: Trial, emptied: Mistake, *, component_id: str,
                                     values: list[Any]) -> Callable[[Any, Any], bool]:
    """A `compare` for `expect_prop`: the right value, or what `emptied` describes when the data did change.

    The observation runs only when the app showed the emptied value, so a right app pays nothing for it.
    """
    return lambda shown, expected: shown == expected or (emptied.matches(shown) and global_data_changed(t, component_id, values))
