"""The `Callback` value and the decorators that build it (rules O-1, I-7, V-1, V-5, W-4, W-5).

`@app.callback(...)` is shorthand for `app.callback_registry.add(Callback.declare(...))`; the
global `@callback(...)` puts the same value on `PENDING_GLOBAL_CALLBACKS`, which the next app to
serve a page adopts, as Dash does on its first request.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterator

from . import protocol
from .clientside import ClientsideFunction, InlineFunction, clientside_reference, display_name, runs_in_the_browser
from .declaration import RunningSpec, read_declaration
from .dependencies import Input, Output, State, Wildcard
from .exceptions import DuplicateCallbackOutput
from .grouping import Shape
from .patterns import same_id_value
from .validation import check_definition


@dataclass(frozen=True, eq=False)
class Callback:
    """One registered callback: what it reads, what it writes, and the function that does it."""

    function: Callable[..., Any]
    outputs: tuple[Output, ...]
    inputs: tuple[Input, ...]
    states: tuple[State, ...]
    prevent_initial_call: bool | str
    output_id: str
    output_props: tuple[str, ...]  # each output's wire property, with its `@hash` if allow_duplicate
    output_shape: Shape = 0  # how the returned value holds the outputs (grouping.py); 0: one value
    argument_shape: Shape = field(default_factory=list)  # how the function takes inputs + states
    running: tuple[RunningSpec, ...] = ()  # (Output, value while running, value after), C-2 item 3
    on_error: Callable[[Exception], Any] | None = None  # turns an exception into a return value (W-9)
    optional: bool = False  # optional=True: its ids may be missing from the layout unreported (V-4)
    clientside: ClientsideFunction | None = None  # a clientside callback: where the page finds its JS
    inline: InlineFunction | None = None  # ... and its source, when it was written inline (C-10)

    # A callback never changes once declared, and every request asks these, so each is worked out once.
    @cached_property
    def name(self) -> str:
        return getattr(self.function, "__name__", repr(self.function))

    @cached_property
    def has_no_output(self) -> bool:
        return not self.outputs

    @cached_property
    def multi_output(self) -> bool:
        """False only for one bare Output: then the function returns one value, not a list (O-1)."""
        return not isinstance(self.output_shape, int)

    @property
    def fires_initially(self) -> bool:
        """False only for `prevent_initial_call=True` (`"initial_duplicate"` still fires, V-5)."""
        return self.prevent_initial_call is not True

    @property
    def output_names(self) -> str:
        """`"graph.figure, title.children"`, or `"no output"`: what messages say it writes."""
        return ", ".join(o.prop_id for o in self.outputs) or "no output"

    def describe(self) -> str:
        """`update_graph()` plus what it writes, for error messages."""
        return f"{self.name}() [{self.output_names}]"

    def definition(self) -> dict[str, Any]:
        """This callback's entry in `/_dash-dependencies` (rule W-5; `running` as Dash sends it)."""
        definition: dict[str, Any] = {
            "output": self.output_id,
            "inputs": [i.to_dict() for i in self.inputs],
            "state": [s.to_dict() for s in self.states],
            "clientside_function": None if self.clientside is None else self.clientside.to_dict(),
            "prevent_initial_call": self.prevent_initial_call is True,
            # Fields of Dash features learndash does not have (background callbacks, hidden and
            # persistent callbacks, websockets), sent as Dash sends them when unused, so the
            # bytes match: a clientside callback's creator is known (False), a server one's not.
            "background": None,
            "dynamic_creator": False if self.clientside is not None else None,
            "no_output": self.has_no_output,
            "optional": self.optional,
            "hidden": False,
            "websocket": False,
            "persistent": False,
        }
        if self.running:
            definition["running"] = {
                "running": {output.prop_id: on for output, on, _ in self.running},
                "runningOff": {output.prop_id: off for output, _, off in self.running},
            }
        return definition

    @classmethod
    def declare(
        cls,
        function: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        default_prevent_initial_call: bool = False,
    ) -> Callback:
        """Build a Callback from the decorator's arguments, in any of Dash's accepted forms."""
        declaration = read_declaration(function.__name__, args, kwargs)
        outputs, inputs = declaration.outputs, declaration.inputs
        prevent = declaration.prevent_initial_call
        prevent = default_prevent_initial_call if prevent is None else prevent
        input_prop_ids = [i.prop_id for i in inputs]
        output_props = []
        for output in outputs:
            prop = output.component_property
            if output.allow_duplicate:
                if prevent not in (True, "initial_duplicate"):
                    raise DuplicateCallbackOutput(
                        f"{function.__name__}(): {output.prop_id} has allow_duplicate=True, which needs "
                        "prevent_initial_call=True (or 'initial_duplicate') on the same callback, so two "
                        "callbacks do not race for that output at page load (rule V-5)."
                    )
                prop += protocol.duplicate_suffix(input_prop_ids)
            output_props.append(prop)
        wire = [protocol.prop_id(o.component_id, p) for o, p in zip(outputs, output_props)]
        multi = not isinstance(declaration.output_shape, int)
        if wire:
            output_id = protocol.callback_output_id(wire, multi=multi)
        else:
            # W-4: a no-output callback is named by its inputs, or with none by where it is defined.
            code = getattr(function, "__code__", None)
            where = f"{function.__module__}:{function.__qualname__}:{code.co_firstlineno if code else 0}"
            output_id = hashlib.sha256(".".join(input_prop_ids or [where]).encode()).hexdigest()
        return cls(
            function=function,
            outputs=outputs,
            inputs=inputs,
            states=declaration.states,
            prevent_initial_call=prevent,
            output_id=output_id,
            output_props=tuple(output_props),
            output_shape=declaration.output_shape,
            argument_shape=declaration.argument_shape,
            running=declaration.running,
            on_error=declaration.on_error,
            optional=declaration.optional,
        )


