"""The errors a page shows in Dash's dev tools, worded once for every harness (rules V-6, V-7).

The renderer model (`renderer.py`) records them as `PageError`s, with the callback named as the
page config names it.
"""
from __future__ import annotations

from typing import Any

from .exceptions import LearndashError
from .suggest import did_you_mean
from .validation import PageError


class MissingComponentError(LearndashError):
    """A callback reached for a component that is not on the page (rule V-6)."""


def missing_object_error(callback: Any, dependency: Any, role: str, ids_on_page: list[str]) -> PageError:
    """'A nonexistent object was used in an Input…', in learndash's teaching form (V-6)."""
    wanted = dependency.id_str
    hint = f" {did_you_mean(wanted, ids_on_page)}".rstrip()
    message = (
        f"{callback.name}() uses {role}({dependency.component_id!r}, {dependency.component_property!r}), "
        f"but no component with id {wanted!r} is on the page right now, so the callback did not run.{hint} "
        f"The ids on the page are: {ids_on_page}. If the component only appears later (another tab "
        "or page, or a callback creates it), make sure every Input of this callback appears together, "
        "or use a pattern-matching id with ALL, which accepts zero components."
    )
    return PageError(f"A nonexistent object was used in an `{role}` of a Dash callback", message, MissingComponentError(message))


def set_props_target_missing(callback: Any, id_str: str, ids_on_page: list[str]) -> PageError:
    """A callback's `set_props` named an id that is not on the page (rule C-2 item 3)."""
    hint = f" {did_you_mean(id_str, ids_on_page)}".rstrip()
    message = (
        f"{callback.name}() called set_props({id_str!r}, ...), but no component with that id is on the "
        f"page, so nothing was changed.{hint} The ids on the page are: {ids_on_page}. Its own outputs "
        "were still updated."
    )
    return PageError("ID running component not found in layout", message, MissingComponentError(message))
