"""Run one callback request: a `/_dash-update-component` body in, a response body out (rule W-9).

This is the single implementation of "run a callback". The Flask server calls it for real HTTP
requests, and the headless harness calls it for the requests its renderer model makes; neither
knows anything the other does not. It returns the response body as JSON text (encoded once: the
encoding is also the check that every value is JSON), or None for PreventUpdate (204), and raises
`BadRequest` (400) or `CallbackError` (500) with a message that teaches.
"""
from __future__ import annotations

import os
import traceback
from typing import Any, Callable

from .callbacks import Callback, CallbackRegistry
from .context import CallbackContext, current_context
from .dependencies import DashDependency
from .exceptions import BadRequest, CallbackError, InvalidCallbackReturnValue, PreventUpdate
from .grouping import fill, flatten, flatten_like
from .no_update import is_no_update, no_update
from .patterns import id_matches
from .protocol import clean_property_name, error_body, prop_id, stringify_id
from .request_body import check_request_body, is_component_id
from .serialize import DEEPEST_JSON, encodes, find_unserializable, how_to_make_it_json, nesting_depth, path_to_itself, to_json
from .quote import exception_text, short_repr
from .suggest import did_you_mean

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def execute_callback_request(registry: CallbackRegistry, body: Any, request: Any = None) -> str | None:
    """Run the callback that `body` names and return Dash's response body as JSON text (rules W-6 to
    W-9); `request` is the HTTP request it came in (X-5), None from the headless page."""
    callback = _callback_of_plain_body(registry, body) or _checked_callback(registry, body)
    inputs_list = body["inputs"]
    states_list = body.get("state", [])  # checked: present, or the callback has no State
    outputs_list = (body.get("outputs") or []) if callback.has_no_output else body["outputs"]
    arguments = fill(callback.argument_shape, [_value_of(entry) for entry in inputs_list + states_list])
    context = CallbackContext(
        inputs_list=inputs_list,
        states_list=states_list,
        outputs_list=outputs_list,
        changed_prop_ids=list(body.get("changedPropIds") or []),
        argument_shape=callback.argument_shape,
        output_shape=callback.output_shape,
        request=request,
    )
    token = current_context.set(context)
    try:
        result = _call(callback, arguments, callback.on_error or registry.on_error)
    except PreventUpdate:
        return None
    finally:
        current_context.reset(token)
    response = _response_of(callback, result, outputs_list)
    if callback.has_no_output and not context.side_updates:
        return None  # nothing to send: Dash answers 204, as for PreventUpdate (W-7, W-8)
    # Dash's key order, so the bytes match too: multi, sideUpdate (only with set_props), response.
    body_out: dict[str, Any] = {"multi": True}
    if context.side_updates:
        body_out["sideUpdate"] = context.side_updates
    body_out["response"] = response
    return _encoded(callback, body_out)


def _call(callback: Callback, arguments: Any, on_error: Callable[[Exception], Any] | None) -> Any:
    """Call the function with its arguments in their declared shape; an exception goes to
    `on_error` when there is one (W-9 step 5), else it is reported (O-8)."""
    try:
        if isinstance(callback.argument_shape, dict):
            return callback.function(**arguments)
        if isinstance(callback.argument_shape, list):
            return callback.function(*arguments)
        return callback.function(arguments)
    except PreventUpdate:
        raise
    except Exception as error:  # the student's code failed: report it, the app keeps running (O-8)
        if on_error is None:
            raise _callback_error(callback, error) from error
        return _handle(callback, error, on_error)


def _handle(callback: Callback, error: Exception, on_error: Callable[[Exception], Any]) -> Any:
    """The handler's return value stands for the callback's; None leaves every output (W-9 step 5)."""
    try:
        handled = on_error(error)
    except PreventUpdate:
        raise
    except Exception as handler_error:
        raise _callback_error(callback, handler_error, in_handler=True) from handler_error
    return no_update if handled is None and not callback.has_no_output else handled


def _callback_error(callback: Callback, error: Exception, *, in_handler: bool = False) -> CallbackError:
    what, fix = _raised_message(callback, error, in_handler=in_handler)
    trace = user_traceback(error)
    return CallbackError(f"{what}\n{trace}{fix}", callback=callback.name, traceback_text=trace, summary=f"{what}\n{fix}")


