"""JSON for everything a layout or a callback can hold: components, plotly figures, numpy, pandas.

Like Dash, learndash hands the work to plotly's encoder (`plotly.io.json.to_json_plotly`), which
knows figures, arrays, series, dates and NaN, and calls `to_plotly_json()` on components.
"""
from __future__ import annotations

from typing import Any

from plotly.io.json import to_json_plotly


def to_json(value: Any) -> str:
    """Compact JSON text for `value`; raises TypeError on a value JSON cannot hold (e.g. a set).

    Always with plotly's "json" engine (Python's json module), never its "orjson" one: orjson 3.8
    crashed the whole process (SIGILL) when threads encoded components at the same moment, as a
    threaded server does (tests/core/test_multi_worker.py). The json engine is also the same on
    every machine, orjson installed or not, so the depth a value may nest to does not vary.
    """
    return to_json_plotly(value, engine="json")


def nesting_depth(value: Any) -> int:
    """How many levels of lists, dicts and components `value` nests, counted without recursion, so
    it also measures a value too deep for the JSON encoder (which stops near 1,000 levels).

    >>> nesting_depth({"a": [1, [2]]})
    3
    """
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if hasattr(item, "to_plotly_json") and not isinstance(item, type):  # a component, a figure
            item = item.to_plotly_json()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def find_unserializable(value: Any, path: str = "") -> tuple[str, Any] | None:
    """Locate the first value inside `value` that JSON cannot hold, for a teaching message.

    >>> find_unserializable({"a": [1, {2, 3}]})
    ('["a"][1]', {2, 3})
    """
    try:
        to_json(value)
    except (TypeError, ValueError, RecursionError):
        pass
    else:
        return None
    if isinstance(value, type):
        return path, value  # a class, e.g. `html.Div` instead of `html.Div(...)`
    if hasattr(value, "to_plotly_json") and not hasattr(value, "to_dict"):
        value = value.to_plotly_json().get("props", {})
        path += ".props"
    if isinstance(value, dict):
        for key, item in value.items():
            found = find_unserializable(item, f"{path}[{key!r}]".replace("'", '"'))
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = find_unserializable(item, f"{path}[{index}]")
            if found:
                return found
    return path, value
