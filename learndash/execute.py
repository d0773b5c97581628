"""Run one callback request: a `/_dash-update-component` body in, a response body out (rule W-9).

This is the single implementation of "run a callback". The Flask server calls it for real HTTP
requests, and the headless harness calls it for the requests its renderer model makes; neither
knows anything the other does not. It returns the response body, or None for PreventUpdate (204),
and raises `BadRequest` (400) or `CallbackError` (500) with a message that teaches.
"""
from __future__ import annotations

import os
import traceback
from typing import Any

from .callbacks import Callback, CallbackRegistry
from .context import CallbackContext, current_context
from .dependencies import DashDependency
from .exceptions import BadRequest, CallbackError, InvalidCallbackReturnValue, PreventUpdate
from .no_update import is_no_update
from .patterns import id_matches
from .protocol import clean_property_name, error_body, stringify_id
from .serialize import find_unserializable
from .suggest import did_you_mean

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def execute_callback_request(registry: CallbackRegistry, body: Any) -> dict[str, Any] | None:
    """Run the callback that `body` names and return Dash's response body (rules W-6 to W-9)."""
    callback = _find_callback(registry, body)
    inputs_list = _entries(body, "inputs", callback.inputs, callback)
    states_list = _entries(body, "state", callback.states, callback) if "state" in body or callback.states else []
    outputs_list = _output_specs(body, callback)
    values = [_value_of(entry) for entry in inputs_list + states_list]
    arguments = [values[position] for position in callback.argument_order]
    context = CallbackContext(
        inputs_list=inputs_list,
        states_list=states_list,
        outputs_list=outputs_list if outputs_list is not None else [],
        changed_prop_ids=list(body.get("changedPropIds") or []),
        argument_order=callback.argument_order,
        argument_names=callback.argument_names,
        output_keys=callback.output_keys,
    )
    token = current_context.set(context)
    try:
        if callback.argument_names:
            result = callback.function(**dict(zip(callback.argument_names, arguments)))
        else:
            result = callback.function(*arguments)
    except PreventUpdate:
        return None
    except Exception as error:  # the student's code failed: report it, the app keeps running (O-8)
        what, fix = _raised_message(callback, error)
        trace = user_traceback(error)
        raise CallbackError(
            f"{what}\n{trace}{fix}", callback=callback.name, traceback_text=trace, summary=f"{what}\n{fix}"
        ) from error
    finally:
        current_context.reset(token)
    response = _response_of(callback, result, outputs_list)
    body_out: dict[str, Any] = {"multi": True, "response": response}
    if context.side_updates:
        body_out["sideUpdate"] = context.side_updates
    return body_out


def update_component_answer(registry: CallbackRegistry, body: Any, *, debug: bool) -> tuple[int, dict[str, Any] | None]:
    """The HTTP status and JSON answer of `/_dash-update-component` for a parsed body (W-7, W-8):
    200 with the response, 204 for PreventUpdate, 400 or 500 with a JSON error. The traceback of
    the student's code is sent only in debug mode, as Dash's dev tools do. The Flask server and
    the in-process transport both answer through here."""
    try:
        response = execute_callback_request(registry, body)
    except BadRequest as error:
        return 400, error_body("BadRequest", str(error))
    except CallbackError as error:
        details = {"traceback": error.traceback_text} if debug else {}
        return 500, error_body(type(error).__name__, error.summary, callback=error.callback, **details)
    if response is None:
        return 204, None  # PreventUpdate (rule O-3)
    return 200, response


