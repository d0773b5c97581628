"""'Did you mean …?': the nearest known name for a mistyped id, property or callback.

`learndash/static/suggest.js` computes the same suggestion in the browser.
"""
from __future__ import annotations

import difflib
from typing import Iterable


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`"Did you mean 'year-slider'?"` for the closest choice, or `""` when none is close.

    >>> did_you_mean("year-sliderr", ["year-slider", "graph"])
    "Did you mean 'year-slider'?"
    """
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"Did you mean '{close[0]}'?" if close else ""