def declare_clientside(
    function: Any, args: tuple[Any, ...], kwargs: dict[str, Any], *, default_prevent_initial_call: bool = False
) -> Callback:
    """A clientside callback (rule C-10): declared like any callback, its function JavaScript, given
    inline as a string or as a `ClientsideFunction` from the app's assets/ folder."""
    reference, inline = clientside_reference(function)
    stand_in = runs_in_the_browser(display_name(reference, inline))
    declared = Callback.declare(stand_in, args, kwargs, default_prevent_initial_call=default_prevent_initial_call)
    return dataclasses.replace(declared, clientside=reference, inline=inline)


class CallbackRegistry:
    """The callbacks of one app, in registration order, found by their wire `output` id, and the
    app-wide `on_error` handler for those without their own (`Dash(on_error=...)`, W-9 step 5)."""

    def __init__(self, on_error: Callable[[Exception], Any] | None = None) -> None:
        self.callbacks: list[Callback] = []
        self.by_output_id: dict[str, Callback] = {}
        self.on_error = on_error

    def add(self, callback: Callback) -> None:
        """Register a callback, refusing an output that another callback already writes (V-3)."""
        for existing in self.callbacks:
            clash = _shared_output(callback, existing)
            if clash:
                raise DuplicateCallbackOutput(_duplicate_message(callback, existing, clash))
        _check_own_outputs(callback)
        check_definition(callback)
        if callback.output_id in self.by_output_id:
            raise DuplicateCallbackOutput(_same_name_message(callback, self.by_output_id[callback.output_id]))
        self.callbacks.append(callback)
        self.by_output_id[callback.output_id] = callback

    def __iter__(self) -> Iterator[Callback]:
        return iter(self.callbacks)

    def __len__(self) -> int:
        return len(self.callbacks)


