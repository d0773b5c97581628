"""Reading `@callback(...)`'s arguments in every form Dash accepts (rules O-1, W-9 step 3, R-11).

Dash reads the arguments in three steps, and so does `read_declaration`:
1. The Outputs: `output=` if given, else the leading positional arguments made only of Outputs.
2. The Inputs and States: `inputs=` (with `state=`) if given, else the positional arguments that
   follow, made only of Inputs and States, in any interleaving.
3. Anything left over is a mistake, reported with the fix.

So keywords and positional dependencies mix (R-11): `@callback(Input("a", "value"),
output=Output("b", "children"))` reads the Output from the keyword and the Input from the
position. Each argument may be a dependency or a grouping of them (grouping.py): a list, tuple or
dict, nested at any depth. A positional list is unpacked one level, as Dash does, so
`Output("o", "children"), [Input("a", "value"), Input("b", "value")]` passes two arguments.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any, Callable

from .dependencies import DashDependency, Input, Output, State
from .exceptions import CallbackDefinitionError
from .grouping import Shape, flatten, shape_of
from .suggest import did_you_mean

RunningSpec = tuple[Output, Any, Any]


@dataclass(frozen=True)
class Declaration:
    """What the decorator's arguments say, before it becomes a `Callback`."""

    outputs: tuple[Output, ...]
    output_shape: Shape  # 0 for one bare Output: the function returns one value
    inputs: tuple[Input, ...]
    states: tuple[State, ...]
    argument_shape: Shape  # positions in inputs + states: an int, a list (*args) or a dict (**kwargs)
    prevent_initial_call: bool | str | None
    running: tuple[RunningSpec, ...] = ()
    on_error: Callable[[Exception], Any] | None = None
    optional: bool = False  # none of its ids is reported missing from the layout (V-4)


