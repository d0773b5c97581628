"""Every Patch operation as data (rule O-7): a starting value, an edit of a Patch, the value after.

One table serves four checks: the Python twin `apply_patch` (tests/core/test_patch.py), the JS
twin `applyPatch` in Chromium (tests/browser/test_patch_js.py), and, through the conformance
scenario `O-7-every-patch-operation`, learndash's page and real Dash's page, where each case is a
`dcc.Store` patched by one callback. So every expected value below is checked against Dash's own
renderer; the cases that differ from Python's list semantics say so.

`edit(p)` records operations on a Patch of either library (learndash.Patch or dash.Patch).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class PatchCase:
    name: str
    start: Any
    edit: Callable[[Any], None]
    expected: Any


def _assign_key(p):
    p["b"] = 2


def _assign_attribute_deep(p):
    p.layout.title.text = "New"  # the string at layout.title becomes a dict


def _assign_makes_parents(p):
    p["rows"][0]["name"] = "Ada"  # a number as the next key makes a list


def _assign_negative_index(p):
    p[-1] = "last"


def _assign_past_the_end(p):
    p[4] = "e"  # the hole in between is null


def _delete_key(p):
    del p["gone"]
    del p.also_gone


def _delete_negative_index(p):
    del p.items[-1]


def _append_prepend(p):
    p.append(3)
    p.prepend(0)


def _append_to_missing(p):
    p.points.append(1)  # nothing there counts as an empty list


def _extend_and_plus_list(p):
    p.extend([3, 4])
    p += (5,)


def _insert(p):
    p.insert(1, "b")
    p.insert(-1, "y")  # before the last item, as Python's insert


def _insert_out_of_range(p):
    p.insert(10, "end")
    p.insert(-10, "also end")  # unlike Python's list.insert, which would put it first


def _remove(p):
    p.remove(1)
    p.remove({"a": 1})  # deep equality


def _clear(p):
    p.items.clear()
    p.meta.clear()


def _reverse(p):
    p.reverse()


def _merge(p):
    p.update({"b": 2}, c=3)
    p.nested |= {"y": 2}


def _add_numbers_and_text(p):
    p.count += 1
    p.label += "!"
    p.size += "px"  # a number plus text is text, as in JavaScript


def _sub_mul_div(p):
    p.a -= 1
    p.b *= 3
    p.c /= 2
    p.d /= 4  # 8 / 4 arrives as the integer 2


def _arithmetic_on_nothing(p):
    p.missing += 1  # undefined + 1 is NaN, which JSON sends as null
    p.null -= 1  # null counts as 0


def _root_arithmetic(p):
    p += 5
    p *= 2


def _operations_in_order(p):
    p.data[0].y.append(4)
    p.data[0].y.reverse()
    p.data.append({"y": [0]})
    p.layout["title"] = "two traces"


CASES: list[PatchCase] = [
    PatchCase("assign-key", {"a": 1}, _assign_key, {"a": 1, "b": 2}),
    PatchCase("assign-attribute-deep", {"layout": {"title": "Old"}}, _assign_attribute_deep,
              {"layout": {"title": {"text": "New"}}}),
    PatchCase("assign-makes-parents", {}, _assign_makes_parents, {"rows": [{"name": "Ada"}]}),
    PatchCase("assign-negative-index", [1, 2, 3], _assign_negative_index, [1, 2, "last"]),
    PatchCase("assign-past-the-end", ["a", "b"], _assign_past_the_end, ["a", "b", None, None, "e"]),
    PatchCase("delete-key", {"gone": 1, "also_gone": 2, "kept": 3}, _delete_key, {"kept": 3}),
    PatchCase("delete-negative-index", {"items": [1, 2, 3]}, _delete_negative_index, {"items": [1, 2]}),
    PatchCase("append-prepend", [1, 2], _append_prepend, [0, 1, 2, 3]),
    PatchCase("append-to-missing", {}, _append_to_missing, {"points": [1]}),
    PatchCase("extend-and-plus-list", [1, 2], _extend_and_plus_list, [1, 2, 3, 4, 5]),
    PatchCase("insert", ["a", "c", "z"], _insert, ["a", "b", "c", "y", "z"]),
    PatchCase("insert-out-of-range", [1, 2, 3], _insert_out_of_range, [1, 2, 3, "end", "also end"]),
    PatchCase("remove", [1, {"a": 1}, 2, 1, {"a": 2}], _remove, [2, {"a": 2}]),
    PatchCase("clear", {"items": [1, 2], "meta": {"k": 1}}, _clear, {"items": [], "meta": {}}),
    PatchCase("reverse", [1, 2, 3], _reverse, [3, 2, 1]),
    PatchCase("merge", {"a": 1, "b": 1, "nested": {"x": 1}}, _merge, {"a": 1, "b": 2, "c": 3, "nested": {"x": 1, "y": 2}}),
    PatchCase("add-numbers-and-text", {"count": 1, "label": "hi", "size": 10}, _add_numbers_and_text,
              {"count": 2, "label": "hi!", "size": "10px"}),
    PatchCase("sub-mul-div", {"a": 1, "b": 2.5, "c": 7, "d": 8}, _sub_mul_div, {"a": 0, "b": 7.5, "c": 3.5, "d": 2}),
    PatchCase("arithmetic-on-nothing", {"null": None}, _arithmetic_on_nothing, {"null": -1, "missing": None}),
    PatchCase("root-arithmetic", 1, _root_arithmetic, 12),
    PatchCase("operations-in-order", {"data": [{"y": [1, 2, 3]}], "layout": {}}, _operations_in_order,
              {"data": [{"y": [4, 3, 2, 1]}, {"y": [0]}], "layout": {"title": "two traces"}}),
]
