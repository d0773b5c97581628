"""The errors the page itself finds while it runs, worded once (rules V-6, C-2 item 3).

The renderer model (`renderer.py`) records them as `PageError`s; `learndash/static/page_errors.js`
words them identically for the browser's overlay. They are built from what the page knows off the
wire only: the callback's name (from the config's `callback_names`, else its output id), id
strings (rule W-3) and the ids on the page. The other errors a page shows come from the server:
its validation errors in the config, and its JSON answer to a failed request (see `dispatch.py`).
"""
from __future__ import annotations

from .exceptions import LearndashError
from .suggest import did_you_mean
from .validation import PageError


class MissingComponentError(LearndashError):
    """A callback reached for a component that is not on the page (rule V-6)."""


def quoted_list(names: list[str]) -> str:
    """`['a', 'b']`: names in quotes, as the messages list them."""
    return "[" + ", ".join(f"'{name}'" for name in names) + "]"


def missing_object_message(callback_name: str, role: str, id_str: str, prop: str, ids_on_page: list[str]) -> str:
    """'A nonexistent object was used in an Input…', in learndash's teaching form (V-6)."""
    hint = did_you_mean(id_str, ids_on_page)
    return (
        f"{callback_name}() uses {role}('{id_str}', '{prop}'), but no component with id '{id_str}' is on the "
        f"page right now, so the callback did not run. {hint + ' ' if hint else ''}The ids on the page are: "
        f"{quoted_list(ids_on_page)}. If the component only appears later (another tab or page, or a "
        "callback creates it), make sure every Input of this callback appears together, or use a "
        "pattern-matching id with ALL, which accepts zero components."
    )


def missing_object_error(callback_name: str, role: str, id_str: str, prop: str, ids_on_page: list[str]) -> PageError:
    """The page error of a callback that needs a component that is not there (V-6)."""
    message = missing_object_message(callback_name, role, id_str, prop, ids_on_page)
    title = f"A nonexistent object was used in an `{role}` of a Dash callback"
    return PageError(title, message, MissingComponentError(message))


def set_props_target_message(callback_name: str, id_str: str, ids_on_page: list[str]) -> str:
    """A callback's `set_props` named an id that is not on the page (rule C-2 item 3)."""
    hint = did_you_mean(id_str, ids_on_page)
    return (
        f"{callback_name}() called set_props('{id_str}', ...), but no component with that id is on the page, "
        f"so nothing was changed. {hint + ' ' if hint else ''}The ids on the page are: "
        f"{quoted_list(ids_on_page)}. Its own outputs were still updated."
    )


def set_props_target_missing(callback_name: str, id_str: str, ids_on_page: list[str]) -> PageError:
    """The page error of a `set_props` aimed at a missing id (C-2 item 3)."""
    message = set_props_target_message(callback_name, id_str, ids_on_page)
    return PageError("ID running component not found in layout", message, MissingComponentError(message))


def running_restarts_itself(callback_name: str, prop_ids: list[str]) -> PageError:
    """A callback's `running=` writes one of its own Inputs, so each run starts the next (C-2 item 3)."""
    message = (
        f"{callback_name}() has a running= value on {', '.join(prop_ids)}, which is also one of its own Inputs: "
        "each time it runs, showing that it is running triggers it again, so on Dash's page it runs without "
        "end. The headless page shows no running= values for it. Point running= at another property, or read that one as a State."
    )
    return PageError("A callback's running= value triggers the callback itself", message, LearndashError(message))


def running_target_missing(callback_name: str, id_str: str, ids_on_page: list[str]) -> PageError:
    """A callback's `running=` names an id that is not on the page (rule C-2 item 3)."""
    hint = did_you_mean(id_str, ids_on_page)
    message = (
        f"{callback_name}() has running=[(Output('{id_str}', ...), ...)], but no component with that id "
        f"is on the page, so nothing shows that it is running.{' ' + hint if hint else ''} The ids on the "
        f"page are: {quoted_list(ids_on_page)}. Point running= at a component in the layout."
    )
    return PageError("ID running component not found in layout", message, MissingComponentError(message))
