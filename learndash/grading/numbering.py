"""How an app numbers the components it adds at run time, seen from two tabs (graders 09a, 09b, 09c).

Pattern-matching ids need an index per new component. Counting the components the page already
holds (len(children)) or the button's clicks (n_clicks - 1) gives each tab its own numbers; a Python
global counter does not: every tab and user of the server share it, so a second tab's first
component gets index 3, and a counter reset when a page loads hands out an index that is taken.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from learndash.grading.trial import StudentApp, Trial

#: How far up the indexes are searched: a shared counter past this is shown as "none".
HIGHEST_INDEX = 20


def first_index(app: StudentApp, component_of: Callable[[int], Any]) -> int | None:
    """The smallest index i with `component_of(i)` on the page, or None when there is none."""
    return next((index for index in range(HIGHEST_INDEX) if app.has_component(component_of(index))), None)


def expect_own_numbering_per_tab(t: Trial, first_tab: StudentApp, *, button: str, component_of: Callable[[int], Any],
                                 noun: str, clicks_so_far: int) -> None:
    """Two parts: a second tab's first click numbers its `noun` as the first tab's first click did, and
    the first tab, clicked again, goes on from its own last index.

    Both are compared with what the first tab did, not with 0, 1, 2: an index taken from n_clicks is
    charged once, by the index parts of the check, not again here.
    """
    first = first_index(first_tab, component_of)
    if first is None:
        return  # nothing was added: the check's own parts already say so
    hint = (f"The index came from a Python global: every tab and user of the server share it. Number each new {noun} "
            f"from what this page holds, e.g. index = len(children) with the container's children as State.")
    second = t.another_session()
    second.click(button)
    index = first_index(second, component_of)
    t.expect(index == first, what=f"the index of the first {noun} a second tab adds (as in the first tab)",
             expected=repr(first), actual=f"index {index}" if index is not None else "no such component",
             hint=hint if index is not None else f'A click on "{button}" in a second tab added no {noun}.')
    counted_on = all(first_tab.has_component(component_of(first + step)) for step in range(clicks_so_far))
    first_tab.click(button)
    next_index = first + clicks_so_far
    # Numbers that did not go up by one per click are the check's other parts' mistake, not this one's.
    t.expect(not counted_on or first_tab.has_component(component_of(next_index)),
             what=f"a {noun} with index {next_index} after the first tab's next click (a second tab opened in between)",
             expected="present", actual="no such component", hint=hint)