def _find_callback(registry: CallbackRegistry, body: Any) -> Callback:
    if not isinstance(body, dict):
        raise BadRequest(
            "The request body must be a JSON object with the keys 'output', 'outputs', 'inputs', "
            f"'changedPropIds' (and 'state' when the callback has State), but it was {type(body).__name__}."
        )
    output = body.get("output")
    if not isinstance(output, str):
        raise BadRequest("The request body has no 'output' string naming the callback to run (rule W-6).")
    if output not in registry.by_output_id:
        known = list(registry.by_output_id)
        hint = " " + (did_you_mean(output, known) or f"Known callbacks: {known}.")
        raise BadRequest(f"No callback has the output {output!r}.{hint}")
    if not isinstance(body.get("inputs"), list):
        raise BadRequest(f"The request for {output!r} needs an 'inputs' list, one entry per Input (rule W-6).")
    return registry.by_output_id[output]


def _entries(body: dict, key: str, declared: tuple[DashDependency, ...], callback: Callback) -> list[Any]:
    entries = body.get(key, [])
    if not isinstance(entries, list) or len(entries) != len(declared):
        count = len(entries) if isinstance(entries, list) else "no list of"
        raise BadRequest(
            f"{callback.describe()} has {len(declared)} {key} entries declared but the request sent "
            f"{count}. Send one entry per {key} item, in the declared order (rule W-6)."
        )
    for entry, dependency in zip(entries, declared):
        _check_spec(entry, dependency, callback, key)
    return entries


def _output_specs(body: dict, callback: Callback) -> Any:
    if callback.has_no_output:
        return body.get("outputs") or []
    specs = body.get("outputs")
    declared = list(zip(callback.outputs, callback.output_props))
    listed = specs if callback.multi_output else [specs]
    if not isinstance(listed, list) or len(listed) != len(declared):
        raise BadRequest(
            f"'outputs' does not match {callback.describe()}: expected {len(declared)} output "
            f"spec(s) {'in a list' if callback.multi_output else ''}, got {specs!r}."
        )
    for spec, (output, _) in zip(listed, declared):
        _check_spec(spec, output, callback, "outputs")
    return specs


def _check_spec(spec: Any, dependency: DashDependency, callback: Callback, key: str) -> None:
    """An entry is `{id, property}` or, for ALL/ALLSMALLER, a list of them (rule W-6, P-10)."""
    items = spec if dependency.is_multi_valued else [spec]
    if not isinstance(items, list):
        raise BadRequest(f"{key} entry for {dependency!r} in {callback.describe()} must be a list of specs.")
    for item in items:
        if (
            not isinstance(item, dict)
            or clean_property_name(str(item.get("property"))) != dependency.component_property
            or not id_matches(dependency.component_id, item.get("id"))
        ):
            raise BadRequest(
                f"{key} entry {item!r} does not match {dependency!r} declared by {callback.describe()}. "
                "Each entry needs the declared property and an id that fits the declared id."
            )


def _value_of(entry: Any) -> Any:
    """A dict entry gives its value, a list entry the list of its values; absent means None (W-9)."""
    if isinstance(entry, list):
        return [item.get("value") for item in entry]
    return entry.get("value")


def _response_of(callback: Callback, result: Any, outputs_list: Any) -> dict[str, dict[str, Any]]:
    """Check the returned value against the Outputs and build `{idstr: {prop: value}}` (O-1 to O-4)."""
    if callback.has_no_output:
        if result is not None and not is_no_update(result):
            raise InvalidCallbackReturnValue(
                f"{callback.name}() has no Output but returned {result!r}. A callback without Outputs "
                "must return None; use set_props(...) to change components from it.",
                callback=callback.name,
            )
        return {}
    if not callback.multi_output:
        pairs = [(result, outputs_list, callback.outputs[0])]
    else:
        results = _unpack_multi(callback, result)
        pairs = list(zip(results, outputs_list, callback.outputs))
    response: dict[str, dict[str, Any]] = {}
    for value, spec, output in pairs:
        if isinstance(spec, list):
            _add_wildcard_values(callback, output, value, spec, response)
        elif not is_no_update(value):
            _add_value(callback, output, spec, value, response)
    return response