def update_component_answer(registry: CallbackRegistry, body: Any, *, debug: bool, request: Any = None) -> tuple[int, str | None]:
    """The HTTP status and JSON text of the answer of `/_dash-update-component` for a parsed body
    (W-7, W-8): 200 with the response, 204 (None) for PreventUpdate, 400 or 500 with a JSON error.
    The traceback of the student's code is sent only in debug mode, as Dash's dev tools do. The
    Flask server and the in-process transport both answer through here."""
    try:
        response = execute_callback_request(registry, body, request)
    except BadRequest as error:
        return 400, to_json(error_body("BadRequest", str(error), **({"field": error.field} if error.field else {})))
    except CallbackError as error:
        details = {"traceback": error.traceback_text} if debug else {}
        return 500, to_json(error_body(type(error).__name__, error.summary, callback=error.callback, **details))
    if response is None:
        return 204, None  # PreventUpdate (rule O-3)
    return 200, response


def _find_callback(registry: CallbackRegistry, body: dict) -> Callback:
    output = body["output"]
    if output not in registry.by_output_id:
        known = list(registry.by_output_id)
        hint = " " + (did_you_mean(output, known) or f"Known callbacks: {known}.")
        raise BadRequest(f"No callback has the output {short_repr(output)}.{hint}", field="output")
    return registry.by_output_id[output]


def _checked_callback(registry: CallbackRegistry, body: Any) -> Callback:
    """The callback `body` names, once every field is checked, in this order: the body's shape
    (`check_request_body`), the callback, then each entry against its declaration. The first
    problem found is the `BadRequest` the sender gets."""
    check_request_body(body)
    callback = _find_callback(registry, body)
    _entries(body, "inputs", callback.inputs, callback)
    if "state" in body or callback.states:
        _entries(body, "state", callback.states, callback)
    _output_specs(body, callback)
    return callback


def _callback_of_plain_body(registry: CallbackRegistry, body: Any) -> Callback | None:
    """The callback of a body that fits it entry for entry, as the page sends it, found in one
    walk of the entries; None for any other body, which `_checked_callback` then checks field by
    field to word its problem. A spec that fits its declaration passes the shape checks too, so
    what this accepts `_checked_callback` accepts (tests/core/test_fast_paths.py holds it to that)."""
    output = body.get("output") if type(body) is dict else None
    callback = registry.by_output_id.get(output) if type(output) is str else None
    if callback is None:
        return None
    changed = body.get("changedPropIds", [])
    if type(changed) is not list or not all(type(prop_id_text) is str for prop_id_text in changed):
        return None
    if not _plain_entries(body.get("inputs"), callback.inputs):
        return None
    if ("state" in body or callback.states) and not _plain_entries(body.get("state"), callback.states):
        return None
    if callback.has_no_output:
        return None if "outputs" in body else callback  # the page sends no `outputs` then (W-6)
    outputs = body.get("outputs")
    return callback if _plain_entries(outputs if callback.multi_output else [outputs], callback.outputs) else None


def _plain_entries(entries: Any, declared: tuple[DashDependency, ...]) -> bool:
    """One fitting entry per declared dependency, in order: a spec, or for ALL / ALLSMALLER a
    list of them (P-10)."""
    if type(entries) is not list or len(entries) != len(declared):
        return False
    for entry, dependency in zip(entries, declared):
        if not dependency.is_multi_valued:
            if not _fits(entry, dependency):
                return False
        elif type(entry) is not list or not all(_fits(item, dependency) for item in entry):
            return False
    return True


def _entries(body: dict, key: str, declared: tuple[DashDependency, ...], callback: Callback) -> None:
    entries = body.get(key, [])
    if not isinstance(entries, list) or len(entries) != len(declared):
        count = len(entries) if isinstance(entries, list) else "no list of"
        raise BadRequest(
            f"{callback.describe()} has {len(declared)} {key} entries declared but the request sent "
            f"{count}. Send one entry per {key} item, in the declared order (rule W-6)."
        )
    for entry, dependency in zip(entries, declared):
        _check_spec(entry, dependency, callback, key)


def _output_specs(body: dict, callback: Callback) -> None:
    if callback.has_no_output:
        return
    specs = body.get("outputs")
    listed = specs if callback.multi_output else [specs]
    if not isinstance(listed, list) or len(listed) != len(callback.outputs):
        raise BadRequest(
            f"'outputs' does not match {callback.describe()}: expected {len(callback.outputs)} output "
            f"spec(s) {'in a list' if callback.multi_output else ''}, got {short_repr(specs)}."
        )
    for spec, output in zip(listed, callback.outputs):
        _check_spec(spec, output, callback, "outputs")


