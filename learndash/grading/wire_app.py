"""A student's app as the grading process knows it: only through Dash's wire protocol.

The grading process never imports the student's code. It drives the app through a transport
(`sandbox_transport.SandboxTransport`): the config, the layout JSON, the dependencies JSON and the
callback answers, exactly what a browser receives. `harness_over(transport)` opens the headless
harness on that: `WireApp` rebuilds the callback declarations from the dependencies (their
functions run in the child, never here) and `WireHarness` sends each callback request over the
transport instead of calling the function.

(Interim: the renderer-model issue moves the harness onto transports as `AppHarness.over`; this
module is the adapter until then.)
"""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from learndash import validation
from learndash.callbacks import Callback
from learndash.dependencies import WILDCARDS, Input, Output, State
from learndash.exceptions import BadRequest, CallbackError, LearndashError
from learndash.protocol import parse_callback_output_id, values_by_prop_id
from learndash.testing.harness import AppHarness, CallRecord, error_title
from learndash.testing.errors import PageError


class UnreadableApp(LearndashError):
    """What the app sent over the wire cannot be a Dash app's (a malformed dependency, a bad answer)."""


def _component_id(id_str: Any) -> Any:
    """An id string from the wire back to an id: a dict id is JSON, with ["ALL"] for the wildcard ALL."""
    if not isinstance(id_str, str):
        raise UnreadableApp(f"a component id that is not a string: {id_str!r}"[:200])
    if not id_str.startswith("{"):
        return id_str
    value = json.loads(id_str)
    return {key: WILDCARDS[item[0]] if isinstance(item, list) and item and item[0] in WILDCARDS else item
            for key, item in value.items()}


def callback_from_wire(entry: dict[str, Any]) -> Callback:
    """A `Callback` declaration from one `/_dash-dependencies` entry; its function only has a name."""
    name = entry.get("function_name")

    def runs_in_the_child(*args: Any) -> None:
        raise LearndashError("this callback runs in the child process, not here")

    runs_in_the_child.__name__ = name if isinstance(name, str) and name.isidentifier() else "callback"
    output_id = entry["output"]
    outputs, props = [], []
    if not entry.get("no_output"):
        for id_str, prop in parse_callback_output_id(output_id):
            outputs.append(Output(_component_id(id_str), prop.split("@", 1)[0], allow_duplicate="@" in prop))
            props.append(prop)

    def dependencies(kind: type, key: str) -> tuple[Any, ...]:
        return tuple(kind(_component_id(item["id"]), item["property"], allow_optional=bool(item.get("allow_optional")))
                     for item in entry.get(key) or [])

    return Callback(
        function=runs_in_the_child, outputs=tuple(outputs), inputs=dependencies(Input, "inputs"),
        states=dependencies(State, "state"), multi_output=output_id.startswith(".."),
        prevent_initial_call=bool(entry.get("prevent_initial_call")), argument_order=(),
        output_id=output_id, output_props=tuple(props),
    )


class WireApp:
    """What `AppHarness` needs of an app, read from a transport."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport
        config = transport.fetch_config()
        self.config = SimpleNamespace(suppress_callback_exceptions=bool(config.get("suppress_callback_exceptions")))
        try:
            self.callback_registry = [callback_from_wire(entry) for entry in transport.fetch_dependencies()]
        except (KeyError, TypeError, ValueError, IndexError, AttributeError, LearndashError) as error:
            raise UnreadableApp(f"Your app's callbacks could not be read: {type(error).__name__}") from None

    def prepare(self) -> None:
        """The child has prepared its app already."""

    def serve_layout(self) -> Any:
        return self.transport.fetch_layout()

    def validate_layout(self, layout_json: Any) -> list[PageError]:
        return validation.validate_layout(
            layout_json, self.callback_registry, suppress_callback_exceptions=self.config.suppress_callback_exceptions
        )


class WireHarness(AppHarness):
    """`AppHarness` whose callback requests go over the wire to the app's process."""

    def _post(self, request: Any, body: dict[str, Any]) -> dict[str, Any] | None | PageError:
        record = CallRecord(
            callback=request.callback.name,
            inputs=values_by_prop_id(body["inputs"]),
            states=values_by_prop_id(body.get("state", [])),
            triggered=list(request.changed_prop_ids),
            initial=request.initial_call,
        )
        self.calls.append(record)
        status, answer = self.app.transport.update_component(body)
        if status == 204:
            record.status = "prevented"
            return None
        if status != 200 or not isinstance(answer, dict) or not isinstance(answer.get("response"), dict):
            record.status = "error"
            error = answer.get("error") if isinstance(answer, dict) else None
            error = error if isinstance(error, dict) else {}
            message = "\n".join(text for text in (error.get("message"), error.get("traceback")) if isinstance(text, str))
            exception = BadRequest(message) if status == 400 else CallbackError(message, callback=request.callback.name)
            return PageError(error_title(request, body), message or f"HTTP {status}", exception)
        try:
            record.outputs = {f"{id_str}.{prop}": value for id_str, props in answer["response"].items()
                              for prop, value in props.items()}
        except AttributeError:
            raise UnreadableApp("Your app answered a callback request with a response that is not Dash's shape.") from None
        return answer


def harness_over(transport: Any, *, raise_on_error: bool = True, url: str = "/") -> AppHarness:
    """The headless harness on an app reached through `transport` (see `learndash.transport.Transport`)."""
    return WireHarness(WireApp(transport), raise_on_error=raise_on_error, url=url)
