"""Applying a Patch on the page: the operations a callback recorded on `Patch()` (see `patch.py`
for the recorder and the table of operations), applied in order to the value the prop has on the
page, so only the change travels (Dash's partial property updates, rule O-7).

    apply_patch({"data": [1, 2]}, {"__dash_patch_update": "__dash_patch_update",
        "operations": [{"operation": "Append", "location": ["data"], "params": {"value": 3}}]})
    → {"data": [1, 2, 3]}

This is the renderer's half, twin of `static/patch_operations.js`. The page applies the operations
with JavaScript's semantics, so this module does too (a missing number added to is NaN, sent as
null). Every operation returns a new value and leaves the old one untouched.
"""
from __future__ import annotations

import math
import operator
from typing import Any, Callable

from .exceptions import PatchError
from .protocol import javascript_text, same_json

PATCH_MARKER = "__dash_patch_update"

Location = list[Any]


def is_patch(value: Any) -> bool:
    """True for the wire form of a Patch, as a response or set_props value carries it."""
    return isinstance(value, dict) and PATCH_MARKER in value


def patch_props(props: dict[str, Any], previous_props: dict[str, Any], *, where: str) -> dict[str, Any]:
    """`props` with every Patch value applied to the prop's value on the page.

    A prop with no value on the page cannot be patched; `where` names the callback for the message.
    """
    patched = {}
    for prop, value in props.items():
        if is_patch(value):
            if prop not in previous_props:
                raise PatchError(
                    f"{where} returned a Patch for the prop {prop!r}, but that prop has no value on the "
                    "page: a Patch changes an existing value. Give the prop a starting value in the "
                    "layout (e.g. dcc.Store(id=..., data=[])), or return the whole value.",
                    title="Cannot patch undefined",
                )
            value = apply_patch(previous_props[prop], value)
        patched[prop] = value
    return patched


def apply_patch(previous: Any, patch: dict[str, Any]) -> Any:
    """The value after applying each operation of `patch`, in order, to `previous` (a copy)."""
    value = previous
    for operation in patch["operations"]:
        name = operation["operation"]
        if name not in OPERATIONS:
            raise PatchError(f"Unknown Patch operation {name!r}; the renderer knows {sorted(OPERATIONS)}.")
        location = resolve_location(operation["location"], value)
        try:
            value = OPERATIONS[name](value, location, operation.get("params", {}))
        except (TypeError, IndexError) as error:
            raise PatchError(
                f"The Patch operation {name} at {location} cannot change {get_in(value, location)!r} "
                f"({error}). Check that the Patch reaches a value of the right kind, e.g. a list for append."
            ) from error
    return value


def resolve_location(location: Location, value: Any) -> Location:
    """Negative indices counted from the end of the list they index at that depth.

    `resolve_location(["data", -1], {"data": [10, 20, 30]})` is `["data", 2]`.
    """
    resolved: Location = []
    for key in location:
        resolved.append(_resolve_index(key, get_in(value, resolved)))
    return resolved


def _resolve_index(key: Any, container: Any) -> Any:
    if _is_number(key) and key < 0 and isinstance(container, (list, str)):
        return len(container) + key
    return key


# -- the operations, in the order of patch.py's table -------------------------------------------