def _check_spec(spec: Any, dependency: DashDependency, callback: Callback, key: str) -> None:
    """An entry is `{id, property}` or, for ALL/ALLSMALLER, a list of them (rule W-6, P-10)."""
    items = spec if dependency.is_multi_valued else [spec]
    if not isinstance(items, list):
        raise BadRequest(f"{key} entry for {dependency!r} in {callback.describe()} must be a list of specs.")
    for item in items:
        if not _fits(item, dependency):
            raise BadRequest(
                f"{key} entry {short_repr(item)} does not match {dependency!r} declared by {callback.describe()}. "
                "Each entry needs the declared property and an id that fits the declared id."
            )


def _fits(item: Any, dependency: DashDependency) -> bool:
    """Whether a spec names the declared property (an output's may carry its `@hash`) and a
    component id the declared one fits (W-3, P-3): a string id is compared directly, a pattern by
    `id_matches`, and as a wildcard lets any value through, the id is checked to be one. So a
    spec that fits passes `check_request_body` too (which `_callback_of_plain_body` relies on)."""
    if not isinstance(item, dict):
        return False
    prop = item.get("property")
    if prop != dependency.component_property:
        if not isinstance(prop, str) or clean_property_name(prop) != dependency.component_property:
            return False
    elif "@" in prop:  # a declared name with "@" in it: no cleaned name equals it
        return False
    declared_id = dependency.component_id
    if isinstance(declared_id, str):
        return item.get("id") == declared_id
    component_id = item.get("id")
    return id_matches(declared_id, component_id) and is_component_id(component_id)


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
    elif is_no_update(result):
        return {}  # a bare no_update skips every Output of a multi-output callback (O-2)
    else:
        results = flatten_like(result, callback.output_shape, mismatch=lambda *found: _shape_error(callback, *found))
        pairs = list(zip(results, outputs_list, callback.outputs))
    response: dict[str, dict[str, Any]] = {}
    for value, spec, output in pairs:
        if isinstance(spec, list):
            _add_wildcard_values(callback, output, value, spec, response)
        elif not is_no_update(value):
            _add_value(callback, output, spec, value, response)
    return response


def _shape_error(callback: Callback, value: Any, shape: Any, path: tuple) -> InvalidCallbackReturnValue:
    """What the returned value should have looked like where it first differs from the outputs."""
    outputs = [callback.outputs[position] for position in flatten(shape)]
    names = ", ".join(o.prop_id for o in outputs)
    where = "".join(f"[{key!r}]" for key in path)
    if isinstance(shape, dict):
        got = f"a dict with keys {short_repr(sorted(value))}" if isinstance(value, dict) else short_repr(value)
        message = (
            f"{callback.name}() must return a dict with exactly the keys {list(shape)}"
            f"{' at ' + where if where else ''}, as its Outputs ({names}) are declared, but it returned {got}."
        )
    elif not isinstance(value, (list, tuple)) and not path:
        message = (
            f"{callback.name}() returned one value, {short_repr(value)}, but has {len(outputs)} Outputs: {names}. "
            f"Return one value per Output, in the same order, e.g. `return a, b`"
            + (" (one Output in a list still wants a one-item list)." if len(outputs) == 1 else ".")
        )
    elif not path:
        message = (
            f"{callback.name}() returned {len(value)} values but has {len(outputs)} Outputs: {names}. "
            "Return one value per Output, in the same order (use no_update to leave one unchanged)."
        )
    else:
        got = f"{len(value)} values" if isinstance(value, (list, tuple)) else short_repr(value)
        message = (
            f"{callback.name}() returned {got} at {where}, where the Outputs are declared as a list of "
            f"{len(shape)}: {names}. Return a list of {len(shape)} values there, in the same order."
        )
    return InvalidCallbackReturnValue(message, callback=callback.name)


def _add_wildcard_values(
    callback: Callback, output: DashDependency, value: Any, specs: list, response: dict
) -> None:
    """O-2, O-4: an Output with ALL takes a list, one value per matching component; as in Dash, a
    lone no_update in its place is a wrong shape too (no_update goes inside the list)."""
    if not isinstance(value, (list, tuple)) or len(value) != len(specs):
        got = f"{len(value)} values" if isinstance(value, (list, tuple)) else short_repr(value)
        hint = (f" To leave them all as they are, return [no_update] * {len(specs)} or raise PreventUpdate."
                if is_no_update(value) else "")
        raise InvalidCallbackReturnValue(
            f"{callback.name}() must return a list of {len(specs)} values for {output.prop_id}: that "
            f"Output uses ALL and matches {len(specs)} component(s) right now, but it got {got}. "
            f"Return one value per matching component, in the order ctx.outputs_list gives.{hint}",
            callback=callback.name,
        )
    for item, spec in zip(value, specs):
        if not is_no_update(item):
            _add_value(callback, output, spec, item, response)


