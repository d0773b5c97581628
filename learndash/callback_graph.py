"""Which callbacks a property change triggers, and the requests that result (rules C-3, I-2, C-8).

The page knows an app's callbacks only from `/_dash-dependencies` (rule W-5): `parse_callbacks` turns
that JSON into `WireCallback` values. `CallbackGraph` indexes them by the ids and props they read and
write, so finding the listeners of one prop costs the same in an app with 1,000 components as with
10. It is the dependency graph of callbacks, not `dcc.Graph`. `learndash/static/callback_graph.js`
mirrors it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Container, Iterable

from .dependencies import ALL, ALLSMALLER, MATCH, DashDependency, Input, Output, State
from .exceptions import LearndashError
from .layout import LayoutIndex, keys_of
from .patterns import MatchValues, id_matches, is_smaller, match_values_of, resolve, same_id_value, same_match_value
from .protocol import clean_property_name, parse_callback_output_id, parse_id, prop_id, stringify_id
from .quote import short_repr

DIRECT = 2  # a user edit
INDIRECT = 1  # a callback's response, or a component inserted by one


@dataclass(frozen=True, eq=False)
class WireCallback:
    """One callback as the page knows it: an entry of `/_dash-dependencies` (rule W-5).

    `name` is the function name when the page config lists it (learndash's `callback_names`),
    else the wire `output` id: a real Dash server never tells the page its function names.
    """

    output_id: str
    outputs: tuple[Output, ...]
    output_props: tuple[str, ...]  # each output's wire property, with its `@hash` if allow_duplicate
    inputs: tuple[Input, ...]
    states: tuple[State, ...]
    multi_output: bool
    prevent_initial_call: bool
    name: str
    running: dict[str, Any] = field(default_factory=dict)  # prop id -> value while in flight (C-2 item 3)
    running_off: dict[str, Any] = field(default_factory=dict)  # prop id -> value once it answered
    clientside_function: dict[str, str] | None = None  # {namespace, function_name}: runs in the page (C-10)

    @cached_property
    def has_no_output(self) -> bool:
        return not self.outputs

    @property
    def fires_initially(self) -> bool:
        """`prevent_initial_call` arrives as a boolean: `"initial_duplicate"` is already false (W-5)."""
        return not self.prevent_initial_call

    @cached_property
    def input_props(self) -> tuple[str, ...]:
        """Each Input's property, as the request body names it (W-6)."""
        return tuple(dependency.component_property for dependency in self.inputs)

    @cached_property
    def state_props(self) -> tuple[str, ...]:
        """Each State's property, as the request body names it (W-6)."""
        return tuple(dependency.component_property for dependency in self.states)

    @cached_property
    def names_components_only_by_string(self) -> bool:
        """Every Output, Input and State names one component by a string id (most callbacks):
        its body needs no wildcard resolved (dispatch.build_body)."""
        return all(isinstance(d.component_id, str) for d in (*self.outputs, *self.inputs, *self.states))

    @cached_property
    def output_match_keys(self) -> frozenset[str]:
        """The MATCH keys of the first Output, which name the instance a request writes (C-3, R-2)."""
        return self.outputs[0].keys_with(MATCH) if self.outputs else frozenset()

    @property
    def output_names(self) -> str:
        """`"graph.figure, title.children"`, or `"no output"`: what messages say it writes."""
        return ", ".join(o.prop_id for o in self.outputs) or "no output"


def parse_callbacks(definitions: Any, names: dict[str, str] | None = None) -> list[WireCallback]:
    """The `/_dash-dependencies` JSON as `WireCallback`s, in the server's order (rules W-4, W-5).

    `names` maps a wire `output` id to its function name. A definition the page cannot read is a
    `LearndashError` that names the entry, so a broken server is reported, not half-understood.
    """
    if not isinstance(definitions, list):
        raise LearndashError(
            f"/_dash-dependencies must be a JSON list of callback definitions, but it was {short_repr(definitions, 120)}."
        )
    return [_parse_callback(position, definition, names or {}) for position, definition in enumerate(definitions)]


def _parse_callback(position: int, definition: Any, names: dict[str, str]) -> WireCallback:
    try:
        output_id = definition["output"]
        no_output = bool(definition.get("no_output"))
        parts = [] if no_output else parse_callback_output_id(output_id)
        outputs = tuple(Output(parse_id(id_str), clean_property_name(prop)) for id_str, prop in parts)
        return WireCallback(
            output_id=output_id,
            outputs=outputs,
            output_props=tuple(prop for _, prop in parts),
            inputs=tuple(_dependency(Input, entry) for entry in definition.get("inputs") or []),
            states=tuple(_dependency(State, entry) for entry in definition.get("state") or []),
            multi_output=output_id.startswith(".."),
            prevent_initial_call=definition.get("prevent_initial_call") is True,
            name=names.get(output_id, output_id),
            running=dict((definition.get("running") or {}).get("running") or {}),
            running_off=dict((definition.get("running") or {}).get("runningOff") or {}),
            clientside_function=definition.get("clientside_function") or None,
        )
    except (KeyError, TypeError, ValueError, AttributeError, LearndashError) as error:
        raise LearndashError(
            f"/_dash-dependencies entry {position} is not a callback definition the page can read "
            f"({type(error).__name__}: {error}): {short_repr(definition, 120)}. Each entry needs an 'output' string "
            "and 'inputs'/'state' lists of {'id', 'property'} (rule W-5)."
        ) from error


def _dependency(kind: type, entry: dict[str, Any]) -> Any:
    return kind(parse_id(entry["id"]), entry["property"], allow_optional=bool(entry.get("allow_optional")))


@dataclass(slots=True)
class Request:
    """A callback bound to concrete MATCH values, queued to run (rule C-1 'request')."""

    callback: WireCallback
    match_values: MatchValues
    changed_prop_ids: dict[str, int] = field(default_factory=dict)  # prop_id -> DIRECT / INDIRECT, in order
    initial_call: bool = False
    execution_group: int | None = None
    predecessors: tuple[WireCallback, ...] = ()
    resolved: dict[str, tuple[int, list[list[Any]]]] = field(default_factory=dict, repr=False, compare=False)
    # Requests with the same key are one request (rule C-4 step 2, P-6). A request's callback and
    # MATCH values never change, so the key is written once, not at every merge and readiness walk.
    key: tuple[int, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = id(self.callback), stringify_id(self.match_values) if self.match_values else ""

    def ids_for(self, role: str, index: LayoutIndex) -> list[list[Any]]:
        """For each of the callback's `role` ("inputs", "outputs" or "states"), the concrete ids it
        names in `index` now. Pruning, readiness, the group check, the body and the result all ask
        this between two changes of the layout, so the answer is kept until the index changes
        (its `version`)."""
        kept = self.resolved.get(role)
        if kept is None or kept[0] != index.version:
            kept = (index.version, [resolve(d, index, self.match_values) for d in getattr(self.callback, role)])
            self.resolved[role] = kept
        return kept[1]


def _index_by_id(dependencies: Iterable[tuple[WireCallback, DashDependency]]) -> tuple[dict, dict]:
    """(pairs by string id, pairs by the key set of a pattern id); each entry a tuple, so the
    graph hands it out as it is, with no copy to protect it."""
    exact: dict[str, list] = {}
    patterns: dict[str, list] = {}
    for callback, dependency in dependencies:
        if isinstance(dependency.component_id, dict):
            patterns.setdefault(keys_of(dependency.component_id), []).append((callback, dependency))
        else:
            exact.setdefault(dependency.component_id, []).append((callback, dependency))
    return {id_: tuple(pairs) for id_, pairs in exact.items()}, patterns


class CallbackGraph:
    """An app's callbacks, indexed by the component ids of their Inputs and Outputs."""

    def __init__(self, callbacks: Iterable[WireCallback]) -> None:
        self.callbacks = list(callbacks)
        self._inputs_exact, self._inputs_patterns = _index_by_id(
            (c, i) for c in self.callbacks for i in c.inputs
        )
        self._outputs_exact, self._outputs_patterns = _index_by_id(
            (c, o) for c in self.callbacks for o in c.outputs
        )
        # The callbacks never change, so which patterns name a dict id is worked out once per id.
        self._inputs_found: dict[str, tuple] = {}
        self._outputs_found: dict[str, tuple] = {}

    def _on_component(self, exact: dict, patterns: dict, found: dict, component_id: Any) -> tuple[tuple[WireCallback, Any], ...]:
        if not isinstance(component_id, dict):
            return exact.get(component_id, ())
        id_str = stringify_id(component_id)
        if id_str not in found:
            found[id_str] = tuple(
                (c, d) for c, d in patterns.get(keys_of(component_id), []) if id_matches(d.component_id, component_id)
            )
        return found[id_str]

    def inputs_on(self, component_id: Any) -> tuple[tuple[WireCallback, DashDependency], ...]:
        """The (callback, Input) pairs whose Input names this concrete component, any prop."""
        return self._on_component(self._inputs_exact, self._inputs_patterns, self._inputs_found, component_id)

    def outputs_on(self, component_id: Any) -> tuple[tuple[WireCallback, Output], ...]:
        """The (callback, Output) pairs whose Output names this concrete component, any prop."""
        return self._on_component(self._outputs_exact, self._outputs_patterns, self._outputs_found, component_id)

    # -- C-3: who listens to (id, prop)? ------------------------------------------------------

    def callbacks_triggered_by(
        self, component_id: Any, prop: str, index: LayoutIndex, *, kind: int, predecessors: tuple = ()
    ) -> list[Request]:
        """The requests a change of `component_id.prop` creates (rule C-3, P-8)."""
        listeners = [(c, d) for c, d in self.inputs_on(component_id) if d.component_property == prop]
        if not listeners:
            return []
        trigger = prop_id(component_id, prop)
        return [
            Request(callback, match_values, {trigger: kind}, predecessors=predecessors)
            for callback, dependency in listeners
            for match_values in self._match_values_for_trigger(callback, dependency, component_id, index)
        ]

    def _match_values_for_trigger(
        self, callback: WireCallback, dependency: DashDependency, trigger_id: Any, index: LayoutIndex
    ) -> list[MatchValues]:
        output_match_keys = callback.output_match_keys
        if not output_match_keys:
            # Fixed or ALL outputs: one request, identified by the trigger's MATCH values (4.2, #2462).
            return [match_values_of(dependency.component_id, trigger_id)]
        trigger_pattern = dependency.component_id if isinstance(dependency.component_id, dict) else {}
        # MATCH and ALL on an output's MATCH key both pin the instance to the trigger's value.
        pinned = {k: trigger_id[k] for k in output_match_keys if trigger_pattern.get(k) in (MATCH, ALL)}
        if pinned.keys() == output_match_keys and _writes_exactly(callback, pinned, index):
            return [pinned]  # the usual case: the trigger names its output instance directly
        # Else the instances are found among the outputs on the page, and a request takes its MATCH
        # values from its output's id, as Dash's does: {"index": "1"} feeds the output {"index": 1}.
        found: dict[str, MatchValues] = {}
        for output_id in resolve(_any_instance(callback.outputs[0]), index, {}):
            values = {k: output_id[k] for k in output_match_keys}
            if _compatible(values, trigger_pattern, trigger_id):
                found.setdefault(stringify_id(values), values)
        return list(found.values())

    # -- I-2 and C-8: requests for components that appear -------------------------------------

    def initial_requests(
        self, component_ids: Iterable[Any], index: LayoutIndex, *, inserted: set[str] | None = None
    ) -> list[Request]:
        """Requests for components that just appeared, found by output (I-2, C-8 a) and, inside an
        inserted chunk, by input when the callback's outputs lie outside it (C-8 b)."""
        requests: dict[tuple, Request] = {}
        for component_id in component_ids:
            for callback, output in self.outputs_on(component_id):
                if callback.fires_initially:
                    _add_found(requests, Request(callback, match_values_of(output.component_id, component_id), initial_call=True))
            if inserted is None:
                continue
            for callback, dependency in self.inputs_on(component_id):
                for match_values in self._match_values_for_trigger(callback, dependency, component_id, index):
                    request = Request(
                        callback, match_values, {prop_id(component_id, dependency.component_property): INDIRECT}
                    )
                    if not self._all_outputs_inside(request, index, inserted):
                        _add_found(requests, request)
        return list(requests.values())

    def no_output_requests(self, index: LayoutIndex) -> list[Request]:
        """No-output callbacks fire at load when they have no inputs or one input is present (I-2)."""
        requests = []
        for callback in self.callbacks:
            if callback.has_no_output and callback.fires_initially:
                if not callback.inputs or any(resolve(i, index, {}) for i in callback.inputs):
                    requests.append(Request(callback, {}, initial_call=True))
        return requests

    def _all_outputs_inside(self, request: Request, index: LayoutIndex, subtree: Container[str]) -> bool:
        # A callback with no outputs has none outside the chunk either: Dash does not queue it.
        outputs = [stringify_id(i) for ids in self.resolve_outputs(request, index) for i in ids]
        return all(o in subtree for o in outputs)

    def final_call_requests(self, removed: dict[str, Any], old_index: LayoutIndex, index: LayoutIndex) -> list[Request]:
        """ALL/ALLSMALLER listeners of the dict-id components of a removed subtree (`removed`, by id
        string) get one 'final call' (C-8 d). They are found as they were before the removal
        (`old_index`), and only those with an output outside the subtree, and one still on the page
        (`index`), are called: outputs that left with the subtree need no update."""
        requests: dict[tuple, Request] = {}
        for component_id in removed.values():
            if not isinstance(component_id, dict):
                continue
            for callback, dependency in self.inputs_on(component_id):
                if not dependency.is_multi_valued:
                    continue
                for match_values in self._match_values_for_trigger(callback, dependency, component_id, old_index):
                    request = Request(callback, match_values, initial_call=True)
                    if not self._all_outputs_inside(request, old_index, removed) and self.output_prop_ids(request, index):
                        requests.setdefault(request.key, request)
        return list(requests.values())

    # -- resolving a request against the layout (C-6) -----------------------------------------

    def resolve_outputs(self, request: Request, index: LayoutIndex) -> list[list[Any]]:
        """For each Output, the concrete ids it names for this request right now (C-6 step 3)."""
        return request.ids_for("outputs", index)

    def resolve_inputs(self, request: Request, index: LayoutIndex) -> list[list[Any]]:
        """For each Input, the concrete ids it names for this request right now (C-6 step 1)."""
        return request.ids_for("inputs", index)

    def output_prop_ids(self, request: Request, index: LayoutIndex) -> list[str]:
        """Every concrete `id.prop` the request may write (its 'allProps' for rule I-6)."""
        return [
            prop_id(component_id, output.component_property)
            for output, ids in zip(request.callback.outputs, self.resolve_outputs(request, index))
            for component_id in ids
        ]

    def input_prop_ids(self, request: Request, index: LayoutIndex) -> list[str]:
        """Every concrete `id.prop` the request reads as an Input (readiness, rule C-4.5)."""
        return [
            prop_id(component_id, dependency.component_property)
            for dependency, ids in zip(request.callback.inputs, self.resolve_inputs(request, index))
            for component_id in ids
        ]

    # -- C-4 step 5: readiness -----------------------------------------------------------------

    def props_touched_by(self, pending: Iterable[Request], index: LayoutIndex) -> set[str]:
        """Every prop a pending request writes, plus every prop downstream of those (C-4 step 5)."""
        touched: set[str] = set()
        seen: set[tuple] = set()
        frontier = list(pending)
        while frontier:
            following = []
            for request in frontier:
                if request.key in seen:
                    continue
                seen.add(request.key)
                for output, ids in zip(request.callback.outputs, self.resolve_outputs(request, index)):
                    for component_id in ids:
                        written = prop_id(component_id, output.component_property)
                        if written not in touched:
                            touched.add(written)
                            following += self.callbacks_triggered_by(
                                component_id, output.component_property, index, kind=INDIRECT
                            )
            frontier = following
        return touched

    def ready_to_run(self, pending: list[Request], index: LayoutIndex) -> list[Request]:
        """The pending requests none of whose Inputs (other than their own outputs) may still
        change (C-4.5). State is deliberately not considered, exactly as in Dash (Appendix B.2).
        """
        touched = self.props_touched_by(pending, index)
        return [request for request in pending if not self.waits_for(request, touched, index)]

    def waits_for(self, request: Request, touched: set[str], index: LayoutIndex) -> bool:
        """Whether one of the request's Inputs, other than its own outputs, is in `touched`."""
        touched_inputs = [p for p in self.input_prop_ids(request, index) if p in touched]
        if not touched_inputs:
            return False  # the usual case: nothing pending writes its inputs, so its outputs need not be listed
        own_outputs = set(self.output_prop_ids(request, index))
        return any(p not in own_outputs for p in touched_inputs)


def _add_found(requests: dict[tuple, Request], request: Request) -> None:
    """A callback found twice for one chunk is one request: its changed props are united, and it
    stays an initial call if either finding was one (as Dash's `addCallback` does)."""
    found = requests.setdefault(request.key, request)
    if found is not request:
        found.changed_prop_ids.update(request.changed_prop_ids)
        found.initial_call = found.initial_call or request.initial_call


def _writes_exactly(callback: WireCallback, values: MatchValues, index: LayoutIndex) -> bool:
    """Whether an instance of the callback's first Output on the page has exactly these MATCH
    values, written alike (1, not "1")."""
    return any(
        all(same_id_value(output_id[key], value) for key, value in values.items())
        for output_id in resolve(callback.outputs[0], index, values)
    )


def _any_instance(output: Output) -> Output:
    """The output pattern with MATCH widened to ALL: every instance currently on the page."""
    pattern = output.component_id
    assert isinstance(pattern, dict)  # only MATCH outputs get here: their ids are dicts
    widened = {k: (ALL if v == MATCH else v) for k, v in pattern.items()}
    return Output(widened, output.component_property)


def _compatible(values: MatchValues, trigger_pattern: dict, trigger_id: Any) -> bool:
    """Can an output instance with these MATCH values be fed by this trigger? (rule C-3)"""
    for key, value in values.items():
        wildcard = trigger_pattern.get(key)
        # MATCH and ALL on an output's MATCH key both pin the instance to the trigger's value.
        if wildcard in (MATCH, ALL) and not same_match_value(value, trigger_id[key]):
            return False
        if wildcard == ALLSMALLER and not is_smaller(trigger_id[key], value):
            return False
    return True