def assign(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return set_in(value, location, params["value"])


def delete_item(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return delete_in(value, location)


def append(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return set_in(value, location, [*_items_at(value, location), params["value"]])


def prepend(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return set_in(value, location, [params["value"], *_items_at(value, location)])


def extend(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return set_in(value, location, [*_items_at(value, location), *params["value"]])


def insert(value: Any, location: Location, params: dict[str, Any]) -> Any:
    items = _items_at(value, location)
    index = _resolve_index(params["index"], items)
    if not 0 <= index < len(items):
        index = len(items)  # out of range on either side: at the end, as the renderer does
    items.insert(index, params["value"])
    return set_in(value, location, items)


def remove(value: Any, location: Location, params: dict[str, Any]) -> Any:
    kept = [item for item in _items_at(value, location) if not same_json(item, params["value"])]
    return set_in(value, location, kept)


def clear(value: Any, location: Location, params: dict[str, Any]) -> Any:
    current = get_in(value, location)
    empty = {} if isinstance(current, dict) else "" if isinstance(current, str) else []
    return set_in(value, location, empty)


def reverse(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return set_in(value, location, get_in(value, location)[::-1])


def merge(value: Any, location: Location, params: dict[str, Any]) -> Any:
    current = get_in(value, location)
    return set_in(value, location, {**(current if isinstance(current, dict) else {}), **params["value"]})


def add(value: Any, location: Location, params: dict[str, Any]) -> Any:
    current, operand = get_in(value, location, default=_MISSING), params["value"]
    if isinstance(current, str) or isinstance(operand, str):
        return set_in(value, location, _javascript_text(current) + _javascript_text(operand))
    return _arithmetic(value, location, operand, operator.add)


def sub(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return _arithmetic(value, location, params["value"], operator.sub)


def mul(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return _arithmetic(value, location, params["value"], operator.mul)


def div(value: Any, location: Location, params: dict[str, Any]) -> Any:
    return _arithmetic(value, location, params["value"], _javascript_divide)


OPERATIONS: dict[str, Callable[[Any, Location, dict[str, Any]], Any]] = {
    "Assign": assign,
    "Delete": delete_item,
    "Append": append,
    "Prepend": prepend,
    "Extend": extend,
    "Insert": insert,
    "Remove": remove,
    "Clear": clear,
    "Reverse": reverse,
    "Merge": merge,
    "Add": add,
    "Sub": sub,
    "Mul": mul,
    "Div": div,
}


# -- JavaScript arithmetic: numbers as doubles, `+` joining text ---------------------------------

_MISSING = object()


def _arithmetic(value: Any, location: Location, operand: Any, combine: Callable[[Any, Any], Any]) -> Any:
    current = get_in(value, location, default=_MISSING)
    number = combine(_javascript_number(current), _javascript_number(operand))
    return set_in(value, location, _as_json_number(number))


def _javascript_divide(a: float, b: float) -> float:
    return a / b if b != 0 else math.nan  # Infinity or NaN in JavaScript: null either way in JSON


def _items_at(value: Any, location: Location) -> list[Any]:
    """The list at `location` as a new list; nothing there counts as an empty list."""
    current = get_in(value, location)
    if current is None:
        return []
    if not isinstance(current, list):
        raise TypeError(f"{type(current).__name__} is not a list")
    return list(current)


def _javascript_number(value: Any) -> float:
    """`Number(value)` for the values a prop can hold: null is 0, a missing value is NaN."""
    if value is _MISSING:
        return math.nan
    if value is None:
        return 0
    if isinstance(value, (bool, int, float)):
        return value
    return math.nan


def _as_json_number(number: float) -> float | int | None:
    """What the number becomes on its way through JSON: NaN and infinities are null, 2.0 is 2."""
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number):
            return None
        if number.is_integer() and abs(number) < 2**53:
            return int(number)
    return number


def _javascript_text(value: Any) -> str:
    """`String(value)` for what `+` can meet, a missing value ("undefined") too."""
    return "undefined" if value is _MISSING else javascript_text(value)


def _is_number(key: Any) -> bool:
    return isinstance(key, (int, float)) and not isinstance(key, bool)


# -- reading and writing at a location, copying what changes ------------------------------------


def get_in(value: Any, location: Location, default: Any = None) -> Any:
    """The value at `location`, or `default` when the path does not exist."""
    for key in location:
        if isinstance(value, list) and _is_number(key) and 0 <= key < len(value):
            value = value[int(key)]
        elif isinstance(value, dict) and _object_key(key) in value:
            value = value[_object_key(key)]
        else:
            return default
    return value


def set_in(value: Any, location: Location, new: Any) -> Any:
    """A copy of `value` with `new` at `location`; missing parents become dicts, or lists where
    the next key is a number (`set_in({}, ["a", 0], 1)` is `{"a": [1]}`)."""
    if not location:
        return new
    key, rest = location[0], location[1:]
    child = get_in(value, [key])
    if rest and not isinstance(child, (dict, list)):
        child = [] if _is_number(rest[0]) else {}
    child = set_in(child, rest, new)
    if isinstance(value, list) and _is_number(key):
        items = list(value)
        items.extend([None] * (int(key) + 1 - len(items)))  # JavaScript leaves holes, sent as null
        items[int(key)] = child
        return items
    return {**(value if isinstance(value, dict) else {}), _object_key(key): child}


def delete_in(value: Any, location: Location) -> Any:
    """A copy of `value` without the key or list index at `location` (unchanged if absent)."""
    if not location:
        return value
    key, rest = location[0], location[1:]
    if rest:
        child = get_in(value, [key])
        if child is None:
            return value
        return set_in(value, [key], delete_in(child, rest))
    if isinstance(value, list) and _is_number(key):
        return [item for index, item in enumerate(value) if index != key]
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != _object_key(key)}
    return value


def _object_key(key: Any) -> str:
    """JavaScript object keys are text: `{1: "a"}` is `{"1": "a"}` on the page."""
    if isinstance(key, str):
        return key
    return _javascript_text(key)
