"""Dash's wire formats, encoded and decoded in this one place (rules W-3 to W-7).

- ids:        `"out"`, or a dict written as sorted-key compact JSON: `{"index":1,"type":"item"}`
- prop ids:   `"<id>.<prop>"`, split at the last dot (props never contain dots)
- callback:   `"out.children"` for a bare Output, `"..a.children...b.value.."` for a list of Outputs
- bodies:     the POST body of `/_dash-update-component` and its `{"multi": true, "response": ...}` answer

`learndash/static/protocol.js` mirrors this module function by function.
"""
from __future__ import annotations

import gc
import hashlib
import json
import math
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

import orjson


def _canonical_value(value: Any) -> Any:
    """Integral floats are written as ints, as JavaScript does (`1.0` → `1`), so both sides agree."""
    if hasattr(value, "to_json") and callable(value.to_json):  # a Wildcard
        return value.to_json()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def stringify_id(component_id: Any) -> str:
    """The canonical string form of an id (rule W-3).

    >>> stringify_id({"type": "item", "index": 1.0})
    '{"index":1,"type":"item"}'
    """
    if not isinstance(component_id, dict):
        return component_id
    # Most ids hold only strings and integers, which orjson writes exactly as `_stringify_items`
    # does, several times faster. It refuses what it cannot write that way (a key that is not a
    # string, an integer past 64 bits, a lone surrogate), and those take the readable writer.
    for value in component_id.values():
        if type(value) is not str and type(value) is not int:
            return _stringify_other(component_id)
    try:
        return orjson.dumps(component_id, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except orjson.JSONEncodeError:
        return _stringify_other(component_id)


def _stringify_other(component_id: dict) -> str:
    """A dict id with wildcards, floats or booleans in it. A page asks for the same few ids again
    and again, so the text is remembered; the key holds each value's type, so `True` and `1`,
    equal in Python, keep their own texts."""
    try:
        return _stringify_remembered(tuple([(key, type(value), value) for key, value in component_id.items()]))
    except TypeError:  # a value that cannot be a dict key (a list): written each time
        return _stringify_items(component_id.items())


@lru_cache(maxsize=100_000)
def _stringify_remembered(typed_items: tuple[tuple[str, type, Any], ...]) -> str:
    return _stringify_items((key, value) for key, _, value in typed_items)


#: `json.dumps(value, ensure_ascii=False)`, with the encoder made once rather than at every call.
_json_text = json.JSONEncoder(ensure_ascii=False).encode


def _stringify_items(items: Iterable[tuple[str, Any]]) -> str:
    """The readable writer of a dict id: sorted keys, compact, non-ASCII kept as it is (W-3)."""
    parts = [
        _json_text(key) + ":" + _json_text(_canonical_value(value))
        for key, value in sorted(items, key=lambda item: item[0])
    ]
    return "{" + ",".join(parts) + "}"


def parse_id(id_str: str) -> Any:
    """The inverse of `stringify_id`; wildcards come back as Wildcard objects."""
    if not id_str.startswith("{"):
        return id_str
    from .dependencies import WILDCARDS

    parsed = json.loads(id_str)
    return {
        key: WILDCARDS[value[0]] if isinstance(value, list) else value for key, value in parsed.items()
    }


def prop_id(component_id: Any, prop: str) -> str:
    """`"out.children"` or `'{"index":1,"type":"item"}.value'`."""
    return f"{stringify_id(component_id)}.{prop}"


def split_prop_id(prop_id_str: str) -> tuple[str, str]:
    """Split `"<id>.<prop>"` at the last dot into its id string and property."""
    id_str, _, prop = prop_id_str.rpartition(".")
    return id_str, prop


def clean_property_name(prop: str) -> str:
    """Drop the `@<hash>` that `allow_duplicate=True` appends to a property (rule W-4)."""
    return prop.split("@", 1)[0]


def duplicate_suffix(input_prop_ids: Iterable[str]) -> str:
    """The `@<sha256>` suffix of an `allow_duplicate` output: stable across restarts (rule V-5)."""
    return "@" + hashlib.sha256(".".join(input_prop_ids).encode("utf-8")).hexdigest()


def callback_output_id(output_prop_ids: Sequence[str], *, multi: bool) -> str:
    """The `output` field that identifies a callback on the wire (rule W-4).

    >>> callback_output_id(["out2.children", "sum.children"], multi=True)
    '..out2.children...sum.children..'
    """
    if multi:
        return ".." + "...".join(output_prop_ids) + ".."
    return output_prop_ids[0]


def parse_callback_output_id(output: str) -> list[tuple[str, str]]:
    """The inverse of `callback_output_id`: a list of (id string, property) pairs."""
    if output.startswith(".."):
        parts = output[2:-2].split("...")
    else:
        parts = [output]
    return [split_prop_id(part) for part in parts]


def values_by_prop_id(entries: list[Any]) -> dict[str, Any]:
    """A request's `inputs`/`state` list as `{"<prop_id>": value}`, one key per component of a
    wildcard list; an entry without a value (absent from the layout) reads as None (rule W-9)."""
    flat: dict[str, Any] = {}
    for entry in entries:
        for item in entry if isinstance(entry, list) else [entry]:
            if item is not None:
                flat[prop_id(item["id"], item["property"])] = item.get("value")
    return flat


def update_component_body(
    *, output: str, outputs: Any, inputs: list[Any], state: list[Any], changed_prop_ids: list[str]
) -> dict[str, Any]:
    """The POST body of `/_dash-update-component` (rule W-6), from already resolved specs.

    `outputs` is None for a no-output callback, which sends no `outputs` key; `state` is left out
    when the callback has none.
    """
    body: dict[str, Any] = {"output": output}
    if outputs is not None:
        body["outputs"] = outputs
    body["inputs"] = inputs
    if state:
        body["state"] = state
    body["changedPropIds"] = changed_prop_ids
    return body


def read_update_response(status: int, answer: Any, single_output_id: str | None) -> tuple[dict, dict]:
    """A 200 or 204 answer (rule W-7) as (updates, side updates), each `{id string: {prop: value}}`.

    204 (PreventUpdate) and an empty 200 mean nothing changed. The legacy non-multi form
    `{"response": {"props": {...}}}` applies to the single output's id.
    """
    if status == 204 or not answer:
        return {}, {}
    updates = answer.get("response") or {}
    if not answer.get("multi") and "props" in updates and single_output_id is not None:
        updates = {single_output_id: updates["props"]}
    return updates, answer.get("sideUpdate") or {}


def error_body(kind: str, message: str, **details: str) -> dict[str, Any]:
    """learndash's JSON error answer, `{"error": {"type", "message", ...}}` (rule W-8)."""
    return {"error": {"type": kind, "message": message, **details}}


def read_error_body(answer: Any) -> tuple[str, str]:
    """(message, traceback) of a failed request: from learndash's JSON error body, or Dash's
    HTML / text body shown as it is (rule W-8)."""
    if isinstance(answer, dict) and isinstance(answer.get("error"), dict):
        error = answer["error"]
        kind = f"{error['type']}: " if error.get("type") else ""
        return kind + str(error.get("message") or ""), str(error.get("traceback") or "")
    return ("" if answer is None else str(answer)), ""


def same_json(a: Any, b: Any) -> bool:
    """Deep equality of JSON values as JavaScript sees them: `True` is not `1`, `0` is not `False`,
    but `1 == 1.0` (rule C-2 item 1: an edit that changes nothing triggers nothing)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    return _same_scalar(a, b)


def _same_scalar(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


def javascript_text(value: Any) -> str:
    """`String(value)` in the browser, for a JSON value as the page holds it: 1.0 is "1", None is
    "null", True is "true" (NaN and infinities reach the page as null)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "null"
    if isinstance(value, float) and value.is_integer() and abs(value) < JAVASCRIPT_DIGITS_LIMIT:
        return str(_javascript_whole_number(value))
    return "null" if value is None else str(value)


def dumps(value: Any) -> str:
    """Serialize any callback value to JSON text, the way the browser will receive it."""
    from .serialize import to_json

    return to_json(value)


def loads_like_javascript(text: str) -> Any:
    """Parse JSON with JavaScript's number semantics: `10.0` arrives as the integer `10`.

    The headless harness sends every value through `dumps` + this function, so a value reaches the
    next callback exactly as it would after a round trip through Chromium.

    Text with no number that has a fraction, an exponent or 16 digits (orjson would read a huge
    integer as a float) is read by orjson, several times faster and giving the same values; the
    rest, and anything orjson refuses (NaN, lone surrogates), is read by `json` as before.
    """
    if NUMBER_JSON_MUST_READ.search(text) is None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text, parse_float=_javascript_number, parse_int=_javascript_integer)


