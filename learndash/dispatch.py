"""One request of the page: its POST body read from the layout, and its answer read back (rules C-6, W-6 to W-8).

`build_body` resolves a request's Outputs, Inputs and State against the layout store and returns
the `/_dash-update-component` body, None when the callback is skipped (I-3), or raises
`ReferenceProblem` when a component it needs is missing (V-6). `read_answer` turns the server's
(status, JSON) into the page's outcome: updates to apply, nothing (PreventUpdate), or a page
error worded from the server's own message. `learndash/static/dispatch.js` mirrors this module.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

from .callback_graph import Request
from .exceptions import BadRequest, CallbackError, InvalidCallbackReturnValue, LearndashError
from .layout import LayoutIndex, get_at
from .protocol import (
    read_error_body,
    read_update_response,
    stringify_id,
    update_component_body,
    values_by_prop_id,
)
from .validation import PageError


@dataclass(slots=True)
class CallRecord:
    """One callback request the page sent: what it got, what it wrote, and how it ended.

    This is the page's trace, in one format for the headless harness (`AppHarness.calls`) and the
    browser's dev tools (the Callbacks panel, `window.learndash.calls`): see `to_json`.
    """

    callback: str
    inputs: dict[str, Any]
    states: dict[str, Any]
    triggered: list[str]
    outputs: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"  # "ok" | "prevented" | "error"
    initial: bool = False

    def to_json(self) -> dict[str, Any]:
        """The trace entry as JSON; `callRecord` in static/dispatch.js builds the same object."""
        return {
            "callback": self.callback,
            "inputs": self.inputs,
            "states": self.states,
            "triggered": self.triggered,
            "outputs": self.outputs,
            "status": self.status,
            "initial": self.initial,
        }

    def __repr__(self) -> str:
        trigger = ", ".join(self.triggered) or "initial call"
        return f"<{self.callback}() {self.status} ({trigger}) -> {self.outputs}>"


@dataclass(slots=True)
class Outcome:
    """What a finished request did: updates to apply, or an error, or nothing (PreventUpdate)."""

    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    side_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    error: PageError | None = None


class ReferenceProblem(Exception):
    """A request needs a component that is not on the page (rules I-3, V-6)."""

    def __init__(self, dependency: Any, role: str) -> None:
        super().__init__(f"{role} {dependency!r} is not on the page")
        self.dependency = dependency
        self.role = role


def spec_of(component_id: Any, prop: str, layout: Any, index: LayoutIndex, *, read: str | None) -> dict[str, Any]:
    """`{id, property}`, plus the `value` of prop `read` when the layout has one (rule W-6, W-9)."""
    spec: dict[str, Any] = {"id": component_id, "property": prop}
    if read is not None:
        props = get_at(layout, index.paths[stringify_id(component_id)])["props"]
        if read in props:
            spec["value"] = props[read]
    return spec


def resolve_role(
    role: str, wire_props: tuple, request: Request, layout: Any, index: LayoutIndex, *, with_value: bool
) -> tuple[list[Any], list[Any], int]:
    """(entries, missing dependencies, how many ALL/ALLSMALLER matched nothing) for one role
    ("inputs", "outputs" or "states" of the request's callback).

    An entry is one spec, or a list of specs for a multi-valued dependency (rule C-6 steps 1, 3, 4).
    The ids come from `Request.ids_for`: pruning and readiness resolved them already.
    """
    dependencies = getattr(request.callback, role)
    if not dependencies:
        return [], [], 0  # most callbacks have no State: nothing to resolve
    entries: list[Any] = []
    missing: list[Any] = []
    empty_multi = 0
    for dependency, wire_prop, found in zip(dependencies, wire_props, request.ids_for(role, index)):
        read = dependency.component_property if with_value else None
        specs = [spec_of(component_id, wire_prop, layout, index, read=read) for component_id in found]
        if dependency.is_multi_valued:
            entries.append(specs)
            empty_multi += 0 if specs else 1
        elif len(specs) == 1:
            entries.append(specs[0])
        elif dependency.allow_optional:
            entries.append({"id": dependency.component_id, "property": wire_prop, "value": None})
        else:
            # Several matches only happen for a MATCH key with no value bound (a MATCH Input of a
            # callback whose Outputs have no MATCH, at load): it names no single component, so it
            # is missing, as in Dash (rule P-4).
            missing.append(dependency)
            entries.append(None)
    return entries, missing, empty_multi


def build_body(request: Request, layout: Any, index: LayoutIndex) -> dict[str, Any] | None:
    """The POST body from the current layout (rule C-6), or None when the callback is skipped
    silently (I-3); raises `ReferenceProblem` for a component that should be there but is not."""
    callback = request.callback
    if callback.names_components_only_by_string:
        body = _body_of_string_ids(request, layout, index)
        if body is not None:
            return body
    inputs, missing, empty_multi = resolve_role(
        "inputs", callback.input_props, request, layout, index, with_value=True
    )
    if missing:
        if len(missing) + empty_multi == len(callback.inputs):
            return None  # every input is missing: skipped like PreventUpdate, no stored entry (I-3, C-6.2)
        raise ReferenceProblem(missing[0], "Input")
    outputs, missing_outputs, _ = resolve_role(
        "outputs", callback.output_props, request, layout, index, with_value=False
    )
    if missing_outputs:
        if any(_has_value(entry) for entry in inputs):
            raise ReferenceProblem(missing_outputs[0], "Output")
        return None  # with no input value either, it is skipped silently (C-6 step 3)
    states, missing_states, _ = resolve_role(
        "states", callback.state_props, request, layout, index, with_value=True
    )
    if missing_states:
        raise ReferenceProblem(missing_states[0], "State")
    wire_outputs = None
    if not callback.has_no_output:  # a no-output callback sends no `outputs` key (W-6)
        wire_outputs = outputs if callback.multi_output else outputs[0]
    return update_component_body(
        output=callback.output_id,
        outputs=wire_outputs,
        inputs=inputs,
        state=states,
        changed_prop_ids=list(request.changed_prop_ids),
    )


def _body_of_string_ids(request: Request, layout: Any, index: LayoutIndex) -> dict[str, Any] | None:
    """`build_body` for a callback whose ids are all strings, when every one is on the page: one
    spec per dependency, read straight from the layout, with no wildcard to resolve. None when a
    component is missing: `build_body`'s own walk then decides what that means (I-3, V-6)."""
    callback = request.callback
    specs: list[list[dict[str, Any]]] = []
    for dependencies, wire_props, with_value in (
        (callback.inputs, callback.input_props, True),
        (callback.outputs, callback.output_props, False),
        (callback.states, callback.state_props, True),
    ):
        role_specs = []
        for dependency, wire_prop in zip(dependencies, wire_props):
            path = index.paths.get(dependency.component_id)
            if path is None:
                return None
            spec = {"id": dependency.component_id, "property": wire_prop}
            if with_value:
                props = get_at(layout, path)["props"]
                if dependency.component_property in props:
                    spec["value"] = props[dependency.component_property]
            role_specs.append(spec)
        specs.append(role_specs)
    inputs, outputs, states = specs
    return update_component_body(
        output=callback.output_id,
        outputs=None if callback.has_no_output else outputs if callback.multi_output else outputs[0],
        inputs=inputs,
        state=states,
        changed_prop_ids=list(request.changed_prop_ids),
    )


def error_title(request: Request) -> str:
    """The dev-tools title of a failed callback, as Dash's renderer words it (rule W-8): the
    callback's own output string, patterns and multi-output dots included ("Callback error
    updating ..a.children...b.children..", '{"index":["MATCH"],"type":"out"}.children'), since
    the renderer drops the request it sent once a request fails; or "... with no output from
    input btn.n_clicks"."""
    if request.callback.has_no_output:
        return "Callback error with no output from input " + ", ".join(request.changed_prop_ids)
    return "Callback error updating " + request.callback.output_id


def call_record(request: Request, body: dict[str, Any]) -> CallRecord:
    """The record of a request as it is sent (rule W-6): arguments by prop id, trigger, initial."""
    return CallRecord(
        callback=request.callback.name,
        inputs=values_by_prop_id(body["inputs"]),
        states=values_by_prop_id(body.get("state", [])),
        triggered=list(request.changed_prop_ids),
        initial=request.initial_call,
    )


def read_answer(request: Request, body: dict[str, Any], status: int, answer: Any, record: CallRecord) -> Outcome:
    """The page's outcome of one answer (rules W-7, W-8), noted on `record` too.

    A failed request becomes a page error with Dash's title and the server's own message, so the
    harness, the browser overlay and the server's JSON say the same thing.
    """
    if status in (200, 204):
        _check_answer(request, body, status, answer)
        single = None if callback_is_multi(body) else stringify_id(body["outputs"]["id"])
        updates, side_updates = read_update_response(status, answer, single)
        record.status = "ok" if status == 200 else "prevented"
        record.outputs = {f"{id_str}.{prop}": as_answered(prop, value) for id_str, props in updates.items() for prop, value in props.items()}
        return Outcome(updates, side_updates)
    record.status = "error"
    message, traceback_text = read_error_body(answer)
    return Outcome(error=PageError(error_title(request), message, _exception_of(status, answer, message, traceback_text)))


def as_answered(prop: str, value: Any) -> Any:
    """A written value as the call record keeps it: `children` that hold components copied, since
    the page goes on to edit the components it wrote (their props change in place), and the trace
    must show the answer as it arrived; a text or number, and other props' values, are never edited
    in place (a Patch builds a new value), so they are shared."""
    return deepcopy(value) if prop == "children" and isinstance(value, (list, dict)) else value


def callback_is_multi(body: dict[str, Any]) -> bool:
    """A body whose `outputs` is a list (or absent: no output) answers in the multi form (W-7)."""
    return not isinstance(body.get("outputs"), dict)


def _check_answer(request: Request, body: dict[str, Any], status: int, answer: Any) -> None:
    """A 200 answer must be a callback response that writes only what the request asked for
    (rule W-7); anything else is a broken server, reported before the page changes."""
    if status == 204 or not answer:
        return
    problem = _answer_problem(body, answer)
    if problem:
        raise LearndashError(
            f"POST /_dash-update-component for {request.callback.name}() ({request.callback.output_id}) "
            f"answered {status}, but {problem}. The page was left as it was before this request."
        )


def _answer_problem(body: dict[str, Any], answer: Any) -> str:
    """What is wrong with a non-empty 200 answer, or "" when it is a callback response (W-7)."""
    updates = answer.get("response") if isinstance(answer, dict) else None
    side_updates = answer.get("sideUpdate", {}) if isinstance(answer, dict) else None
    if not isinstance(updates, dict) or not isinstance(side_updates, dict):
        return f"it is not a callback response ({{'multi': true, 'response': {{...}}}}): {answer!r:.200}"
    for props in (*updates.values(), *side_updates.values()):
        if not isinstance(props, dict):
            return f"each id in 'response' and 'sideUpdate' must map to {{prop: value}}: {answer!r:.200}"
    if not answer.get("multi") or not updates:
        return ""
    asked = {stringify_id(spec["id"]) for spec in _flat_specs(body.get("outputs"))}
    if asked.issuperset(updates):
        return ""
    unknown = sorted(id_str for id_str in updates if id_str not in asked)
    return f"it writes {unknown}, which the request did not ask for (its outputs are {sorted(asked)})"


def _flat_specs(outputs: Any) -> list[dict[str, Any]]:
    if isinstance(outputs, dict):
        return [outputs]  # one Output: the usual body
    specs = outputs if isinstance(outputs, list) else [] if outputs is None else [outputs]
    return [item for spec in specs for item in (spec if isinstance(spec, list) else [spec])]


def _exception_of(status: int, answer: Any, message: str, traceback_text: str) -> Exception:
    """The exception a harness raises for a failed request: the server's message (its class names
    the type), then the traceback of the student's code when the server sent one."""
    error = answer.get("error") if isinstance(answer, dict) else None
    error = error if isinstance(error, dict) else {}  # the server's body is untrusted: {"error": [1]} is no error object
    summary = str(error.get("message") or message)
    text = f"{summary}\n{traceback_text}".rstrip()
    if status == 400:
        return BadRequest(text)
    kind = InvalidCallbackReturnValue if error.get("type") == "InvalidCallbackReturnValue" else CallbackError
    return kind(text, callback=str(error.get("callback") or ""), traceback_text=traceback_text, summary=summary)


def _has_value(entry: Any) -> bool:
    if isinstance(entry, list):
        return bool(entry)
    return entry is not None and "value" in entry
