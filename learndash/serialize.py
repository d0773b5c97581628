"""JSON for everything a layout or a callback can hold: components, plotly figures, numpy, pandas.

Like Dash, learndash hands the work to plotly's encoder (`plotly.io.json.to_json_plotly`), which
knows figures, arrays, series, dates and NaN, and calls `to_plotly_json()` on components.

Most values are plain (strings, numbers, lists, dicts, components), and plotly's encoder spends
far longer on its own set-up than on those. So `to_json` first writes them directly with orjson,
the encoder plotly itself uses, and escapes them as plotly does; a value with anything else in it
(an array, a date, a subclass) goes to plotly's encoder. The text is the same either way.

A figure inside a value (a callback's answer, a dcc.Graph) is written where orjson meets it, once,
as plotly's encoder writes a figure inside a value (`figure_json`): converting a figure to a dict
copies all of it, so a figure that is not plain (its hover texts are arrays of strings) is no
longer converted once for the direct attempt and again for plotly's encoder.
"""
from __future__ import annotations

from typing import Any

import orjson
from _plotly_utils.optional_imports import get_module
from plotly.basedatatypes import BaseFigure
from plotly.io._json import clean_to_json_compatible
from plotly.io.json import to_json_plotly

# Plain types only: a date, a dataclass or a subclass (an OrderedDict, a str Enum) is handed to
# `_plain_or_component`, which refuses it, so plotly's encoder writes it as it always does.
PLAIN_OPTIONS = (
    orjson.OPT_NON_STR_KEYS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)
# The options of plotly's encoder (its default engine is orjson).
PLOTLY_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
# The characters plotly's encoder escapes, so the JSON can sit inside a <script> element.
ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("/", "\\u002f"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def _plain_or_component(value: Any) -> Any:
    """orjson's hook for a type it does not know: a figure becomes its JSON text and a component its
    JSON dict, as plotly's encoder writes them; anything else is not plain."""
    if isinstance(value, BaseFigure):
        return orjson.Fragment(figure_json(value))
    to_plotly_json = getattr(value, "to_plotly_json", None)
    if to_plotly_json is None or isinstance(value, type):
        raise TypeError(f"{type(value).__name__} is left to plotly's encoder")
    return to_plotly_json()


def figure_json(figure: BaseFigure) -> str:
    """A figure as plotly's encoder writes it inside a value (unescaped): its dict, cleaned of arrays,
    dates and pandas values by plotly's own cleaning, unless it holds none (then cleaning changes nothing)."""
    data = figure.to_plotly_json()
    try:
        return orjson.dumps(data, option=PLAIN_OPTIONS).decode("utf-8")
    except TypeError:
        pass
    modules = {"sage_all": get_module("sage.all", should_load=False), "np": get_module("numpy", should_load=False),
               "pd": get_module("pandas", should_load=False), "image": get_module("PIL.Image", should_load=False)}
    cleaned = clean_to_json_compatible(data, numpy_allowed=True, datetime_allowed=True, modules=modules)
    return orjson.dumps(cleaned, option=PLOTLY_OPTIONS).decode("utf-8")


def plain_json(value: Any) -> str | None:
    """`value` as JSON text when it holds only plain types and components, else None."""
    try:
        text = orjson.dumps(value, default=_plain_or_component, option=PLAIN_OPTIONS).decode("utf-8")
    except TypeError:  # orjson's JSONEncodeError, also for what the hook refused
        return None
    for character, escaped in ESCAPES:
        if character in text:
            text = text.replace(character, escaped)
    return text


def to_json(value: Any) -> str:
    """Compact JSON text for `value`; raises TypeError on a value JSON cannot hold (e.g. a set, or
    an integer past 64 bits, which JavaScript could not read back exactly).

    What `plain_json` leaves (an array, a date) goes to plotly's encoder with its default engine,
    which is orjson too (a dependency, so the same on every machine), as in Dash. orjson must be
    3.11 or newer: 3.8 crashed the whole process (SIGILL) when threads encoded at the same moment,
    as a threaded server does (tests/core/test_multi_worker.py).
    """
    if isinstance(value, BaseFigure):
        return to_json_plotly(value)  # a figure alone: plotly tries it as it is before cleaning it
    text = plain_json(value)
    return text if text is not None else to_json_plotly(value)


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