#: The most lists and objects a JSON text written by student code may hold (a confined child's
#: answer, a clientside function's return value), read by the process that grades or tests it.
#: Parsing them costs that process time no limit of the student's code counts: about a second per
#: million with the garbage collector paused (several with it running), more when each holds a
#: number with a fraction. A page of 100,000 components holds about 300,000.
CONTAINER_LIMIT = 1_000_000


class UnreadableJSON(ValueError):
    """JSON text from student code that is not read; the message says why, as a noun phrase."""


def loads_untrusted(text: str, parse: Callable[[str], Any] = json.loads) -> Any:
    """`parse(text)` for JSON text student code wrote, or `UnreadableJSON` saying what is wrong with
    it: not JSON, nested deeper than the parser follows (about 1,000 levels), or holding more lists
    and objects than `CONTAINER_LIMIT` (counted before parsing; a bracket inside a string counts too)."""
    containers = text.count("[") + text.count("{")
    if containers > CONTAINER_LIMIT:
        raise UnreadableJSON(f"{containers:,} lists and objects in one answer, over the limit of {CONTAINER_LIMIT:,}")
    collecting = gc.isenabled()
    gc.disable()  # the parse makes no garbage, but each new list would count towards a full collection
    try:
        return parse(text)
    except RecursionError:
        raise UnreadableJSON("JSON nested deeper than the parser follows (about 1,000 levels)") from None
    except UnreadableJSON:
        raise
    except ValueError as error:
        raise UnreadableJSON(f"something that is not JSON ({type(error).__name__})") from None
    finally:
        if collecting:
            gc.enable()


