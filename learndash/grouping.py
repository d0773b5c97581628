"""Groupings: dependencies, and the values that fill them, nested in dicts and lists at any depth.

A callback may declare `inputs=dict(a=Input(...), b=[Input(...), State(...)])`; its function then
receives `a=value, b=[value, value]`. A callback with `output={"x": Output(...), "y": [Output(...),
Output(...)]}` returns a dict of that shape. The wire only knows flat lists (rules W-5, W-6), so a
callback keeps each grouping as its *shape*: the same nesting, with each dependency replaced by
its position in the flat list (rules O-1, W-9 step 3, X-3).

    flatten({"a": I1, "b": [I2, S1]})             [I1, I2, S1]
    shape_of({"a": I1, "b": [I2, S1]}, [0, 1, 2])  {"a": 0, "b": [1, 2]}
    fill({"a": 0, "b": [1, 2]}, ["x", "y", "z"])   {"a": "x", "b": ["y", "z"]}

A bare dependency is the shape `0`: the function takes one argument, or returns one value.
"""
from __future__ import annotations

from typing import Any, Callable

Shape = Any  # an int, or a list or dict of shapes


class AttributeDict(dict):
    """A dict whose keys also read as attributes, like Dash's: `ctx.triggered_id.index`,
    `ctx.args_grouping.first.value`."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"no key {key!r} here; the keys are {sorted(self)}") from None


def flatten(grouping: Any) -> list[Any]:
    """The leaves of a grouping in order: dicts by key order, lists and tuples by index."""
    if isinstance(grouping, dict):
        return [leaf for value in grouping.values() for leaf in flatten(value)]
    if isinstance(grouping, (list, tuple)):
        return [leaf for value in grouping for leaf in flatten(value)]
    return [grouping]


def shape_of(grouping: Any, positions: list[int]) -> Shape:
    """The grouping with its leaves replaced, in order, by `positions`."""
    remaining = iter(positions)

    def replace(node: Any) -> Shape:
        if isinstance(node, dict):
            return {key: replace(value) for key, value in node.items()}
        if isinstance(node, (list, tuple)):
            return [replace(value) for value in node]
        return next(remaining)

    return replace(grouping)


def fill(shape: Shape, flat: list[Any]) -> Any:
    """The grouping of `shape` holding `flat[i]` at each position i (dicts read as attributes too)."""
    if isinstance(shape, dict):
        return AttributeDict({key: fill(value, flat) for key, value in shape.items()})
    if isinstance(shape, list):
        return [fill(value, flat) for value in shape]
    return flat[shape]


def is_rearranged(shape: Shape) -> bool:
    """True when the shape is more than a flat list in wire order: dicts, nesting, or Inputs and
    States interleaved (`ctx.using_args_grouping`, `ctx.using_outputs_grouping`)."""
    return not isinstance(shape, int) and shape != list(range(len(flatten(shape))))


def flatten_like(value: Any, shape: Shape, *, mismatch: Callable[[Any, Shape, tuple], Exception]) -> list[Any]:
    """The leaves of `value`, read in the order of `shape`, which it must follow: a list where the
    shape has a list (of the same length), a dict with the same keys where it has a dict. Anything
    may stand at a leaf. `mismatch(value, shape, path)` builds the error for the first difference.

    >>> flatten_like({"a": 1, "b": [[2], 3]}, {"a": 0, "b": [1, 2]}, mismatch=ValueError)
    [1, [2], 3]
    """

    def walk(node: Any, node_shape: Shape, path: tuple) -> list[Any]:
        if isinstance(node_shape, dict):
            if not isinstance(node, dict) or set(node) != set(node_shape):
                raise mismatch(node, node_shape, path)
            return [leaf for key, sub in node_shape.items() for leaf in walk(node[key], sub, path + (key,))]
        if isinstance(node_shape, list):
            if not isinstance(node, (list, tuple)) or len(node) != len(node_shape):
                raise mismatch(node, node_shape, path)
            return [leaf for index, (item, sub) in enumerate(zip(node, node_shape)) for leaf in walk(item, sub, path + (index,))]
        return [node]

    return walk(value, shape, ())
