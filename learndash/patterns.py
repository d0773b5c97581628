"""Pattern-matching ids: does a concrete id fit a wildcard pattern, and which components does a
dependency resolve to (rules P-3, P-5, P-9). `learndash/static/patterns.js` mirrors this module.
"""
from __future__ import annotations

import math
import re
from typing import Any

from .dependencies import ALL, MATCH, DashDependency, Wildcard
from .layout import LayoutIndex, keys_of
from .protocol import stringify_id

MatchValues = dict[str, Any]


def same_id_value(a: Any, b: Any) -> bool:
    """JavaScript's `===` on id values: `1 == 1.0`, but `1 != "1"` and `True != 1` (rule P-3)."""
    if type(a) is type(b):
        return a == b  # the usual case, two strings or two integers: plain equality
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    return a == b


# A number as JavaScript's Number() reads text: decimal (sign, point, exponent) or 0x / 0o / 0b.
JS_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+")


def numeric_value(value: Any) -> float | None:
    """The number Dash's renderer sees in an id value (its `isNumeric`), or None: numbers, and
    text that reads as a finite number once trimmed (`"10"`, `" 5"`, `"1e1"`, `"0x10"`), but
    never booleans, blank text, `"nan"` or `"Infinity"` (rule P-5)."""
    if isinstance(value, bool):
        return None
    try:
        if isinstance(value, (int, float)):
            number = float(value)
        elif isinstance(value, str) and JS_NUMBER_TEXT.fullmatch(value.strip()):
            text = value.strip()
            number = float(int(text, 0)) if text[:2].lower() in ("0x", "0o", "0b") else float(text)
        else:
            return None
    except OverflowError:  # an integer past float's range: Infinity to JavaScript, so not a number
        return None
    return number if math.isfinite(number) else None


def id_value_sort_key(value: Any) -> tuple[int, Any]:
    """Order for ALLSMALLER: numbers and numeric strings first, then booleans, then strings (P-5)."""
    if isinstance(value, bool):
        return (1, value)
    number = numeric_value(value)
    return (2, value) if number is None else (0, number)


def is_smaller(value: Any, bound: Any) -> bool:
    """Whether `value` comes before `bound` in ALLSMALLER's order (rule P-5)."""
    return id_value_sort_key(value) < id_value_sort_key(bound)


def same_match_value(value: Any, bound: Any) -> bool:
    """Whether a component's value on a MATCH key names the same instance as `bound`: equal in
    ALLSMALLER's order, so numbers and numeric text are compared as numbers (rule P-5). Unlike a
    constant key (P-3), `{"index": "1"}` matches the instance `{"index": 1}`, as in Dash, whose
    renderer compares wildcard values with the comparator it sorts them by.

    >>> same_match_value("1", 1), same_match_value("a", "a"), same_match_value(True, 1)
    (True, True, False)
    """
    return id_value_sort_key(value) == id_value_sort_key(bound)


def id_matches(pattern: Any, concrete: Any, match_values: MatchValues | None = None) -> bool:
    """Whether `concrete` is one of the components `pattern` names (rules P-3 and P-5).

    Key sets must be identical; constants must be strictly equal; MATCH and ALLSMALLER are
    checked against `match_values` when given (`same_match_value`, `is_smaller`), and accept
    anything otherwise.

    >>> id_matches({"type": "chart", "index": MATCH}, {"type": "chart", "index": 2}, {"index": 2})
    True
    """
    if not isinstance(pattern, dict) or not isinstance(concrete, dict):
        return not isinstance(pattern, dict) and pattern == concrete
    if pattern.keys() != concrete.keys():
        return False
    for key, wanted in pattern.items():
        value = concrete[key]
        if not isinstance(wanted, Wildcard):
            if not same_id_value(value, wanted):
                return False
        elif wanted == ALL or match_values is None or key not in match_values:
            continue
        elif wanted == MATCH:
            if not same_match_value(value, match_values[key]):
                return False
        elif not is_smaller(value, match_values[key]):  # ALLSMALLER
            return False
    return True


def match_values_of(pattern: Any, concrete: Any) -> MatchValues:
    """The values a concrete id gives to the MATCH keys of a pattern."""
    if not isinstance(pattern, dict):
        return {}
    return {key: concrete[key] for key, wanted in pattern.items() if wanted == MATCH}


def resolve(dependency: DashDependency, index: LayoutIndex, match_values: MatchValues) -> list[Any]:
    """The concrete ids a dependency names in the current layout, in ALL order (rule P-5, P-9).

    A string id gives `[id]` or `[]`. A pattern with only MATCH keys and constants is looked up
    directly when the component with exactly those values is on the page, so resolving it costs
    the same in an app with 10 items as with 1,000; otherwise the ids are searched for values
    equal as Dash compares them (`{"index": "1"}` for the bound value 1). So when a page holds
    both `{"index": 1}` and `{"index": "1"}` (Dash reports "Multiple objects were found"), the
    one written as bound is the one found.
    """
    pattern = dependency.component_id
    if not isinstance(pattern, dict):
        return [pattern] if pattern in index.paths else []
    match_keys = dependency.match_keys
    if not dependency.is_multi_valued and match_keys <= match_values.keys():  # only MATCH, all bound
        concrete = {k: (match_values[k] if k in match_keys else v) for k, v in pattern.items()}
        id_str = stringify_id(concrete)
        if id_str in index.ids:
            return [index.ids[id_str]] if id_matches(pattern, index.ids[id_str]) else []
    return [
        candidate
        for candidate in index.dict_ids_with_keys(keys_of(pattern))
        if id_matches(pattern, candidate, match_values)
    ]