# A digit then `.`, `e` or `E`, or 16 digits in a row: where a number orjson reads differently could be.
NUMBER_JSON_MUST_READ = re.compile(r"[0-9](?:[.eE]|[0-9]{15})")


def _javascript_number(text: str) -> int | float:
    """A JSON number as it comes back from the browser: a double, written as an integer when it is
    whole and below 1e21, which `JSON.stringify` still writes in digits (1e20 → 100000000000000000000)."""
    number = float(text)
    if number.is_integer() and abs(number) < JAVASCRIPT_DIGITS_LIMIT:
        return _javascript_whole_number(number)
    return number


def _javascript_whole_number(number: float) -> int:
    """The integer JavaScript writes for a whole double: its shortest exact digits, then zeros
    (2**60 is written 1152921504606847000, not 1152921504606846976).

    >>> _javascript_whole_number(2.0**60), _javascript_whole_number(3.0)
    (1152921504606847000, 3)
    """
    return int(number) if abs(number) <= 2**53 else int(Decimal(repr(number)))


def _javascript_integer(text: str) -> int | float:
    """A JSON integer as it comes back from the browser: exact up to 2**53, rounded to a double
    beyond (2**53 + 1 → 9007199254740992).

    >>> _javascript_integer("9007199254740993"), _javascript_integer("12")
    (9007199254740992, 12)
    """
    number = int(text)
    return number if abs(number) <= 2**53 else _javascript_number(text)


# JavaScript writes whole numbers below this in digits, and from it on in exponent form ("1e+21").
JAVASCRIPT_DIGITS_LIMIT = 1e21
