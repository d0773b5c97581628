"""What one tab does must not reach another: checks that open a second tab on the same server.

The server keeps no state per user: a Python global (a counter, a list of saves) is shared by every
tab and user, so an app that counts or numbers with one is right in the first tab and wrong in the
next. These checks replay in a second tab what the first tab did, and compare the two tabs, not the
right answers: a mistake both tabs share is charged by the check's other parts, once.

Pattern-matching ids need an index per new component. Counting the components the page already
holds (len(children)) or the button's clicks (n_clicks - 1) gives each tab its own numbers; a global
counter gives a second tab's first component index 3, and one reset when a page loads hands out an
index that is taken.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from learndash.grading.trial import StudentApp, Trial

#: What a second tab that saw the first tab's clicks teaches.
GLOBAL_HINT = ("A Python global is shared by every tab and user of the server, so the first tab's clicks reached the "
               "second one. Keep what each tab needs on its page: read the button's n_clicks (or the component's own "
               "value) instead of counting in Python.")

#: How far up the indexes are searched: a shared counter past this is shown as "none".
HIGHEST_INDEX = 20


def first_index(app: StudentApp, component_of: Callable[[int], Any]) -> int | None:
    """The smallest index i with `component_of(i)` on the page, or None when there is none."""
    return next(iter(indexes_on_page(app, component_of)), None)


def indexes_on_page(app: StudentApp, component_of: Callable[[int], Any]) -> list[int]:
    """Every index i with `component_of(i)` on the page, smallest first."""
    return [index for index in range(HIGHEST_INDEX) if app.has_component(component_of(index))]


def indexes_top_to_bottom(app: StudentApp, container: str, id_type: str) -> list:
    """The indexes of the `id_type` components inside `container`, in the order the page shows them
    (top to bottom, wrapped in other components or not)."""
    def indexes_in(node: Any) -> list:
        if isinstance(node, list):
            return [index for child in node for index in indexes_in(child)]
        if not isinstance(node, dict) or not isinstance(node.get("props"), dict):
            return []
        own = node["props"].get("id")
        found = [own.get("index")] if isinstance(own, dict) and own.get("type") == id_type else []
        return found + indexes_in(node["props"].get("children"))

    return indexes_in(app.get_prop(container, "children")) if app.has_component(container) else []


def expect_added_at_the_end(t: Trial, app: StudentApp, *, container: str, id_type: str, noun: str) -> None:
    """One part: the `noun`s stand in `container` in the order they were added (indexes going up), as
    "appends" asks; a new one put at the top ([new] + children) reverses them."""
    order = indexes_top_to_bottom(app, container, id_type)
    going_up = all(isinstance(index, int) for index in order) and order == sorted(order)
    t.expect(bool(order) and going_up, what=f"the {noun}s from top to bottom",
             expected="in the order they were added (indexes going up)", actual=f"indexes {order}" if order else f"no {noun}s",
             hint=f"Append each new {noun} at the end: children + [new_{noun}] (or Patch().append), not [new_{noun}] + children.")


def numbering_cause(numbers: list[int], *, clicks: int, noun: str, pieces: str) -> str | None:
    """What the indexes the app gave after `clicks` clicks say about how it counted (each click adds one
    `noun` made of the two `pieces`), or None when nothing stands out."""
    if len(numbers) > clicks:
        return (f"There are more {noun}s than clicks: the adding callback also ran when the page loaded. "
                f"Give it prevent_initial_call=True, so a {noun} is added per click only.")
    if len(numbers) > 1 and numbers[1] - numbers[0] > 1:
        return (f"Count the {noun}s, not the components: each {noun} adds two children ({pieces}), so the next "
                f"index is len(children) // 2 (or wrap each {noun} in one html.Div and use len(children)).")
    return None


def add_numbered(t: Trial, app: StudentApp, *, button: str, count: int, components: tuple[Callable[[int], Any], ...],
                 missing: str) -> list[int]:
    """Click `button` `count` times and return the indexes the app gave the `count` new components, in
    order; stop the check with `missing` when they are not there (each of `components` at each index).

    They are found at the indexes the app gave them: a first index other than 0 (n_clicks as the index)
    or a gap (0, 2, 4 from counting two components per click) is charged once, by the numbering check
    (R2), not again by the checks that use the components.
    """
    app.click(button, times=count)
    indexes = indexes_on_page(app, components[0])[-count:]
    t.require(len(indexes) == count and all(app.has_component(component_of(index))
                                            for component_of in components for index in indexes), missing)
    return indexes


def expect_own_numbering_per_tab(t: Trial, first_tab: StudentApp, *, button: str, component_of: Callable[[int], Any],
                                 noun: str, clicks_so_far: int) -> None:
    """Two parts: a second tab's first click numbers its `noun` as the first tab's first click did, and
    the first tab, clicked again, goes on from its own last index. None when the first tab added no
    `noun` at all: the check's own parts charge that, and there is no numbering to compare.

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


def expect_same_in_another_tab(t: Trial, first_tab_showed: str, *, replay: Callable[[StudentApp], None], target: str,
                               what: str, hint: str = GLOBAL_HINT) -> None:
    """One part: a second tab, doing what the first tab did (`replay`), changes `target` to the text the first
    tab showed.

    A first tab that showed nothing, or a second tab where `replay` changed nothing, earns nothing: there is
    no behaviour to credit (what is missing is named by the check's other parts).
    """
    if not first_tab_showed:
        t.expect(False, what=f"{what} in a second tab", expected="the text the first tab showed",
                 actual="nothing to compare: the first tab showed nothing", hint="See the parts above: the first tab's "
                 "action showed nothing, so there is nothing to repeat in a second tab.")
        return
    second = t.another_session()
    before = second.text(target)
    replay(second)
    shown = second.text(target)
    t.expect(shown == first_tab_showed and shown != before, what=f"{what} in a second tab (as in the first tab)",
             expected=repr(first_tab_showed), actual=repr(shown) if shown != before else f"{shown!r}, as before the action",
             hint=hint if shown != first_tab_showed else "The action changed nothing in the second tab: see the parts above.",
             trace=second.trace_of_last_action())
