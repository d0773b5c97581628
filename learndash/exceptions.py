"""Exceptions a learndash app can raise or meet: Dash's public ones plus learndash's teaching errors.

Every learndash error message follows the house style: what happened (callback, id, property,
value), why it is a problem (the rule), and how to fix it.
"""
from __future__ import annotations


class PreventUpdate(Exception):
    """Raise inside a callback to leave every output unchanged (Dash rule O-3).

    The server answers 204, nothing downstream fires, and no error is shown.
    """


class LearndashError(Exception):
    """Base class of every error learndash raises about a student's app."""


class CallbackDefinitionError(LearndashError, TypeError):
    """A callback was declared wrongly: argument types, order, ids (Dash rule V-1)."""


class InvalidComponentIdError(CallbackDefinitionError):
    """A string id used in a callback contains `.` or `{` (Dash rule W-3)."""


class DuplicateCallbackOutput(LearndashError):
    """Two callbacks write the same property without `allow_duplicate=True` (Dash rule V-3, V-5)."""


class LayoutError(LearndashError):
    """The layout is missing, of the wrong type, or has duplicate ids (Dash rule V-2)."""


class ValidationError(LearndashError):
    """The callbacks do not fit the layout: unknown ids or props, bad wildcards, cycles (V-3, V-4, C-9)."""


class BadRequest(LearndashError):
    """A `/_dash-update-component` body that the server cannot understand (HTTP 400).

    `field` names the part of the body that is wrong (e.g. `"inputs[0].id"`), when one is.
    """

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class CallbackError(LearndashError):
    """A callback raised, or returned something its Outputs cannot take (HTTP 500, Dash rule O-4, O-8)."""

    def __init__(self, message: str, *, callback: str = "", traceback_text: str = "", summary: str = "") -> None:
        super().__init__(message)
        self.callback = callback
        self.traceback_text = traceback_text
        self.summary = summary or message  # the message without the traceback, for the server's JSON


class InvalidCallbackReturnValue(CallbackError):
    """A callback returned the wrong number, shape or type of values (Dash rule O-4)."""


class MissingCallbackContextException(LearndashError):
    """`ctx` was read outside a callback (Dash rule X-*)."""



class PatchError(LearndashError):
    """A Patch cannot apply to the prop's value on the page (Dash rule O-7). `title` is what the
    page's error list shows, Dash's own words where Dash has them."""

    def __init__(self, message: str, *, title: str = "Cannot apply a Patch") -> None:
        super().__init__(message)
        self.title = title