def _unpack_multi(callback: Callback, result: Any) -> list[Any]:
    count = len(callback.outputs)
    names = ", ".join(o.prop_id for o in callback.outputs)
    if is_no_update(result):
        return [result] * count
    if callback.output_keys:
        return _unpack_dict(callback, result)
    if not isinstance(result, (list, tuple)):
        raise InvalidCallbackReturnValue(
            f"{callback.name}() returned one value, {_short(result)}, but has {count} Outputs: {names}. "
            f"Return one value per Output, in the same order, e.g. `return a, b`"
            + (" (one Output in a list still wants a one-item list)." if count == 1 else "."),
            callback=callback.name,
        )
    if len(result) != count:
        raise InvalidCallbackReturnValue(
            f"{callback.name}() returned {len(result)} values but has {count} Outputs: {names}. "
            "Return one value per Output, in the same order (use no_update to leave one unchanged).",
            callback=callback.name,
        )
    return list(result)


def _unpack_dict(callback: Callback, result: Any) -> list[Any]:
    """`output=dict(...)` callbacks return a dict with exactly the declared keys (rule O-1)."""
    keys = list(callback.output_keys)
    if not isinstance(result, dict) or sorted(result) != sorted(keys):
        got = f"a dict with keys {sorted(result)}" if isinstance(result, dict) else _short(result)
        raise InvalidCallbackReturnValue(
            f"{callback.name}() declares output=dict(...) with the keys {keys}, so it must return a dict "
            f"with exactly those keys, but it returned {got}.",
            callback=callback.name,
        )
    return [result[key] for key in keys]


def _add_wildcard_values(
    callback: Callback, output: DashDependency, value: Any, specs: list, response: dict
) -> None:
    if is_no_update(value):
        return
    if not isinstance(value, (list, tuple)) or len(value) != len(specs):
        got = f"{len(value)} values" if isinstance(value, (list, tuple)) else _short(value)
        raise InvalidCallbackReturnValue(
            f"{callback.name}() must return a list of {len(specs)} values for {output.prop_id}: that "
            f"Output uses ALL and matches {len(specs)} component(s) right now, but it got {got}. "
            "Return one value per matching component, in the order ctx.outputs_list gives.",
            callback=callback.name,
        )
    for item, spec in zip(value, specs):
        if not is_no_update(item):
            _add_value(callback, output, spec, item, response)


def _add_value(callback: Callback, output: DashDependency, spec: dict, value: Any, response: dict) -> None:
    found = find_unserializable(value)
    if found is not None:
        path, bad = found
        where = f" at {path}" if path else ""
        if isinstance(bad, type):
            raise InvalidCallbackReturnValue(
                f"{callback.name}() returned the class {bad.__name__}{where} for {output.prop_id}, not a "
                f"component. Call it to make one: {bad.__name__}(...), e.g. html.Div('text').",
                callback=callback.name,
            )
        raise InvalidCallbackReturnValue(
            f"{callback.name}() returned a value for {output.prop_id} that JSON cannot hold: "
            f"{type(bad).__name__} {_short(bad)}{where}. Props can only be components, strings, "
            "numbers, booleans, None, or lists and dicts of these; convert it first (e.g. list(...)).",
            callback=callback.name,
        )
    prop = clean_property_name(spec["property"])
    response.setdefault(stringify_id(spec["id"]), {})[prop] = value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _raised_message(callback: Callback, error: BaseException) -> tuple[str, str]:
    """What happened and what to do; the student's traceback goes between them."""
    what = f"Callback error in {callback.name}() updating {callback.output_names}: {type(error).__name__}: {error}"
    fix = (
        "The outputs were left unchanged. Fix the error above; raise PreventUpdate if the callback "
        "should sometimes do nothing."
    )
    return what, fix


def user_traceback(error: BaseException) -> str:
    """The traceback lines that belong to the student's code, not to learndash (Dash prunes too)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if not f.filename.startswith(PACKAGE_DIR)]
    return "".join(traceback.format_list(frames))
