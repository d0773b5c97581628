"""`AppHarness`: Dash's browser renderer, simulated in Python, for tests and graders (rule C-12).

It keeps the layout as the renderer's store does (JSON, with JavaScript's number semantics), runs
the initial callbacks on creation, and after every action (`set_props`, `click`, `tick`) settles
the whole cascade before returning, as the page would. Requests run through the same
`execute_callback_request` the Flask server uses.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ..behaviors import interval_can_tick, mount_writes, writes_after_update
from ..callback_graph import DIRECT, INDIRECT, CallbackGraph, Request
from ..exceptions import BadRequest, CallbackError, LearndashError, ValidationError
from ..execute import execute_callback_request
from ..layout import LayoutIndex, get_at, walk_components
from ..patterns import resolve
from ..protocol import (
    clean_property_name,
    dumps,
    loads_like_javascript,
    prop_id,
    same_json,
    stringify_id,
    values_by_prop_id,
)
from ..scheduler import (
    ExecutionGroups,
    break_deadlock,
    drop_cycles,
    exclude_missing_inputs,
    merge_duplicates,
    prune_by_outputs,
)
from ..suggest import did_you_mean
from .errors import PageError, missing_object_error, set_props_target_missing
from .visible_text import visible_text


@dataclass
class CallRecord:
    """One callback run: what it got, what it wrote, and how it ended."""

    callback: str
    inputs: dict[str, Any]
    states: dict[str, Any]
    triggered: list[str]
    outputs: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"  # "ok" | "prevented" | "error"
    initial: bool = False

    def __repr__(self) -> str:
        trigger = ", ".join(self.triggered) or "initial call"
        return f"<{self.callback}() {self.status} ({trigger}) -> {self.outputs}>"


class AppHarness:
    """Drive a learndash app like a person in a browser would, without a browser."""

    def __init__(self, app: Any, *, raise_on_error: bool = True, url: str = "/") -> None:
        self.app = app
        self.raise_on_error = raise_on_error
        self.url = url
        self.calls: list[CallRecord] = []
        self.errors: list[PageError] = []
        self._clock_ms = 0
        app.prepare()
        self.registry = app.callback_registry
        self.graph = CallbackGraph(self.registry)
        self.layout: Any = loads_like_javascript(dumps(app.serve_layout()))
        self.index = LayoutIndex.of(self.layout)
        self.groups = ExecutionGroups()
        self.queue: list[Request] = []
        problems = app.validate_layout(self.layout)
        self.errors.extend(problems)
        if problems and raise_on_error:
            raise ValidationError("\n\n".join(str(p) for p in problems))
        self._load_page()

    # -- what a test does ---------------------------------------------------------------------

    def set_props(self, component_id: Any, props: dict[str, Any]) -> None:
        """A user edit of `component_id`: writes the props, then runs every callback it triggers."""
        self._component(component_id)
        self._edit(stringify_id(component_id), loads_like_javascript(dumps(props)))
        self._settle_and_report()

    def click(self, component_id: Any) -> None:
        """A click on an html element: `n_clicks + 1` and `n_clicks_timestamp` in one edit, unless
        the element sets `disable_n_clicks` (rule K-1)."""
        component = self._component(component_id)
        if component.get("namespace") != "dash_html_components":
            raise LearndashError(
                f"click({component_id!r}): clicks are counted by html elements (html.Button, html.Div, ...), "
                f"but {component_id!r} is a dcc.{component['type']}. Change its props the way a person "
                f"would with set_props({component_id!r}, {{...}})."
            )
        props = component["props"]
        if props.get("disable_n_clicks"):
            return
        self.set_props(component_id, {"n_clicks": (props.get("n_clicks") or 0) + 1, "n_clicks_timestamp": self._now_ms()})

    def tick(self, component_id: Any, n: int = 1) -> None:
        """`n` timer ticks of a `dcc.Interval`, each one edit of `n_intervals`; a stopped timer
        (disabled, or at `max_intervals`) does not tick (rule K-12)."""
        for _ in range(n):
            props = self._component(component_id)["props"]
            if not interval_can_tick(props):
                return
            self.set_props(component_id, {"n_intervals": (props.get("n_intervals") or 0) + 1})

    def get_prop(self, component_id: Any, prop: str) -> Any:
        """The prop's current value, None when it was never set (rule K-0a)."""
        return self._component(component_id)["props"].get(prop)

    def get_props(self, component_id: Any) -> dict[str, Any]:
        """Every prop the component has in the layout store (a copy)."""
        return dict(self._component(component_id)["props"])

    def has_component(self, component_id: Any) -> bool:
        """True while a component with this id is on the page."""
        return stringify_id(component_id) in self.index.paths

    def text(self, component_id: Any) -> str:
        """The text a person sees in that element."""
        return visible_text(self._component(component_id))

    # -- the renderer model ---------------------------------------------------------------------

    def _component(self, component_id: Any) -> dict:
        id_str = stringify_id(component_id)
        path = self.index.path_of(id_str)
        if path is None:
            hint = f" {did_you_mean(id_str, self.index.paths)}".rstrip()
            raise KeyError(
                f"No component with id {component_id!r} is on the page.{hint} The ids on the page "
                f"are: {sorted(self.index.paths)}"
            )
        return get_at(self.layout, path)

    def _now_ms(self) -> int:
        """Milliseconds since the epoch, strictly increasing so no two writes look equal."""
        self._clock_ms = max(self._clock_ms + 1, int(time.time() * 1000))
        return self._clock_ms

    def _load_page(self) -> None:
        """I-1: initial requests, mount writes (I-9), then settle."""
        ids = [self.index.ids[i] for i in self.index.paths]
        requests = self.graph.initial_requests(ids, self.index) + self.graph.no_output_requests(self.index)
        self._queue_group(exclude_missing_inputs(requests, self.graph, self.index))
        for _, component in list(walk_components(self.layout)):
            self._mount(component)
        self._settle_and_report()

    def _queue_group(self, requests: list[Request]) -> None:
        group = self.groups.new()
        for request in requests:
            request.execution_group = group
        self.queue.extend(requests)

    def _mount(self, component: dict) -> None:
        component_id = component["props"].get("id")
        writes = mount_writes(component, url=self.url, now_ms=self._now_ms)
        if component_id is not None and writes:
            self._edit(stringify_id(component_id), writes)

    def _edit(self, id_str: str, props: dict[str, Any]) -> None:
        """C-2 item 1: keep the props that really change, write them, queue their listeners."""
        path = self.index.paths[id_str]
        component = get_at(self.layout, path)
        changed = {k: v for k, v in props.items() if not same_json(component["props"].get(k, _ABSENT), v)}
        old_children = component["props"].get("children")
        component["props"].update(changed)
        for prop in changed:
            self.queue += self.graph.callbacks_triggered_by(component["props"]["id"], prop, self.index, kind=DIRECT)
        if "children" in changed:
            self.index.replace_subtree(old_children, component["props"]["children"], path + ("props", "children"))

    def _settle_and_report(self) -> None:
        errors_before = len(self.errors)
        self._settle()
        new_errors = self.errors[errors_before:]
        if new_errors and self.raise_on_error:
            raise new_errors[0].exception

    def _settle(self) -> None:
        """Run requests until none is left, in ready batches built from one snapshot (C-4, C-12)."""
        while True:
            queue = prune_by_outputs(merge_duplicates(drop_cycles(self.queue)), self.graph, self.index)
            if not queue:
                self.queue = []
                return
            ready = self.graph.ready_to_run(queue, self.index) or break_deadlock(queue, self.graph, self.index)
            self.queue = [r for r in queue if r not in ready]
            batch = [
                r for r in ready if not self.groups.is_irrelevant(r, self.graph.input_prop_ids(r, self.index))
            ]
            bodies = [(request, self._request_body(request)) for request in batch]
            for request, body in bodies:
                if body is not None:
                    self._apply(request, self._post(request, body))

    def _request_body(self, request: Request) -> dict[str, Any] | None:
        """C-6: the POST body from the current layout, or None when the callback is skipped (I-3)."""
        callback = request.callback
        inputs, missing, empty_multi = self._fill(callback.inputs, request)
        if missing:
            if len(missing) + empty_multi == len(callback.inputs):
                return None  # every input is missing: skipped like PreventUpdate, no stored entry (I-3, C-6.2)
            self._fail_before_running(request, missing[0], "Input")
            return None
        outputs = [self._specs(o, p, request) for o, p in zip(callback.outputs, callback.output_props)]
        missing_outputs = [o for o, spec in zip(callback.outputs, outputs) if spec is None]
        if missing_outputs:
            if any(_has_value(entry) for entry in inputs):
                self._fail_before_running(request, missing_outputs[0], "Output")
            return None  # with no input value either, it is skipped silently (C-6 step 3)
        states, missing_states, _ = self._fill(callback.states, request)
        if missing_states:
            self._fail_before_running(request, missing_states[0], "State")
            return None
        body: dict[str, Any] = {"output": callback.output_id}
        if not callback.has_no_output:  # a no-output callback sends no `outputs` key (W-6)
            body["outputs"] = outputs if callback.multi_output else outputs[0]
        body["inputs"] = inputs
        body["changedPropIds"] = list(request.changed_prop_ids)
        if callback.states:
            body["state"] = states
        return body

    def _fill(self, dependencies: tuple, request: Request) -> tuple[list[Any], list[Any], int]:
        entries, missing, empty_multi = [], [], 0
        for dependency in dependencies:
            specs = self._specs(dependency, dependency.component_property, request, with_value=True)
            if specs is None:
                if dependency.allow_optional:
                    specs = {"id": dependency.component_id, "property": dependency.component_property, "value": None}
                else:
                    missing.append(dependency)
            elif dependency.is_multi_valued and not specs:
                empty_multi += 1
            entries.append(specs)
        return entries, missing, empty_multi

    def _specs(self, dependency: Any, prop: str, request: Request, *, with_value: bool = False) -> Any:
        """`{id, property[, value]}` for one component, a list for ALL/ALLSMALLER, None if missing."""
        found = resolve(dependency, self.index, request.match_values)
        specs = []
        for component_id in found:
            spec: dict[str, Any] = {"id": component_id, "property": prop}
            if with_value:
                props = get_at(self.layout, self.index.paths[stringify_id(component_id)])["props"]
                if dependency.component_property in props:
                    spec["value"] = props[dependency.component_property]
            specs.append(spec)
        if dependency.is_multi_valued:
            return specs
        # Several matches only happen for a MATCH key with no value bound (a MATCH Input of a
        # callback whose Outputs have no MATCH, at load): it names no single component, so it is
        # missing, as in Dash (rule P-4).
        return specs[0] if len(specs) == 1 else None

    def _fail_before_running(self, request: Request, dependency: Any, role: str) -> None:
        """Record V-6's error for a missing component; the callback does not run."""
        self.errors.append(missing_object_error(request.callback, dependency, role, sorted(self.index.paths)))
        self.groups.record(request, self.graph.output_prop_ids(request, self.index), [])

    def _post(self, request: Request, body: dict[str, Any]) -> dict[str, Any] | None | PageError:
        """The in-process equivalent of POST /_dash-update-component, JSON both ways."""
        record = CallRecord(
            callback=request.callback.name,
            inputs=values_by_prop_id(body["inputs"]),
            states=values_by_prop_id(body.get("state", [])),
            triggered=list(request.changed_prop_ids),
            initial=request.initial_call,
        )
        self.calls.append(record)
        try:
            response = execute_callback_request(self.registry, loads_like_javascript(dumps(body)))
        except (BadRequest, CallbackError) as error:
            record.status = "error"
            return PageError(error_title(request, body), str(error), error)
        if response is None:
            record.status = "prevented"
            return None
        response = loads_like_javascript(dumps(response))
        record.outputs = {
            f"{id_str}.{prop}": value for id_str, props in response["response"].items() for prop, value in props.items()
        }
        return response

    def _apply(self, request: Request, outcome: dict[str, Any] | None | PageError) -> None:
        """C-7: side updates first, then outputs; new subtrees get their callbacks (C-8)."""
        all_props = self.graph.output_prop_ids(request, self.index)
        if not isinstance(outcome, dict):
            if isinstance(outcome, PageError):
                self.errors.append(outcome)
            self.groups.record(request, all_props, [])
            return
        for id_str, props in outcome.get("sideUpdate", {}).items():
            if id_str in self.index.paths:
                self._write(id_str, props, predecessors=(), discover_chunks=False)
            elif not self.app.config.suppress_callback_exceptions:
                self.errors.append(set_props_target_missing(request.callback, id_str, sorted(self.index.paths)))
        updated = []
        for id_str, props in outcome["response"].items():
            self._write(id_str, props, predecessors=request.predecessors + (request.callback,), discover_chunks=True)
            updated += [f"{id_str}.{prop}" for prop in props]
        self.groups.record(request, all_props, updated)

    def _write(self, id_str: str, props: dict[str, Any], *, predecessors: tuple, discover_chunks: bool) -> None:
        path = self.index.path_of(id_str)
        if path is None:
            return  # the component left the page while its callback ran (C-4.4, C-7)
        component = get_at(self.layout, path)
        old_children = component["props"].get("children")
        component["props"].update(props)
        component_id = component["props"]["id"]
        for prop in props:
            self.queue += self.graph.callbacks_triggered_by(
                component_id, prop, self.index, kind=INDIRECT, predecessors=predecessors
            )
        if "children" in props:
            self._replace_children(component, old_children, path + ("props", "children"), discover_chunks)
        self_writes = writes_after_update(component, set(props), now_ms=self._now_ms)
        if self_writes:
            self._edit(id_str, self_writes)

    def _replace_children(self, component: dict, old_children: Any, path: tuple, discover_chunks: bool) -> None:
        """C-8: re-index the new subtree; its components' callbacks fire, removed ones' ALL
        listeners get a final call."""
        added, removed = self.index.replace_subtree(old_children, component["props"]["children"], path)
        if not discover_chunks:
            return
        inserted = [self.index.ids[i] for i in added]
        requests = self.graph.initial_requests(inserted, self.index, inserted=set(added))
        self._queue_group(exclude_missing_inputs(requests, self.graph, self.index))
        final_calls = self.graph.final_call_requests(removed.values(), self.index)
        self._queue_group(exclude_missing_inputs(final_calls, self.graph, self.index))
        for _, new_component in walk_components(component["props"]["children"], path):
            self._mount(new_component)


_ABSENT = object()


def _has_value(entry: Any) -> bool:
    if isinstance(entry, list):
        return bool(entry)
    return entry is not None and "value" in entry


def error_title(request: Request, body: dict[str, Any]) -> str:
    """The dev-tools title of a failed callback, as Dash's renderer words it (rule W-8):
    "Callback error updating out.children", or "... with no output from input btn.n_clicks"."""
    if request.callback.has_no_output:
        return "Callback error with no output from input " + ", ".join(request.changed_prop_ids)
    specs = body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]
    flat = [item for spec in specs for item in (spec if isinstance(spec, list) else [spec])]
    return "Callback error updating " + ", ".join(
        prop_id(item["id"], clean_property_name(item["property"])) for item in flat
    )
