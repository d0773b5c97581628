"""`ctx` (alias `callback_context`): what triggered the running callback, and its inputs (rules X-1 to X-4).

The executor sets one `CallbackContext` per run in a context variable, so concurrent requests in
the server never see each other's context. Reading `ctx` outside a callback is a teaching error.
"""
from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Any

from .exceptions import MissingCallbackContextException
from .quote import short_repr
from .grouping import AttributeDict, Shape, fill, is_rearranged
from .suggest import did_you_mean
from .protocol import parse_id, split_prop_id, stringify_id, values_by_prop_id


class FalsyList(list):
    """`[{"prop_id": ".", "value": None}]` that is falsy: `ctx.triggered` on initial calls (X-2)."""

    def __bool__(self) -> bool:
        return False


@dataclass
class CallbackContext:
    """Everything `ctx` can tell about one callback run."""

    inputs_list: list[Any]
    states_list: list[Any]
    outputs_list: Any
    changed_prop_ids: list[str]
    argument_shape: Shape = field(default_factory=list)  # see grouping.py: where each argument sits
    output_shape: Shape = field(default_factory=list)
    side_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    request: Any = None  # the server's Flask request; None on the headless page, which sends none

    @property
    def inputs(self) -> dict[str, Any]:
        return values_by_prop_id(self.inputs_list)

    @property
    def states(self) -> dict[str, Any]:
        return values_by_prop_id(self.states_list)

    @property
    def triggered(self) -> list[dict[str, Any]]:
        """One `{"prop_id", "value"}` per changed prop, or the falsy placeholder (X-1, X-2)."""
        if not self.changed_prop_ids:
            return FalsyList([{"prop_id": ".", "value": None}])
        values = self.inputs
        return [{"prop_id": p, "value": values.get(p)} for p in self.changed_prop_ids]

    @property
    def triggered_prop_ids(self) -> AttributeDict:
        return AttributeDict({p: self._parsed(split_prop_id(p)[0]) for p in self.changed_prop_ids})

    @property
    def triggered_id(self) -> Any:
        """The id of the first triggering component: a str, an AttributeDict, or None (X-3)."""
        if not self.changed_prop_ids:
            return None
        return self._parsed(split_prop_id(self.changed_prop_ids[0])[0])

    @property
    def args_grouping(self) -> Any:
        """The Inputs and States in the shape the function receives them (X-3): one leaf for a
        single argument, else a list or dict as declared, nested as declared; each leaf is
        `{id, property, value, str_id, triggered}`, a list of leaves for ALL/ALLSMALLER."""
        return fill(self.argument_shape, [self._leaf(entry) for entry in self.inputs_list + self.states_list])

    @property
    def outputs_grouping(self) -> Any:
        """The outputs in their declared shape, with `{id, property}` leaves (X-3)."""
        specs = self.outputs_list if isinstance(self.outputs_list, list) else [self.outputs_list]
        if not specs:
            return []
        return fill(self.output_shape, [self._output_leaf(spec) for spec in specs])

    @property
    def using_args_grouping(self) -> bool:
        """True when the arguments are declared as dicts, nested, or with Inputs and States mixed."""
        return is_rearranged(self.argument_shape)

    @property
    def using_outputs_grouping(self) -> bool:
        """True when the outputs are declared as a dict or nested."""
        return is_rearranged(self.output_shape)

    # The HTTP request behind the call, as Dash's ctx gives it: the server's route passes its
    # Flask request in; the headless harness sends none, so there the values are Dash's defaults.

    @property
    def cookies(self) -> dict[str, str]:
        """The cookies the browser sent with the callback's request."""
        return dict(self.request.cookies) if self.request is not None else {}

    @property
    def headers(self) -> dict[str, str]:
        """The headers of the callback's request."""
        return dict(self.request.headers) if self.request is not None else {}

    @property
    def args(self) -> Any:
        """The request's query parameters (a MultiDict); "" with no request, as in Dash."""
        return self.request.args if self.request is not None else ""

    @property
    def path(self) -> str:
        """The request's path with its query string, e.g. "/_dash-update-component?"."""
        return self.request.full_path if self.request is not None else ""

    @property
    def remote(self) -> str | None:
        """The address the request came from."""
        return self.request.remote_addr if self.request is not None else ""

    @property
    def origin(self) -> str | None:
        """The request's Origin header (None when it has none)."""
        return self.request.origin if self.request is not None else ""

    def _leaf(self, entry: Any) -> Any:
        if isinstance(entry, list):
            return [self._leaf(item) for item in entry]
        id_str = stringify_id(entry["id"])
        return AttributeDict(
            id=AttributeDict(entry["id"]) if isinstance(entry["id"], dict) else entry["id"],
            property=entry["property"],
            value=entry.get("value"),
            str_id=id_str,
            triggered=f"{id_str}.{entry['property']}" in self.changed_prop_ids,
        )

    @staticmethod
    def _output_leaf(spec: Any) -> Any:
        if isinstance(spec, list):
            return [CallbackContext._output_leaf(item) for item in spec]
        component_id = AttributeDict(spec["id"]) if isinstance(spec["id"], dict) else spec["id"]
        return AttributeDict(id=component_id, property=spec["property"])

    @staticmethod
    def _parsed(id_str: str) -> Any:
        parsed = parse_id(id_str)
        return AttributeDict(parsed) if isinstance(parsed, dict) else parsed

    def set_props(self, component_id: Any, props: dict[str, Any]) -> None:
        """Queue a side update: later calls for the same id merge prop by prop (rule W-7)."""
        if not isinstance(component_id, (str, dict)):
            raise TypeError(
                f"set_props({short_repr(component_id)}, ...): the first argument must be a component id, a "
                "string or a dict such as {'type': 'row', 'index': 0}, e.g. set_props('out', {'children': 'hi'})."
            )
        if not isinstance(props, dict) or not all(isinstance(name, str) for name in props):
            raise TypeError(
                f"set_props({component_id!r}, {short_repr(props)}): the second argument must be a dict from "
                f"property names to values, e.g. set_props({component_id!r}, {{'children': 'hi'}})."
            )
        self.side_updates.setdefault(stringify_id(component_id), {}).update(props)


current_context: contextvars.ContextVar[CallbackContext] = contextvars.ContextVar("learndash_callback_context")


class ContextProxy:
    """The object behind `ctx` and `callback_context`: reads the running callback's context."""

    def __getattr__(self, name: str) -> Any:
        try:
            context = current_context.get()
        except LookupError:
            raise MissingCallbackContextException(
                f"ctx.{name} is only available while a callback runs. Read it inside the decorated "
                "function, not at import time or in a test that calls the function directly."
            ) from None
        try:
            return getattr(context, name)
        except AttributeError:
            known = [a for a in dir(context) if not a.startswith("_")]
            raise AttributeError(f"ctx has no attribute {name!r}. {did_you_mean(name, known)}".strip()) from None


ctx = ContextProxy()
callback_context = ctx


def set_props(component_id: Any, props: dict[str, Any]) -> None:
    """Update another component's props from inside a callback (`dash.set_props`, rule C-2.3)."""
    ctx.set_props(component_id, props)
