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

from .quote import short_repr

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


# A value that fails to encode and nests deeper than this is reported as too deep rather than
# searched for a bad item: the search recurses, and the encoders stop near 250 (orjson) or 1,000 levels.
DEEPEST_JSON = 200


def nesting_depth(value: Any) -> int:
    """How many levels of lists, dicts and components `value` nests, counted without recursion, so
    it also measures a value too deep for the JSON encoder (which stops near 1,000 levels). A
    list or dict met again is counted once, and one that holds itself counts its way round once
    (`path_to_itself` finds those).

    >>> nesting_depth({"a": [1, [2]]})
    3
    """
    return _walk(value)[0]


def path_to_itself(value: Any) -> str | None:
    """Where `value` holds a list, dict or component that it is itself inside of (a list appended
    to itself), written as `find_unserializable` writes paths; None when nothing holds itself.
    JSON cannot write such a value: it has no end.

    >>> a = [1]; a.append(a); path_to_itself(a)
    '[1]'
    """
    return _walk(value)[1]


def _walk(value: Any) -> tuple[int, str | None]:
    """(nesting depth, path to the first container met inside itself), in one walk without
    recursion. A container is walked once however often it is shared, so a value built as
    `a = [a, a]` forty times over costs forty steps, not 2**40; one met inside itself is not
    walked again (it counts as a leaf there)."""
    depths: dict[int, int] = {}
    walked: list[Any] = []  # kept alive, so that no id() in `depths` is reused by a new object
    inside: set[int] = set()  # the containers on the way down to the current item
    itself: str | None = None
    stack: list[tuple[bool, Any, str, list[tuple[str, Any]]]] = [(False, value, "", [])]
    while stack:
        leaving, item, path, parts = stack.pop()
        if leaving:
            inside.discard(id(item))
            depths[id(item)] = 1 + max((depths.get(id(part), 0) for _, part in parts), default=0)
        elif id(item) in inside:
            itself = itself if itself is not None else path
        elif id(item) not in depths and (parts := _parts(item)) is not None:
            walked.append(item)
            inside.add(id(item))
            stack.append((True, item, path, parts))
            stack.extend((False, part, path + step, []) for step, part in reversed(parts))
    return depths.get(id(value), 0), itself


def _parts(item: Any) -> list[tuple[str, Any]] | None:
    """The (path step, value) pairs inside a container, or None for anything else. A component
    stands for its JSON dict: two levels, its props one step `.props` away (as `find_unserializable`
    writes it); a figure for its dict. One whose `to_plotly_json` fails is a leaf."""
    if hasattr(item, "to_plotly_json") and not isinstance(item, (type, dict)):
        json_form = _json_form(item)
        if json_form is None:
            return None
        if isinstance(json_form.get("props"), dict) and "type" in json_form:
            return [(".props", json_form["props"])]
        item = json_form
    if isinstance(item, dict):
        return [(f"[{key!r}]".replace("'", '"'), part) for key, part in item.items()]
    if isinstance(item, (list, tuple)):
        return [(f"[{index}]", part) for index, part in enumerate(item)]
    return None


def _json_form(item: Any) -> dict | None:
    """`item.to_plotly_json()`, or None when it raises or gives something other than a dict."""
    try:
        json_form = item.to_plotly_json()
    except Exception:  # the object is what JSON cannot hold; find_unserializable names it
        return None
    return json_form if isinstance(json_form, dict) else None


def encodes(value: Any) -> bool:
    """Whether `to_json` writes `value`. Any exception counts as no: a value's own
    `to_plotly_json` may raise anything."""
    try:
        to_json(value)
    except Exception:
        return False
    return True


def how_to_make_it_json(bad: Any) -> str:
    """The fix sentence of every "JSON cannot hold" message (callback values, set_props, layouts)."""
    if isinstance(bad, int):  # an int that JSON cannot hold is past 64 bits
        return "Integers must fit in 64 bits, as the page could not read a larger one exactly; send it as text, e.g. str(n)."
    if isinstance(bad, dict) and not all(key is None or isinstance(key, (str, int, float, bool)) for key in bad):
        # e.g. marks={year: str(year) for year in df["year"].unique()}: numpy's int64 is not a Python int
        return ("A dict's keys must be strings or plain Python numbers, and numpy's (a DataFrame column's values) "
                "are neither: convert each key, e.g. {str(key): value for key, value in ...}.")
    return (
        "Props can only be components, strings, numbers, booleans, None, or lists and dicts of these; "
        "convert it first (e.g. list(...) for a set or a generator)."
    )


def why_json_cannot_hold(value: Any) -> str:
    """"" when `to_json` writes `value`; else what in it JSON cannot hold, where, and the fix.

    >>> why_json_cannot_hold([1, {2}]).split(",")[0]
    'set {2} at [1]'
    """
    if encodes(value):
        return ""
    itself = path_to_itself(value)
    if itself is not None:
        return f"one that holds itself at {itself}, so its JSON would never end. Put a copy there instead (e.g. list(rows))."
    depth = nesting_depth(value)
    if depth > DEEPEST_JSON:
        return f"one nested {depth:,} levels deep, deeper than JSON is written here (keep it under {DEEPEST_JSON})."
    path, bad = find_unserializable(value) or ("", value)
    at = f" at {path}" if path else ""
    return f"{type(bad).__name__} {short_repr(bad)}{at}, which JSON cannot hold. {how_to_make_it_json(bad)}"


def find_unserializable(value: Any, path: str = "") -> tuple[str, Any] | None:
    """Locate the first value inside `value` that JSON cannot hold, for a teaching message.

    >>> find_unserializable({"a": [1, {2, 3}]})
    ('["a"][1]', {2, 3})
    """
    if encodes(value):
        return None
    if isinstance(value, type):
        return path, value  # a class, e.g. `html.Div` instead of `html.Div(...)`
    if hasattr(value, "to_plotly_json") and not hasattr(value, "to_dict"):
        json_form = _json_form(value)
        if json_form is None:
            return path, value  # its to_plotly_json raised, or gave no dict
        value = json_form.get("props", {})
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
