"""Quoting a value back in a message: a short repr, with bounded work however large the value is.

A message may quote what a request sent (megabytes of text, lists nested thousands of levels deep)
or what a callback returned; `repr` of either could cost seconds or raise RecursionError.
"""
from __future__ import annotations

import reprlib
from typing import Any


class _Quoting(reprlib.Repr):
    def repr_int(self, x: int, level: int) -> str:
        """An integer past Python's int-to-text limit (4,300 digits) is described, as its repr raises."""
        try:
            return super().repr_int(x, level)
        except ValueError:
            return f"<an int of about {int(x.bit_length() * 0.30103):,} digits>"


def _quoting_repr() -> reprlib.Repr:
    quoting = _Quoting()  # keyword arguments only arrived in Python 3.12
    quoting.maxlevel, quoting.maxstring, quoting.maxother, quoting.maxlong = 3, 60, 60, 40
    quoting.maxlist = quoting.maxtuple = quoting.maxdict = quoting.maxset = 6
    return quoting


_quoting = _quoting_repr()


def short_repr(value: Any, limit: int = 80) -> str:
    """`repr(value)` cut to about `limit` characters, without ever building the whole repr.

    >>> short_repr(list(range(100)))
    '[0, 1, 2, 3, 4, 5, ...]'
    """
    text = _quoting.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def exception_text(error: BaseException) -> str:
    """`str(error)` as a message can carry it, for an exception a student's code raised.

    Any exception class may define `__str__`, and one that raises would turn the report of the
    student's error into an error of learndash's: in its place goes a note, as Python's own
    traceback does. Lone surrogates (from bytes decoded with errors="surrogateescape") are written
    as escapes, since no UTF-8 text, so no JSON answer, can hold them: '\\udcff' becomes '\\\\udcff'.
    """
    try:
        text = str(error)
    except Exception as failure:  # noqa: BLE001 - any failure of the student's __str__ is described
        return f"<str() of this {type(error).__name__} raised {type(failure).__name__}>"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
