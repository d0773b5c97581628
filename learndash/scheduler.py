"""The renderer's request queue: which requests survive, merge and may run now (rules C-4, I-3, I-6).

These are the steps Dash's renderer applies every time its queue changes, as plain functions over
lists of `Request`s, in the order the spec gives them. The headless harness and
`learndash/static/scheduler.js` both follow this order.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .callback_graph import CallbackGraph, Request
from .layout import LayoutIndex


def drop_cycles(requests: list[Request]) -> list[Request]:
    """Step 1: a chain never re-enters a callback already upstream in it (C-4.1, C-9)."""
    return [r for r in requests if r.callback not in r.predecessors]


def merge_duplicates(requests: list[Request]) -> list[Request]:
    """Step 2: requests with the same key become one (C-4.2).

    In a group of several, the first initial request is dropped; what is left merges: changed
    props are united (DIRECT wins over INDIRECT), the last execution group and the newest fields
    win (Dash's `requestedCallbacks` observer).
    """
    if len(requests) < 2:
        return requests  # a lone request has nothing to merge with
    groups: dict[tuple, list[Request]] = {}
    for request in requests:
        groups.setdefault(request.key, []).append(request)
    merged = []
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])  # alone, it is already what merging would make of it
            continue
        initial = next((r for r in group if r.initial_call), None)
        group = [r for r in group if r is not initial]
        newest = group[-1]
        changed: dict[str, int] = {}
        for request in group:
            for prop, kind in request.changed_prop_ids.items():
                changed[prop] = max(kind, changed.get(prop, 0))
        groups_seen = [r.execution_group for r in group if r.execution_group is not None]
        merged.append(
            Request(
                newest.callback,
                newest.match_values,
                changed,
                initial_call=newest.initial_call,
                execution_group=groups_seen[-1] if groups_seen else None,
                predecessors=newest.predecessors,
                resolved=newest.resolved,  # same callback and MATCH values: the same ids
            )
        )
    return merged


def break_deadlock(requests: list[Request], graph: CallbackGraph, index: LayoutIndex) -> list[Request]:
    """Step 6: when nothing is ready and only requests wait (a pure cycle), take the first as
    ready, then every other one that the chosen ones do not hold back (C-4.6)."""
    ready: list[Request] = []
    candidates = list(requests)
    while candidates:
        ready.append(candidates[0])
        touched = graph.props_touched_by(ready, index)
        candidates = [r for r in candidates[1:] if not graph.waits_for(r, touched, index)]
    return ready


def prune_by_outputs(requests: list[Request], graph: CallbackGraph, index: LayoutIndex) -> list[Request]:
    """Step 4: drop requests none of whose outputs are on the page (C-4.4, I-2).

    Changed props of components that no longer exist are forgotten too.
    """
    kept = []
    for request in requests:
        if request.callback.outputs and not any(graph.resolve_outputs(request, index)):
            continue
        for changed in request.changed_prop_ids:
            if changed.rpartition(".")[0] not in index.paths:  # rare: keep the dict when all are there
                request.changed_prop_ids = {
                    p: k for p, k in request.changed_prop_ids.items() if p.rpartition(".")[0] in index.paths
                }
                break
        kept.append(request)
    return kept


def exclude_missing_inputs(requests: list[Request], graph: CallbackGraph, index: LayoutIndex) -> list[Request]:
    """The Dash 1.12 rule at load and insertion: a callback whose inputs are all missing, or all
    written only by callbacks excluded this way, is left out, as if it raised PreventUpdate (I-3).

    Callbacks whose Inputs are all ALL/ALLSMALLER are never excluded.
    """
    excluded_props: set[str] = set()
    remaining = list(requests)
    while True:
        excluded = [r for r in remaining if _inputs_all_missing(r, graph, index, excluded_props)]
        if not excluded:
            return remaining
        dropped = {id(r) for r in excluded}
        remaining = [r for r in remaining if id(r) not in dropped]
        for request in excluded:
            excluded_props.update(graph.output_prop_ids(request, index))


def _inputs_all_missing(request: Request, graph: CallbackGraph, index: LayoutIndex, excluded: set[str]) -> bool:
    inputs = request.callback.inputs
    if not inputs or all(i.is_multi_valued for i in inputs):
        return False
    if not excluded:  # the first pass: only inputs that are not on the page count as missing
        return not any(graph.resolve_inputs(request, index))
    return all(p in excluded for p in graph.input_prop_ids(request, index))


@dataclass
class ExecutionGroups:
    """What the finished requests of each initial or insertion group wrote (rule I-6)."""

    could_update: dict[int, set[str]] = field(default_factory=dict)
    did_update: dict[int, set[str]] = field(default_factory=dict)
    last_group: int = 0

    def new(self) -> int:
        """A fresh group number for the requests of one page load or one inserted chunk."""
        self.last_group += 1
        return self.last_group

    def record(self, request: Request, all_props: list[str], updated_props: list[str]) -> None:
        """Note what a finished group request could have written and what it did write."""
        if request.execution_group is None:
            return
        self.could_update.setdefault(request.execution_group, set()).update(all_props)
        self.did_update.setdefault(request.execution_group, set()).update(updated_props)

    def is_irrelevant(self, request: Request, graph: CallbackGraph, index: LayoutIndex) -> bool:
        """Drop a group request whose inputs could only have come from its group's finished
        callbacks, none of which updated them (I-6); all-multi-valued inputs always run. Its
        inputs are listed only once its group has finished requests (not for a load's first batch)."""
        group = request.execution_group
        if group is None or group not in self.could_update:
            return False
        if request.callback.inputs and all(i.is_multi_valued for i in request.callback.inputs):
            return False
        input_prop_ids = graph.input_prop_ids(request, index)
        if not input_prop_ids or any(p in self.did_update[group] for p in input_prop_ids):
            return False
        return all(p in self.could_update[group] for p in input_prop_ids)
