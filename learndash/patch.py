"""`Patch`: change part of a prop on the page instead of sending the whole value again.

A callback that returns `Patch()` for an Output records operations on it, and only those travel:
appending one point to a figure with 10,000 points sends one point. The server sends the
operations as JSON; the renderer applies them, in order, to the value the prop has on the page
(`patch_operations.py`, and its twin `static/patch_operations.js`). The wire form is Dash's:

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

A negative index counts from the end, as in Python; the page applies the operations with
JavaScript's semantics (a missing number added to is NaN, sent as null).
"""
from __future__ import annotations

from typing import Any

from .patch_operations import PATCH_MARKER, Location


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
