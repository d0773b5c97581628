"""The `/_dash-update-component` body, parsed and checked field by field before any work (rule W-6).

A body the page sends looks like this (`outputs` is a list for a multi-output callback, and an
entry is itself a list for an ALL / ALLSMALLER dependency):

    {"output": "out.children",
     "outputs": {"id": "out", "property": "children"},
     "inputs": [{"id": "in", "property": "value", "value": "hi"}],
     "state": [{"id": {"type": "row", "index": 0}, "property": "value", "value": 3}],
     "changedPropIds": ["in.value"]}

Anything else is answered with a `BadRequest` that names the field and says what was expected, so a
hand-built request (a test, a script, a student reading the Network tab) learns what to send. Only
the shape is checked here; whether the entries fit the callback's declaration is `execute.py`'s job.
"""
from __future__ import annotations

import json
from typing import Any

from .exceptions import BadRequest
from .protocol import loads_like_javascript
from .quote import short_repr

SPEC = '{"id": ..., "property": ...}'
FIX = "The page sends this body by itself; a request built by hand must follow the same shape (rule W-6)."


def parse_request_body(data: bytes) -> Any:
    """The JSON of a request body, with JavaScript's number semantics (`loads_like_javascript`).

    The page sends UTF-8. Other clients are read as Dash reads them (Flask's `get_json`, which is
    `json.loads` on the bytes): the encoding is found from the first bytes, so UTF-16 and UTF-32
    bodies, and a UTF-8 body that starts with a byte-order mark, are read too.

    A body nested deeper than Python's JSON parser can follow (about 1,000 levels; the page never
    sends one) is a `BadRequest` too, rather than a `RecursionError`.
    """
    try:
        return loads_like_javascript(data.decode(json.detect_encoding(data)))
    except ValueError as error:  # UnicodeDecodeError is one too
        raise BadRequest(f"The request body is not valid JSON: {short_repr(str(error), 160)}. {FIX}") from None
    except RecursionError:
        raise BadRequest(
            "The request body nests lists and objects deeper than the server parses (about 1,000 "
            f"levels), so it was not read. {FIX}"
        ) from None


def check_request_body(body: Any) -> None:
    """Raise `BadRequest` naming the first field of `body` that does not have its expected type."""
    if not isinstance(body, dict):
        raise _wrong("body", "a JSON object with the keys 'output', 'outputs', 'inputs', 'changedPropIds' (and "
                     "'state' when the callback has State)", body)
    if not isinstance(body.get("output"), str):
        raise _wrong("output", "a string naming the callback, e.g. \"out.children\"", body.get("output", _ABSENT))
    _check_entries(body, "inputs", required=True)
    _check_entries(body, "state", required=False)
    if "outputs" in body and not _are_outputs(body["outputs"]):
        outputs = body["outputs"]
        if isinstance(outputs, list):
            for position, entry in enumerate(outputs):
                _check_entry(entry, f"outputs[{position}]", with_value=False)
        else:
            _check_spec(outputs, "outputs", with_value=False)
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(item, str) for item in changed):
        raise _wrong("changedPropIds", 'a list of prop-id strings, e.g. ["in.value"]', changed)


def _check_entries(body: dict, key: str, *, required: bool) -> None:
    if key not in body and not required:
        return
    entries = body.get(key, _ABSENT)
    if not isinstance(entries, list):
        raise _wrong(key, f"a list with one entry {SPEC} per {key[:-1] if key == 'inputs' else key}", entries)
    if all(_is_entry(entry) for entry in entries):
        return  # the usual body: no field name to write
    for position, entry in enumerate(entries):
        _check_entry(entry, f"{key}[{position}]", with_value=True)


def _is_entry(entry: Any) -> bool:
    """Whether `_check_entry` passes `entry`, found without writing field names; a body that
    fails is checked again by `_check_entry`, whose error names the field."""
    if isinstance(entry, list):
        return all(_is_spec(item) for item in entry)
    return _is_spec(entry)


def _is_spec(spec: Any) -> bool:
    """Whether `_check_spec` passes `spec`."""
    return isinstance(spec, dict) and isinstance(spec.get("property"), str) and is_component_id(spec.get("id", _ABSENT))


def _are_outputs(outputs: Any) -> bool:
    """Whether the `outputs` field passes: a spec, or a list of entries (multi-output)."""
    return all(_is_entry(entry) for entry in outputs) if isinstance(outputs, list) else _is_spec(outputs)


def _check_entry(entry: Any, field: str, *, with_value: bool) -> None:
    """One dependency's entry: a spec, or for ALL / ALLSMALLER a list of specs (rule P-10)."""
    if isinstance(entry, list):
        for position, spec in enumerate(entry):
            _check_spec(spec, f"{field}[{position}]", with_value=with_value)
    else:
        _check_spec(entry, field, with_value=with_value)


def _check_spec(spec: Any, field: str, *, with_value: bool) -> None:
    expected = '{"id": ..., "property": ..., "value": ...}' if with_value else SPEC
    if not isinstance(spec, dict):
        raise _wrong(field, f"an object {expected} (or a list of them for ALL)", spec)
    component_id = spec.get("id", _ABSENT)
    if not is_component_id(component_id):
        raise _wrong(f"{field}.id", 'a component id: a string, or an object of strings, numbers and booleans '
                     'such as {"type": "row", "index": 0}', component_id)
    if not isinstance(spec.get("property"), str):
        raise _wrong(f"{field}.property", 'a property name string, e.g. "value"', spec.get("property", _ABSENT))


def is_component_id(value: Any) -> bool:
    """A string id, or a dict id whose values are strings, numbers or booleans (rule W-3)."""
    if isinstance(value, str):
        return True
    return isinstance(value, dict) and all(
        isinstance(item, (str, int, float, bool)) for item in value.values()
    )


class _Absent:
    def __repr__(self) -> str:
        return "missing"


_ABSENT = _Absent()


def _wrong(field: str, expected: str, got: Any) -> BadRequest:
    """The error for one field, e.g. "The request field 'changedPropIds' must be …, but it is the number 5." """
    where = "The request body" if field == "body" else f"The request field '{field}'"
    if got is _ABSENT or got is None:
        found = "missing" if got is _ABSENT else "null"
    else:
        found = f"the {_json_type(got)} {short_repr(got)}"
    return BadRequest(f"{where} must be {expected}, but it is {found}. {FIX}", field=field)


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, as a person reading the body would call it."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "list", dict: "object"}.get(type(value), type(value).__name__)
