"""`Patch` (rule O-7): the operations a callback records, their wire form, and the renderer's
helpers around `apply_patch`. Every operation's result, on both twins and on real Dash, is
checked by tests/conformance/test_patch_cases.py."""
from __future__ import annotations

import json

import pytest

import learndash
from learndash.exceptions import PatchError
from learndash.patch_operations import apply_patch, is_patch, patch_props, resolve_location
from learndash.protocol import dumps, loads_like_javascript


def wire(edit, patch_class=learndash.Patch):
    """The JSON the renderer receives for a Patch edited by `edit`."""
    patch = patch_class()
    edit(patch)
    return loads_like_javascript(dumps(patch))


def test_wire_form_names_each_operation_with_its_location_and_params():
    """O-7: `{"__dash_patch_update": ..., "operations": [{operation, location, params}]}`, in order."""
    patch = learndash.Patch()
    patch.layout["title"] = "T"
    patch.data[0].y.insert(2, 9)
    del patch.layout.xaxis
    assert json.loads(dumps(patch)) == {
        "__dash_patch_update": "__dash_patch_update",
        "operations": [
            {"operation": "Assign", "location": ["layout", "title"], "params": {"value": "T"}},
            {"operation": "Insert", "location": ["data", 0, "y"], "params": {"value": 9, "index": 2}},
            {"operation": "Delete", "location": ["layout", "xaxis"], "params": {}},
        ],
    }


def test_nested_in_place_arithmetic_records_one_operation():
    """O-7: `p.count += 1` is one Add; Python's assignment of the result back records nothing."""
    patch = learndash.Patch()
    patch.count += 1
    patch["n"] *= 2
    assert [op["operation"] for op in json.loads(dumps(patch))["operations"]] == ["Add", "Mul"]


def test_is_patch_recognises_the_wire_form_only():
    """O-7: the renderer tells a Patch from an ordinary dict by its marker key."""
    assert is_patch(wire(lambda p: p.append(1)))
    assert not is_patch({"operations": []})
    assert not is_patch([1, 2])


def test_resolve_location_counts_negative_indices_from_the_end_at_each_depth():
    """O-7: a negative index is resolved against the list it indexes, before the operation."""
    value = {"data": [{"y": [1, 2]}, {"y": [3, 4, 5]}]}
    assert resolve_location(["data", -1, "y", -3], value) == ["data", 1, "y", 0]


def test_patch_props_applies_patches_and_passes_other_values_through():
    """O-7: only Patch values are applied; plain values replace the prop as always."""
    props = patch_props(
        {"data": wire(lambda p: p.append(3)), "title": "plain"},
        {"data": [1, 2], "title": "old"},
        where="grow()",
    )
    assert props == {"data": [1, 2, 3], "title": "plain"}


def test_patching_a_prop_with_no_value_teaches():
    """O-7: a Patch needs a value to change; the message names the callback, the prop and the fix."""
    with pytest.raises(PatchError) as raised:
        patch_props({"data": wire(lambda p: p.append(1))}, {}, where="grow()")
    message = str(raised.value)
    assert "grow()" in message and "'data'" in message
    assert "starting value" in message and "data=[]" in message


def test_an_operation_on_the_wrong_kind_of_value_teaches():
    """O-7: appending to a number cannot work; the message names the operation and location."""
    with pytest.raises(PatchError) as raised:
        apply_patch({"count": 3}, wire(lambda p: p.count.append(1)))
    message = str(raised.value)
    assert "Append" in message and "['count']" in message and "a list for append" in message


def test_slices_iteration_and_extend_of_one_item_are_refused_with_the_fix():
    """O-7: a Patch is write-only and addresses one key at a time, as in Dash."""
    patch = learndash.Patch()
    with pytest.raises(TypeError, match="cannot be a slice"):
        patch[1:3] = [0]
    with pytest.raises(TypeError, match="write-only"):
        list(patch)
    with pytest.raises(TypeError, match=r"append\(5\)"):
        patch.extend(5)
    with pytest.raises(KeyError, match=r"p\['sort'\]"):
        patch.sort()


def test_patch_is_exported_like_dash():
    """A: `from learndash import Patch`, as `from dash import Patch`."""
    assert "Patch" in learndash.__all__
    assert learndash.Patch is learndash.patch.Patch
