"""Quoting a student's (or a request's) words back in a message: the nearest known name ("Did you
mean …?") and a short repr of a value, each with bounded work however large the input is."""
from __future__ import annotations

import difflib
import reprlib
from typing import Any, Iterable

# Names longer than this get no suggestion: difflib's work and memory grow with the word's length,
# and a 10 MB "id" sent by hand would otherwise cost seconds and hundreds of MB to compare.
LONGEST_SUGGESTED_WORD = 200


def _quoting_repr() -> reprlib.Repr:
    quoting = reprlib.Repr()  # keyword arguments only arrived in Python 3.12
    quoting.maxlevel, quoting.maxstring, quoting.maxother, quoting.maxlong = 3, 60, 60, 40
    quoting.maxlist = quoting.maxtuple = quoting.maxdict = quoting.maxset = 6
    return quoting


_quoting = _quoting_repr()


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`"Did you mean 'year-slider'?"` for the closest choice, or `""` when none is close.

    >>> did_you_mean("year-sliderr", ["year-slider", "graph"])
    "Did you mean 'year-slider'?"
    """
    if len(word) > LONGEST_SUGGESTED_WORD:
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"Did you mean {close[0]!r}?" if close else ""


def short_repr(value: Any, limit: int = 80) -> str:
    """`repr(value)` cut to about `limit` characters, without ever building the whole repr (a value
    may be megabytes long or nested thousands of levels deep).

    >>> short_repr(list(range(100)))
    '[0, 1, 2, 3, 4, 5, ...]'
    """
    text = _quoting.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