def _same_name_message(callback: Callback, other: Callback) -> str:
    """W-4: two callbacks whose wire names are equal, because their Inputs are (a no-output
    callback is named by its Inputs, an allow_duplicate Output by its prop and a hash of them)."""
    inputs = ", ".join(i.prop_id for i in callback.inputs)
    if callback.has_no_output:
        what = "have no Output and the same Inputs"
    else:
        written = ", ".join(o.prop_id for o in callback.outputs)
        what = f"write {written} with allow_duplicate=True and have the same Inputs"
    return (
        f"{callback.name}() and {other.name}() {what} ({inputs}), so the page cannot tell them apart "
        "and one would silently replace the other (Dash keeps the one registered last and runs it for "
        "both). Merge them into one callback."
    )


def _outputs_overlap(a: Output, b: Output) -> bool:
    """Same property, and ids that can name the same component: wildcards overlap (rule V-3)."""
    if a.component_property != b.component_property:
        return False
    id_a, id_b = a.component_id, b.component_id
    if isinstance(id_a, dict) and isinstance(id_b, dict):
        return id_a.keys() == id_b.keys() and all(
            isinstance(id_a[k], Wildcard) or isinstance(id_b[k], Wildcard) or same_id_value(id_a[k], id_b[k])
            for k in id_a
        )
    return id_a == id_b


def _shared_output(new: Callback, old: Callback) -> Output | None:
    for output in new.outputs:
        if output.allow_duplicate:
            continue
        for other in old.outputs:
            if not other.allow_duplicate and _outputs_overlap(output, other):
                return output
    return None


def _check_own_outputs(callback: Callback) -> None:
    for i, output in enumerate(callback.outputs):
        for other in callback.outputs[:i]:
            if output == other:
                raise DuplicateCallbackOutput(
                    f"{callback.name}() lists {output.prop_id} twice among its Outputs (Output {i}). "
                    "Each property can appear once; remove the repeated Output."
                )
            if _outputs_overlap(output, other):
                raise DuplicateCallbackOutput(
                    f"{callback.name}(): Output {i} ({output.prop_id}) overlaps another output of this "
                    f"callback ({other.prop_id}): both can name the same component. Keep one of them."
                )


def _duplicate_message(new: Callback, old: Callback, output: Output) -> str:
    if _same_definition(new, old):
        return (
            f"{new.name}() is registered a second time (it writes {output.prop_id}): the def statement with "
            "its decorator ran twice, because it sits in code that runs more than once (a callback, a "
            "layout function, a loop, a notebook cell run again). Register each callback once, at the "
            "top level of your module, next to `app.layout`."
        )
    return (
        f"{new.name}() writes {output.prop_id}, which {old.name}() already writes. "
        "In Dash one property has one callback, so the page always knows who owns it. "
        f"Merge the two callbacks into one and use ctx.triggered_id to tell the inputs apart, or "
        f"write Output({output.component_id!r}, {output.component_property!r}, allow_duplicate=True) "
        "with prevent_initial_call=True in the later callback."
    )


def _same_definition(new: Callback, old: Callback) -> bool:
    """Whether both callbacks come from the same `def` in the source (one function body, run twice)."""
    code = getattr(new.function, "__code__", None)
    return code is not None and code is getattr(old.function, "__code__", None)


PENDING_GLOBAL_CALLBACKS: list[Callback] = []
"""Callbacks declared with the global `@callback`, waiting for an app to adopt them."""


def callback(*args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The global decorator `@callback(...)`: like `@app.callback`, for apps split across modules.

    The app-wide `prevent_initial_callbacks` default does not apply to it (rule I-7).
    """

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        PENDING_GLOBAL_CALLBACKS.append(Callback.declare(function, args, kwargs))
        return function

    return register


def clientside_callback(clientside_function: Any, *args: Any, **kwargs: Any) -> None:
    """The global `clientside_callback(...)`: like `app.clientside_callback`, adopted like `@callback`."""
    PENDING_GLOBAL_CALLBACKS.append(declare_clientside(clientside_function, args, kwargs))


def adopt_pending(registry: CallbackRegistry, pending: list[Callback] = PENDING_GLOBAL_CALLBACKS) -> None:
    """Move the global callbacks into an app's registry, emptying the pending list."""
    adopted, pending[:] = list(pending), []
    for item in adopted:
        registry.add(item)