def _add_value(callback: Callback, output: DashDependency, spec: dict, value: Any, response: dict) -> None:
    prop = clean_property_name(spec["property"])
    response.setdefault(stringify_id(spec["id"]), {})[prop] = value


# How a callback wrote a value, for the message: by returning it, or through set_props (rule W-7).
_WRITTEN_BY = {"response": "returned {thing} for {prop_id}", "sideUpdate": "passed {thing} to set_props() for {prop_id}"}


def _encoded(callback: Callback, body_out: dict[str, Any]) -> str:
    """The response body as JSON text. O-4: every value a callback writes must reach the page as
    JSON, so the one encoding of the whole body is also the check; only when it fails are the
    values searched for the culprit."""
    try:
        return to_json(body_out)
    except Exception:  # TypeError and RecursionError mostly, but a value's to_plotly_json may raise anything
        pass
    written = [
        (_WRITTEN_BY[key], prop_id(id_str, prop), value)
        for key in _WRITTEN_BY
        for id_str, props in body_out.get(key, {}).items()
        for prop, value in props.items()
    ]
    for how, where, value in written:
        if encodes(value):
            continue
        itself = path_to_itself(value)
        if itself is not None:
            raise _holds_itself_error(callback, how, where, itself)
        if nesting_depth(value) > DEEPEST_JSON:
            raise _too_deep_error(callback, how, where, value)
        raise _unserializable_error(callback, how, where, *find_unserializable(value))
    # Each value fits alone, but not inside the response's own three levels.
    how, where, value = max(written, key=lambda each: nesting_depth(each[2]))
    raise _too_deep_error(callback, how, where, value)


def _holds_itself_error(callback: Callback, how: str, where: str, path: str) -> InvalidCallbackReturnValue:
    thing = "a value that holds itself"
    return InvalidCallbackReturnValue(
        f"{callback.name}() {how.format(thing=thing, prop_id=where)}: at {path} it holds a list, dict or "
        "component that it is already inside of, so its JSON would never end. Put a copy there instead, "
        "e.g. rows.append(list(rows)) rather than rows.append(rows).",
        callback=callback.name,
    )


def _too_deep_error(callback: Callback, how: str, where: str, value: Any) -> InvalidCallbackReturnValue:
    thing = f"a value nested {nesting_depth(value):,} levels deep"
    return InvalidCallbackReturnValue(
        f"{callback.name}() {how.format(thing=thing, prop_id=where)}, deeper than JSON is written here "
        f"(keep values under {DEEPEST_JSON} levels of lists and dicts). Flatten it, e.g. keep rows side "
        "by side in one list instead of each row inside the one before.",
        callback=callback.name,
    )


def _unserializable_error(callback: Callback, how: str, where: str, path: str, bad: Any) -> InvalidCallbackReturnValue:
    at = f" at {path}" if path else ""
    if isinstance(bad, type):
        thing = f"the class {bad.__name__}{at}"
        return InvalidCallbackReturnValue(
            f"{callback.name}() {how.format(thing=thing, prop_id=where)}, not a component. Call it to make "
            f"one: {bad.__name__}(...), e.g. html.Div('text').",
            callback=callback.name,
        )
    return InvalidCallbackReturnValue(
        f"{callback.name}() {how.format(thing='a value', prop_id=where)} that JSON cannot hold: "
        f"{type(bad).__name__} {short_repr(bad)}{at}. {how_to_make_it_json(bad)}",
        callback=callback.name,
    )


def _raised_message(callback: Callback, error: BaseException, *, in_handler: bool = False) -> tuple[str, str]:
    """What happened and what to do; the student's traceback goes between them."""
    where = "the on_error handler of " if in_handler else ""
    what = f"Callback error in {where}{callback.name}() updating {callback.output_names}: {type(error).__name__}: {exception_text(error)}"
    fix = (
        "The outputs were left unchanged. Fix the error above; raise PreventUpdate if the callback "
        "should sometimes do nothing."
    )
    if isinstance(error, RuntimeError) and "outside of request context" in str(error):
        fix = (
            "The headless page (AppHarness) sends no HTTP request, so flask.request is not there "
            "(rule X-5). Test a callback that reads the request over HTTP: run the app and use "
            "AppHarness.connect(url), or the browser harness."
        )
    return what, fix


def user_traceback(error: BaseException) -> str:
    """The traceback lines that belong to the student's code, not to learndash (Dash prunes too)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if not f.filename.startswith(PACKAGE_DIR)]
    return "".join(traceback.format_list(frames))
