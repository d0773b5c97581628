"""`Patch`: change part of a prop on the page instead of sending the whole value again.

A callback that returns `Patch()` for an Output records operations on it, and only those travel:
appending one point to a figure with 10,000 points sends one point. The server sends the
operations as JSON; the renderer applies them, in order, to the value the prop has on the page
(`apply_patch` here, `applyPatch` in its twin `static/patch.js`). The wire form is Dash's:

    patched = Patch()
    patched["layout"]["title"] = "New"     {"operation": "Assign", "location": ["layout", "title"],
                                             "params": {"value": "New"}}
    patched.data.append(4)                 {"operation": "Append", "location": ["data"], "params": {"value": 4}}
    → {"__dash_patch_update": "__dash_patch_update", "operations": [<both, in order>]}

| Python                         | operation | params           | on the page                          |
|--------------------------------|-----------|------------------|--------------------------------------|
| `p[k] = v`, `p.k = v`          | Assign    | value            | set the key or index (makes parents)  |
| `del p[k]`, `del p.k`          | Delete    |                  | drop the key, or remove the index     |
| `p.append(v)` / `p.prepend(v)` | Append / Prepend | value     | add at the end / the start           |
| `p.extend(vs)`, `p += [..]`    | Extend    | value            | add all at the end                    |
| `p.insert(i, v)`               | Insert    | index, value     | add before i (out of range: the end)  |
| `p.remove(v)`                  | Remove    | value            | drop every item equal to v            |
| `p.clear()` / `p.reverse()`    | Clear / Reverse |            | empty it / reverse it                 |
| `p.update(d)`, `p \\|= d`       | Merge     | value            | merge the dict's keys in              |
| `p += x`, `-=`, `*=`, `/=`     | Add, Sub, Mul, Div | value   | JavaScript arithmetic (`+` joins text)|

A negative index counts from the end, as in Python. The renderer applies the operations with
JavaScript's semantics, so this module does too (a missing number added to is NaN, sent as null).
"""
from __future__ import annotations

import math
import operator
from typing import Any, Callable

from .exceptions import PatchError
from .protocol import same_json

PATCH_MARKER = "__dash_patch_update"

Location = list[Any]


class Patch:
    """A write-only stand-in for a prop's value: every change made to it is recorded, not applied.

    Attribute access is item access (`p.layout.title` is `p["layout"]["title"]`), because that is
    how Dash's Patch reads on figures; names starting with `__` stay Python's own.
    """

    def __init__(self, location: Location | None = None, operations: list[dict[str, Any]] | None = None) -> None:
        object.__setattr__(self, "_location", list(location or []))
        object.__setattr__(self, "_operations", operations if operations is not None else [])

    # -- reaching deeper: every step shares the root's list of operations ----------------------

    def __getitem__(self, key: str | int) -> Patch:
        _check_key(key)
        return Patch(self._location + [key], self._operations)

    def __getattr__(self, name: str) -> Patch:
        if name.startswith("__") or name == "tolist":  # Python's protocols and numpy's probe
            raise AttributeError(name)
        return self[name]

    # -- assignment and deletion ---------------------------------------------------------------

    def __setitem__(self, key: str | int, value: Any) -> None:
        _check_key(key)
        if isinstance(value, _InPlaceDone):
            return  # `p.x += 1` already recorded its Add; Python then assigns the result back
        self._record("Assign", self._location + [key], value=value)

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delitem__(self, key: str | int) -> None:
        _check_key(key)
        self._record("Delete", self._location + [key])

    def __delattr__(self, name: str) -> None:
        del self[name]

    # -- list operations -----------------------------------------------------------------------

    def append(self, item: Any) -> None:
        """Add `item` at the end of the list."""
        self._record("Append", self._location, value=item)

    def prepend(self, item: Any) -> None:
        """Add `item` at the start of the list."""
        self._record("Prepend", self._location, value=item)

    def insert(self, index: int, item: Any) -> None:
        """Add `item` before position `index`."""
        self._record("Insert", self._location, value=item, index=index)

    def extend(self, items: list[Any] | tuple[Any, ...]) -> None:
        """Add every item at the end of the list."""
        if not isinstance(items, (list, tuple)):
            raise TypeError(
                f"Patch.extend() takes a list or tuple of items, but got {items!r}. "
                f"Wrap one item in a list, extend([{items!r}]), or use append({items!r})."
            )
        self._record("Extend", self._location, value=items)

    def remove(self, item: Any) -> None:
        """Drop every item equal to `item` from the list."""
        self._record("Remove", self._location, value=item)

    def clear(self) -> None:
        """Empty the list (or dict, or text)."""
        self._record("Clear", self._location)

    def reverse(self) -> None:
        """Reverse the list."""
        self._record("Reverse", self._location)

    def update(self, other: dict[str, Any] | None = None, **more: Any) -> None:
        """Merge the keys of a dict (and keyword arguments) into the dict."""
        self._record("Merge", self._location, value={**(other or {}), **more})

    def sort(self) -> None:
        """Reserved by Dash; reach a key named "sort" with `p["sort"]`."""
        raise KeyError("Patch.sort() is reserved by Dash for future use; write p['sort'] to reach a key named 'sort'.")

    # -- arithmetic in place: `p.count += 1` ---------------------------------------------------

    def __iadd__(self, other: Any) -> Any:
        if isinstance(other, (list, tuple)):
            self.extend(other)
        else:
            self._record("Add", self._location, value=other)
        return self._in_place_result()

    def __isub__(self, other: Any) -> Any:
        self._record("Sub", self._location, value=other)
        return self._in_place_result()

    def __imul__(self, other: Any) -> Any:
        self._record("Mul", self._location, value=other)
        return self._in_place_result()

    def __itruediv__(self, other: Any) -> Any:
        self._record("Div", self._location, value=other)
        return self._in_place_result()

    def __ior__(self, other: Any) -> Any:
        self.update(other)
        return self._in_place_result()

    def _in_place_result(self) -> Any:
        # `p += x` rebinds p to the result; `p.k += x` assigns the result to p.k, which must not
        # record a second operation.
        return self if not self._location else _InPlaceDone()

    # -- what it is not ------------------------------------------------------------------------

    def __iter__(self) -> Any:
        raise TypeError(
            "A Patch is write-only: it records changes for the page and cannot read or iterate the "
            "current value. Read the value with State(...) if the callback needs it."
        )

    def __repr__(self) -> str:
        return f"<write-only learndash.Patch object at {self._location}>"

    def _record(self, operation: str, location: Location, **params: Any) -> None:
        self._operations.append({"operation": operation, "location": location, "params": params})

    def to_plotly_json(self) -> dict[str, Any]:
        """The wire form the renderer applies (JSON encoders call this, as for components)."""
        return {PATCH_MARKER: PATCH_MARKER, "operations": self._operations}


class _InPlaceDone:
    """What `p.k += x` hands back to Python's assignment of p.k: nothing more to record."""


def _check_key(key: Any) -> None:
    if isinstance(key, slice):
        raise TypeError(
            "A Patch location cannot be a slice: the page cannot patch a range. Patch items one "
            "index at a time (p[0] = ...), or return the whole new list instead of a Patch."
        )


# -- applying a patch: the renderer's half ------------------------------------------------------


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


# -- the operations, in the order of the table above --------------------------------------------


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
    """`String(value)` for what `+` can meet: `1.0` is "1", None is "null", True is "true"."""
    if value is _MISSING:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(_as_json_number(value))
    return str(value)


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