def read_declaration(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Declaration:
    """Split the decorator's arguments into Outputs, Inputs and States with their shapes."""
    kwargs = dict(kwargs)
    prevent = kwargs.pop("prevent_initial_call", None)
    if prevent is None and args and isinstance(args[-1], bool):
        prevent, args = args[-1], args[:-1]
    running = _read_running(name, kwargs.pop("running", None))
    on_error = kwargs.pop("on_error", None)
    optional = bool(kwargs.pop("optional", False))
    _refuse_background(name, kwargs.pop("background", False), kwargs)
    positional = [item for arg in args for item in (arg if isinstance(arg, (list, tuple)) else [arg])]
    output_keyword, inputs_keyword = "output" in kwargs, "inputs" in kwargs
    first = kwargs["output"] if output_keyword else (args[0] if args else None)  # before _outputs takes it
    output_grouping = _outputs(name, kwargs, positional)
    if isinstance(output_grouping, list) and len(output_grouping) == 1:
        if not isinstance(first, (list, tuple)):
            output_grouping = output_grouping[0]  # one Output not written in a list returns one value
    argument_grouping = _inputs_and_states(name, kwargs, positional)
    _refuse_leftovers(name, positional, output_keyword, inputs_keyword, output_grouping, argument_grouping)
    if kwargs:
        _refuse_dash_features(name, kwargs)
        _warn_ignored_keywords(name, kwargs)
    outputs = tuple(flatten(output_grouping))
    dependencies = flatten(argument_grouping)
    inputs = tuple(d for d in dependencies if isinstance(d, Input))
    states = tuple(d for d in dependencies if isinstance(d, State))
    # Inputs come before States on the wire (W-6); each argument keeps its declared place.
    positions, inputs_seen, states_seen = [], 0, 0
    for dependency in dependencies:
        if isinstance(dependency, Input):
            positions.append(inputs_seen)
            inputs_seen += 1
        else:
            positions.append(len(inputs) + states_seen)
            states_seen += 1
    return Declaration(
        outputs=outputs,
        output_shape=shape_of(output_grouping, list(range(len(outputs)))),
        inputs=inputs,
        states=states,
        argument_shape=shape_of(argument_grouping, positions),
        prevent_initial_call=prevent,
        running=running,
        on_error=on_error,
        optional=optional,
    )


def _outputs(name: str, kwargs: dict[str, Any], positional: list[Any]) -> Any:
    """Step 1: `output=`, or the leading positional groupings made only of Outputs."""
    if "output" in kwargs:
        grouping = kwargs.pop("output")
        _check_all(name, grouping, (Output,), "output=")
        return list(grouping) if isinstance(grouping, (list, tuple)) else grouping
    return _take_leading(positional, (Output,))


def _inputs_and_states(name: str, kwargs: dict[str, Any], positional: list[Any]) -> Any:
    """Step 2: `inputs=` and `state=`, or the positional groupings of Inputs and States."""
    if "inputs" not in kwargs:
        if "state" in kwargs:
            raise CallbackDefinitionError(
                f"{name}(): callback(state=...) needs inputs=... as well (Dash refuses state= alone). "
                "Pass the Inputs as inputs=[...], or pass the States positionally after the Inputs."
            )
        taken = _take_leading(positional, (Input, State))
        return taken[0] if len(taken) == 1 else taken  # one argument keeps its own shape
    inputs, state = kwargs.pop("inputs"), kwargs.pop("state", None)
    inputs = [inputs] if isinstance(inputs, DashDependency) else inputs
    state = [state] if isinstance(state, DashDependency) else state
    _check_all(name, inputs, (Input, State), "inputs=")
    if state:
        _check_all(name, state, (Input, State), "state=")
    if isinstance(inputs, dict):
        if state and not isinstance(state, dict):
            raise CallbackDefinitionError(f"{name}(): inputs= is a dict, so state= must be a dict too (or left out).")
        return {**(state or {}), **inputs}  # Dash's order: the state keys, then the input keys
    if isinstance(inputs, (list, tuple)):
        if state and not isinstance(state, (list, tuple)):
            raise CallbackDefinitionError(f"{name}(): inputs= is a list, so state= must be a list too (or left out).")
        return [*inputs, *(state or [])]
    raise CallbackDefinitionError(
        f"{name}(): inputs= must be an Input, or a list or dict of them, but it is {inputs!r}."
    )


def _take_leading(positional: list[Any], kinds: tuple[type, ...]) -> list[Any]:
    """Remove and return the leading arguments whose every leaf is one of `kinds`."""
    taken = []
    while positional and all(isinstance(leaf, kinds) for leaf in flatten(positional[0])):
        taken.append(positional.pop(0))
    return taken


def _check_all(name: str, grouping: Any, kinds: tuple[type, ...], where: str) -> None:
    for leaf in flatten(grouping):
        if not isinstance(leaf, kinds):
            expected = " or ".join(kind.__name__ for kind in kinds)
            raise CallbackDefinitionError(
                f"{name}(): {where} may only hold {expected} objects (in lists, tuples or dicts), "
                f"but we found {leaf!r}. Write e.g. {kinds[0].__name__}('my-id', 'value')."
            )


def _refuse_leftovers(
    name: str, positional: list[Any], output_keyword: bool, inputs_keyword: bool, outputs: Any, arguments: Any
) -> None:
    """Step 3: a positional argument that neither step took is out of place, or not a dependency."""
    if not positional:
        return
    leaves = flatten(positional[0])
    stranger = next((leaf for leaf in leaves if not isinstance(leaf, DashDependency)), None)
    if stranger is not None:
        raise CallbackDefinitionError(
            f"{name}(): callback arguments must be Output, Input or State objects, optionally in a "
            f"list, tuple or dict, but we found {stranger!r}. Write e.g. Input('my-input', 'value')."
        )
    found = leaves[0]
    if isinstance(found, Output) and output_keyword:
        raise CallbackDefinitionError(
            f"{name}() gives its Outputs both as output= and positionally ({found!r}). Dash takes "
            f"them one way: move {found!r} into output=[...]."
        )
    if not isinstance(found, Output) and inputs_keyword:
        raise CallbackDefinitionError(
            f"{name}() gives inputs= as a keyword and also {found!r} positionally. Dash takes the "
            "Inputs and States one way: move it into inputs=[...] or state=[...]."
        )
    if any(isinstance(leaf, Output) for leaf in leaves) and not all(isinstance(leaf, Output) for leaf in leaves):
        raise CallbackDefinitionError(
            f"{name}(): the argument {positional[0]!r} mixes Outputs with Inputs or States. Keep them "
            "in separate arguments: @callback(Output(...), Input(...), State(...))."
        )
    before = (flatten(arguments) or flatten(outputs) or [None])[-1]
    raise CallbackDefinitionError(
        f"In the callback definition of {name}(), list all Outputs first, then the Inputs and States. "
        f"After {before!r} we found {found!r}. Move the Output to the front: "
        "@callback(Output(...), Input(...), State(...))."
    )


def _read_running(name: str, running: Any) -> tuple[RunningSpec, ...]:
    """`running=[(Output, value_while_running, value_after)]`, or one such triple (C-2 item 3)."""
    if running is None:
        return ()
    triples = [running] if running and not isinstance(running[0], (list, tuple)) else list(running)
    for triple in triples:
        if not (isinstance(triple, (list, tuple)) and len(triple) == 3 and isinstance(triple[0], Output)):
            raise CallbackDefinitionError(
                f"{name}(): each running= item is (Output, value while running, value after), but we "
                f"found {triple!r}. Write e.g. running=[(Output('btn', 'disabled'), True, False)]."
            )
    return tuple((output, on, off) for output, on, off in triples)


KNOWN_KEYWORDS = ("output", "inputs", "state", "prevent_initial_call", "running", "on_error", "optional", "background")


#: Keywords of Dash's callback() for features learndash does not have, with the value that leaves them off.
DASH_FEATURES_NOT_HERE = {"api_endpoint": None, "hidden": None, "websocket": False, "persistent": False,
                          "mcp_enabled": None, "mcp_expose_docstring": None, "cache_ignore_triggered": True}


def _refuse_dash_features(name: str, kwargs: dict[str, Any]) -> None:
    """A Dash feature learndash does not have, asked for, is a TypeError (the app would not do what
    it says); the same keyword at its default value is accepted and ignored."""
    for keyword, off in DASH_FEATURES_NOT_HERE.items():
        if keyword in kwargs and kwargs.pop(keyword) != off:
            raise TypeError(
                f"{name}(): callback({keyword}=...) asks for a Dash feature learndash does not have. Remove it "
                "to run the callback as usual, or run the app on Dash. See the docs' 'Differences from Dash' page."
            )


def _warn_ignored_keywords(name: str, kwargs: dict[str, Any]) -> None:
    """Dash's callback() takes any keyword it does not know and ignores it (its own cbop001 test passes
    `prevent_inital_call=True`, misspelt, and expects the initial call), so learndash ignores
    them too, but says so: a silent typo is the hardest bug to see."""
    for keyword in sorted(kwargs):
        hint = f" {did_you_mean(keyword, KNOWN_KEYWORDS)}".rstrip()
        warnings.warn(
            f"{name}(): callback() ignores the keyword argument {keyword}=, as Dash does.{hint} "
            f"Callbacks accept {', '.join(k + '=' for k in KNOWN_KEYWORDS)}.",
            UserWarning,
            stacklevel=5,  # the line of the @app.callback(...) that has it
        )


def _refuse_background(name: str, background: Any, kwargs: dict[str, Any]) -> None:
    """learndash runs every callback in the request that asks for it; there is no job manager."""
    if background:
        raise CallbackDefinitionError(
            f"{name}() asks for background=True, which learndash does not support: Dash runs such "
            "callbacks in a job queue (DiskcacheManager or CeleryManager) and polls for the result. "
            "Remove background=True to run the callback as usual (running= still works), or run "
            "the app on Dash with a background_callback_manager. See the docs' 'Differences from "
            "Dash' page."
        )
    for option in ("manager", "progress", "progress_default", "cancel", "interval", "cache_args_to_ignore"):
        if option in kwargs:
            raise CallbackDefinitionError(
                f"{name}(): {option}= only applies to background callbacks, which learndash does not "
                "support. Remove it (running= works without a background manager)."
            )
