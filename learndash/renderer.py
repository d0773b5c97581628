"""The page: Dash's renderer as a model, fed only by what a browser receives (rules I-1, C-1 to C-8).

A `Page` knows an app through four things, all JSON: the page config, the layout, the callback
definitions and the answers to its requests. It owns the layout store and its index, the request
queue and the execution groups, and decides, after every change, what to request next and why.
Requests leave through a `Transport` (see `transport.py`): in-process, over HTTP, or into a
grading sandbox; the page cannot tell them apart. `learndash/static/renderer.js` is its twin in
the browser.
"""
from __future__ import annotations

import time
from typing import Any, Callable

from .behaviors import (
    CORE,
    UNDEFINED,
    draws_late,
    drawn_children,
    dropdown_check,
    is_drawn,
    late_mount_writes,
    lazy_chunk,
    location_parts,
    mount_navigation_target,
    mount_writes,
    navigation_target,
    writes_after_update,
)
from .callback_graph import DIRECT, INDIRECT, CallbackGraph, Request, parse_callbacks
from .clientside_engine import ClientsideEngine, confines_javascript, fetch_clientside_scripts, time_left_of
from .dispatch import CallRecord, Outcome, ReferenceProblem, build_body, call_record, read_answer
from .exceptions import LearndashError, PatchError, ValidationError
from .layout import LayoutIndex, get_at, holds_dict_ids, is_component
from .page_errors import missing_object_error, running_restarts_itself, running_target_missing, set_props_target_missing
from .patch_operations import is_patch, patch_props
from .persistence import EditStores, apply_persistence, prune_persistence, record_ui_edit
from .protocol import same_json, stringify_id
from .running import running_updates, shows_running
from .scheduler import (
    ExecutionGroups,
    break_deadlock,
    drop_cycles,
    exclude_missing_inputs,
    merge_duplicates,
    prune_by_outputs,
)
from .validation import PageError

# A written component's pending answer to its changed props: (id string, component, changed props).
Answer = tuple[str, dict, set[str]]


class Page:
    """One open page of an app: the layout store, its callbacks, and what they have done so far."""

    def __init__(
        self,
        transport: Any,
        *,
        config: dict[str, Any],
        layout: Any,
        dependencies: Any,
        url: str = "/",
        persistence: EditStores | None = None,
        storage: dict[str, Any] | None = None,
    ) -> None:
        if not isinstance(config, dict):
            raise LearndashError(f"The page config (_dash-config) must be a JSON object, but it was {config!r:.120}.")
        check_layout_json(layout)
        self.transport = transport
        self.config = config
        self.url = url
        self.callbacks = parse_callbacks(dependencies, config.get("callback_names") or {})
        self.graph = CallbackGraph(self.callbacks)
        self.layout = layout
        self.index = LayoutIndex.of(layout)
        self.groups = ExecutionGroups()
        self.queue: list[Request] = []
        self.in_flight: list[Request] = []  # sent, answers not yet applied (running= listeners wait on them)
        self.restarting: set[tuple] = set()  # requests whose running= writes their own Input (shown nothing)
        self.calls: list[CallRecord] = []
        self.errors: list[PageError] = []
        # Lazily loaded components waiting to mount: (id string, code chunk, chunk already loaded).
        self.late_writes: list[tuple[str, str, bool]] = []
        self.loaded_chunks: set[str] = set()
        # Each mounted Dropdown: has it checked its value against its current options? (K-3)
        self.options_checked: dict[str, bool] = {}
        # The browser's localStorage and sessionStorage: a reload keeps them, as a browser does.
        self.storage: dict[str, Any] = storage if storage is not None else {}
        self.clock_ms = 0
        self.engine: ClientsideEngine | None = None
        # Where a Location with refresh=True sent the page: the browser loads it again there (K-8).
        self.reload_url: str | None = None
        self.persistence = (persistence or EditStores()).new_page()  # the browser's stores of edits (K-0c)

    @classmethod
    def open(
        cls,
        transport: Any,
        *,
        url: str = "/",
        persistence: EditStores | None = None,
        storage: dict[str, Any] | None = None,
        clock_ms: int = 0,
    ) -> Page:
        """Fetch config, layout and dependencies through `transport`, then load the page (I-1);
        `persistence` is the browser's stores of persisted edits, kept across reloads (K-0c), and
        `clock_ms` the last time an earlier page of the same browser wrote, so time never goes back."""
        page = cls(
            transport,
            config=transport.fetch_config(),
            layout=transport.fetch_layout(),
            dependencies=transport.fetch_dependencies(),
            url=url,
            persistence=persistence,
            storage=storage,
        )
        page.clock_ms = clock_ms
        page.start()
        return page

    # -- the page's life ----------------------------------------------------------------------

    def start(self) -> None:
        """I-1: stored edits restored (K-0c), the server's validation errors, the initial requests,
        mount writes (I-9), then settle."""
        apply_persistence(self.persistence, self.layout)
        for problem in self.config.get("validation_errors") or []:
            title, message = problem.get("title", ""), problem.get("message", "")
            self.errors.append(PageError(title, message, ValidationError(f"{title}: {message}")))
        ids = [self.index.ids[i] for i in self.index.paths]
        requests = self.graph.initial_requests(ids, self.index) + self.graph.no_output_requests(self.index)
        self.queue_group(exclude_missing_inputs(requests, self.graph, self.index))
        self.mount_drawn(self.layout)
        self.settle()

    def mount_drawn(self, node: Any) -> None:
        """Mount the components of `node` that the page draws, parents first (I-9): a Tabs draws
        only its selected Tab's children (K-13), which mount once that Tab is selected."""
        stack = [node]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack += reversed(node)
            elif is_component(node):
                wrote = self.mount(node)
                if not (wrote and node.get("type") == "Tabs"):  # a Tabs that chose its value mounted its Tab then
                    stack.append(drawn_children(node))

    def mount(self, component: dict) -> bool:
        """What a component writes as it appears (I-9), as its own edit; a component whose code
        Dash loads lazily mounts later, see `mount_late` (R-6). True when it wrote props: a Tabs
        that chose its value has then mounted the chosen Tab's children (`component_did_update`)."""
        component_id = component["props"].get("id")
        if component_id is None:
            return False
        id_str = stringify_id(component_id)
        writes = mount_writes(component, url=self.url, now_ms=self.now_ms, storage=self.storage)
        if writes:
            self.set_props(id_str, writes)
        target = mount_navigation_target(component, url=self.url)
        if target is not None:
            self.navigate(target, refresh=True)
        chunk = lazy_chunk(component)
        if chunk is not None or draws_late(component):
            self.options_checked.pop(id_str, None)  # a new instance: it has checked nothing yet
            self.mount_late(id_str, chunk)
        return bool(writes)

    def queue_group(self, requests: list[Request]) -> None:
        """Queue the requests of one page load or inserted chunk as one execution group (I-6)."""
        group = self.groups.new()
        for request in requests:
            request.execution_group = group
        self.queue.extend(requests)

    def mount_late(self, id_str: str, chunk: str | None) -> None:
        """A lazily loaded component mounts once the requests of its load or insertion were sent,
        or, when its code chunk already arrived for an earlier component, before they are (R-6);
        one without a chunk (a Graph, drawn asynchronously) is always late."""
        self.late_writes.append((id_str, chunk, chunk is not None and chunk in self.loaded_chunks))

    def flush_late_writes(self, mounted_before: int | None = None) -> bool:
        """Mount the waiting lazy components: the first `mounted_before` (those mounted before the
        requests just sent) and those whose chunk was loaded; all when None. True if any."""
        waiting = self.late_writes
        if not waiting:
            return False
        limit = len(waiting) if mounted_before is None else mounted_before
        due = [entry for position, entry in enumerate(waiting) if position < limit or entry[2]]
        self.late_writes = [entry for position, entry in enumerate(waiting) if not (position < limit or entry[2])]
        for id_str, chunk, _ in due:
            if chunk is not None:
                self.loaded_chunks.add(chunk)
            if id_str in self.index.paths:
                self.finish_mount(id_str)
        return bool(due)

    def finish_mount(self, id_str: str) -> None:
        """A lazily loaded component really mounts: its writes from its props now (R-6), and a
        Dropdown's first check of its value (K-3)."""
        component = get_at(self.layout, self.index.paths[id_str])
        writes = late_mount_writes(component)
        if writes:
            self.set_props(id_str, writes)
        if component["type"] == "Dropdown":
            self.options_checked[id_str] = False
            self.check_options(id_str, component)

    def check_options(self, id_str: str, component: dict) -> None:
        """A mounted Dropdown checks its value when its options are new to it and its value is
        non-empty (K-3, R-5): a value it does not offer is cleared, as its own edit."""
        if self.options_checked.get(id_str, True) or component["type"] != "Dropdown":
            return
        writes = dropdown_check(component["props"])
        if writes is None:
            return  # nothing to check yet: the check waits for a non-empty value
        self.options_checked[id_str] = True
        if writes:
            self.set_props(id_str, writes)

    def component_by_id(self, component_id: Any) -> dict | None:
        """The component JSON with this id in the layout store, or None."""
        path = self.index.path_of(stringify_id(component_id))
        return None if path is None else get_at(self.layout, path)

    def now_ms(self) -> int:
        """Milliseconds since the epoch, strictly increasing so no two writes look equal."""
        self.clock_ms = max(self.clock_ms + 1, int(time.time() * 1000))
        return self.clock_ms

    def write_props(
        self, id_str: str, props: dict[str, Any], *, predecessors: tuple, discover_chunks: bool, answers: list[Answer]
    ) -> None:
        """Write a callback's props into the store and queue their listeners (C-2 items 2, 3).
        The component's own answer is added to `answers`, given once the whole response is written
        (`answer_updates`): in Dash components re-render after every prop of the response."""
        path = self.index.path_of(id_str)
        if path is None:
            return  # the component left the page while its callback ran (C-4.4, C-7)
        component = get_at(self.layout, path)
        props = self.persist_write(component, props)
        old_children = component["props"].get("children")
        # Every written prop triggers its listeners (C-2 item 2), but a core component itself answers
        # only the props whose value changed (React compares; e.g. a Store given equal data), and
        # an html one never answers (component_did_update).
        answering = component.get("namespace") == CORE
        changed = {k for k, v in props.items() if not same_json(component["props"].get(k, UNDEFINED), v)} if answering else set()
        component["props"].update(props)
        component_id = component["props"]["id"]
        for prop in props:
            self.queue += self.graph.callbacks_triggered_by(
                component_id, prop, self.index, kind=INDIRECT, predecessors=predecessors
            )
        if "children" in props:
            self.replace_children(component, old_children, path + ("props", "children"), discover_chunks, predecessors)
        answers.append((id_str, component, changed))

    def answer_updates(self, answers: list[Answer]) -> None:
        """Each written component that is still on the page answers its changed props (R-5 to R-8)."""
        for id_str, component, changed in answers:
            path = self.index.path_of(id_str)
            if path is not None and get_at(self.layout, path) is component:
                self.component_did_update(id_str, component, changed)

    def set_props(self, id_str: str, props: dict[str, Any]) -> None:
        """C-2 item 1: a component's own edit. Keep the props that really change, write them, queue
        their listeners (the caller settles)."""
        path = self.index.paths[id_str]
        component = get_at(self.layout, path)
        # An absent prop is undefined: writing UNDEFINED to it changes nothing, to a null it does.
        changed = {k: v for k, v in props.items() if not same_json(component["props"].get(k, UNDEFINED), v)}
        record_ui_edit(self.persistence, component, changed)
        old_children = component["props"].get("children")
        component["props"].update(changed)
        for prop in [k for k, v in changed.items() if v is UNDEFINED]:
            del component["props"][prop]  # JavaScript's undefined: the prop leaves the component
        for prop in changed:
            self.queue += self.graph.callbacks_triggered_by(component["props"]["id"], prop, self.index, kind=DIRECT)
        if "children" in changed:
            self.index.replace_subtree(old_children, component["props"]["children"], path + ("props", "children"))
        self.component_did_update(id_str, component, set(changed))

    def component_did_update(self, id_str: str, component: dict, changed: set[str]) -> None:
        """A component answers its own changed props with writes of its own (R-5 to R-8, K-3, K-9)."""
        if not changed or component.get("namespace") != CORE:
            return  # only core components write on their own (behaviors.py): html ones never do
        if component["type"] == "Tabs" and "value" in changed and is_drawn(self.layout, self.index.paths[id_str]):
            self.mount_drawn(drawn_children(component))  # the newly selected Tab's children appear (K-13)
        if id_str in self.options_checked:  # a mounted Dropdown
            if "options" in changed:
                self.options_checked[id_str] = False
            self.check_options(id_str, component)
        writes = writes_after_update(component, changed, url=self.url, now_ms=self.now_ms, storage=self.storage)
        if writes:
            self.set_props(id_str, writes)
        target = navigation_target(component, changed, url=self.url)
        if target is not None:
            self.navigate(target, refresh=component["props"].get("refresh", True))

    def navigate(self, target: str, *, refresh: Any) -> None:
        """A Location sent the page to a new address (K-8, R-7): the page's URL follows it. With
        `refresh=True` the browser loads the page again there, which the page asks of whoever drives
        it (`reload_url`); with `"callback-nav"` every Location on the page reads the new address."""
        self.url = target
        if refresh is True:
            self.reload_url = target
            return
        if refresh != "callback-nav":
            return
        for id_str in list(self.index.paths):
            component = self.component_by_id(self.index.ids[id_str])
            if component is not None and (component.get("namespace"), component.get("type")) == (CORE, "Location"):
                self.set_props(id_str, location_parts(target))

    # -- the request loop (C-4) ---------------------------------------------------------------

    def settle(self) -> None:
        """Run requests until none is left, in ready batches built from one snapshot (C-4, C-12)."""
        while True:
            queue = prune_by_outputs(merge_duplicates(drop_cycles(self.queue)), self.graph, self.index)
            if not queue:
                self.queue = []
                if self.flush_late_writes():
                    continue
                return
            mounted_before = len(self.late_writes)
            self.send(self.take_ready(queue, ready_requests(queue, self.graph, self.index)))
            self.flush_late_writes(mounted_before)

    def take_ready(self, queue: list[Request], ready: list[Request]) -> list[Request]:
        """Take `ready` out of the queue; the rest waits. Returns those still relevant (I-6)."""
        taken = {id(r) for r in ready}  # by identity: equal-looking requests are still distinct
        self.queue = [r for r in queue if id(r) not in taken]
        return [r for r in ready if not self.groups.is_irrelevant(r, self.graph, self.index)]

    def send(self, batch: list[Request]) -> None:
        """C-6: the batch's bodies from one snapshot of the layout; each server callback shows its
        running= values as its request leaves (C-2 item 3), and the callbacks listening to those
        values go out while the batch is in flight, as in the browser; then the answers (C-7)."""
        bodies = [(request, self.request_body(request)) for request in batch]
        sent = [(request, body, self.record_call(request, body)) for request, body in bodies if body is not None]
        self.in_flight += [request for request, _, _ in sent]
        shown = [self.show_running(request) for request, _, _ in sent]  # each one, in the order sent
        if any(shown):
            self.send_while_in_flight()
        for request, body, record in sent:
            self.in_flight.remove(request)  # its answer arrived
            self.apply_result(request, self.execute(request, body, record))

    def send_while_in_flight(self) -> None:
        """C-4 step 5 while requests are in flight: queued requests that wait on none of them are
        sent now, before their answers arrive (the requests that running= values queued)."""
        queue = prune_by_outputs(merge_duplicates(drop_cycles(self.queue)), self.graph, self.index)
        flying = {id(r) for r in self.in_flight}
        ready = [r for r in self.graph.ready_to_run(self.in_flight + queue, self.index) if id(r) not in flying]
        self.send(self.take_ready(queue, ready))

    def request_body(self, request: Request) -> dict[str, Any] | None:
        """C-6: the POST body from the current layout; None when the callback does not run."""
        try:
            return build_body(request, self.layout, self.index)
        except ReferenceProblem as problem:
            dependency, ids = problem.dependency, sorted(self.index.paths)
            self.errors.append(
                missing_object_error(request.callback.name, problem.role, dependency.id_str, dependency.component_property, ids)
            )
            self.groups.record(request, self.graph.output_prop_ids(request, self.index), [])
            return None

    def record_call(self, request: Request, body: dict[str, Any]) -> CallRecord:
        """The trace entry of a request, made as it leaves; `execute` completes it."""
        record = call_record(request, body)
        self.calls.append(record)
        return record

    def execute(self, request: Request, body: dict[str, Any], record: CallRecord) -> Outcome:
        """POST the body through the transport, or run a clientside function in the page's
        JavaScript engine (C-10), and read the answer (rules W-6 to W-8)."""
        try:
            clientside = request.callback.clientside_function
            if clientside is not None:
                status, answer = self.clientside_engine().answer(clientside, body)
            else:
                status, answer = self.transport.update_component(body)
            return read_answer(request, body, status, answer, record)
        except LearndashError as error:
            record.status = "error"
            self.queue = []  # the cascade stops here; what ran before this request stays applied
            raise LearndashError(f"{request.callback.name}() could not run: {error}") from error

    def clientside_engine(self) -> ClientsideEngine:
        """The page's JavaScript world, made at the first clientside request, so apps without
        clientside callbacks never need the engine."""
        if self.engine is None:
            names = [c.name for c in self.callbacks if c.clientside_function is not None]
            self.engine = ClientsideEngine(fetch_clientside_scripts(self.transport), callback_names=names,
                                           time_left=time_left_of(self.transport), confined=confines_javascript(self.transport))
        return self.engine

    def apply_result(self, request: Request, outcome: Outcome) -> None:
        """C-7: side updates first, then the running= "off" values, then outputs, with every Patch
        applied to the value on the page (O-7); new subtrees get their callbacks (C-8)."""
        # Only a request of a load or insertion group records what it could have written (I-6).
        all_props = self.graph.output_prop_ids(request, self.index) if request.execution_group is not None else []
        error = outcome.error
        answers: list[Answer] = []
        if error is None:
            error = self.apply_side_updates(request, outcome.side_updates, answers)
        if shows_running(request) and request.key not in self.restarting:
            running_off = running_updates(request.callback.running_off, request, self.index)
            self.apply_side_updates(request, running_off, answers, missing=running_target_missing)
        if error is None:
            updates, error = self.patched(request, outcome.updates)
        if error is not None:
            self.errors.append(error)
            self.groups.record(request, all_props, [])
            self.answer_updates(answers)
            return
        updated = []
        for id_str, props in updates.items():
            self.write_props(id_str, props, predecessors=request.predecessors + (request.callback,), discover_chunks=True,
                             answers=answers)
            updated += [f"{id_str}.{prop}" for prop in props]
        self.groups.record(request, all_props, updated)
        self.answer_updates(answers)

    def show_running(self, request: Request) -> bool:
        """C-2 item 3: a server callback's running= values, written as its request leaves; their
        listeners are queued like those of any side update (Dash shows none for clientside ones).
        Returns whether the callback has any."""
        if not shows_running(request):
            return False
        running = running_updates(request.callback.running, request, self.index)
        own_inputs = sorted(set(self.graph.input_prop_ids(request, self.index)).intersection(
            f"{id_str}.{prop}" for id_str, props in running.items() for prop in props))
        if own_inputs:  # each run would start the next, without end on Dash's page: shown once, then not at all
            self.errors.append(running_restarts_itself(request.callback.name, own_inputs))
            self.restarting.add(request.key)
            return False
        answers: list[Answer] = []
        self.apply_side_updates(request, running, answers, missing=running_target_missing)
        self.answer_updates(answers)
        return True

    def apply_side_updates(
        self,
        request: Request,
        side_updates: dict[str, dict[str, Any]],
        answers: list[Answer],
        *,
        missing: Callable[[str, str, list[str]], PageError] = set_props_target_missing,
    ) -> PageError | None:
        """C-2 item 3: set_props (and running=) values, one component at a time; stops at the
        first Patch that cannot apply and returns its error."""
        for id_str, props in side_updates.items():
            error = self.apply_side_update(request, id_str, props, answers, missing=missing)
            if error is not None:
                return error
        return None

    def apply_side_update(
        self,
        request: Request,
        id_str: str,
        props: dict[str, Any],
        answers: list[Answer],
        *,
        missing: Callable[[str, str, list[str]], PageError] = set_props_target_missing,
    ) -> PageError | None:
        """C-2 item 3: a `set_props` from the server, written like an output but finding no chunks;
        an id that is not on the page is reported with `missing`'s message unless callback
        exceptions are suppressed. Returns the error of a Patch that cannot apply (O-7)."""
        if id_str not in self.index.paths:
            if not self.config.get("suppress_callback_exceptions"):
                self.errors.append(missing(request.callback.name, id_str, sorted(self.index.paths)))
            return None
        patched, error = self.patched(request, {id_str: props})
        if error is None:
            self.write_props(id_str, patched[id_str], predecessors=(), discover_chunks=False, answers=answers)
        return error

    def patched(self, request: Request, updates: dict[str, dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], PageError | None]:
        """O-7: the updates with every Patch applied to the prop's value on the page now. One that
        cannot apply fails the whole answer, as in Dash: nothing of it is written."""
        if not any(is_patch(value) for props in updates.values() for value in props.values()):
            return updates, None  # the usual answer: whole values, nothing to apply
        try:
            return {
                id_str: patch_props(props, self.props_of(id_str), where=f"{request.callback.name}()")
                for id_str, props in updates.items()
            }, None
        except PatchError as error:
            return {}, PageError(error.title, str(error), error)

    def props_of(self, id_str: str) -> dict[str, Any]:
        """The props of the component with this id string, or {} when it is not on the page."""
        path = self.index.path_of(id_str)
        return {} if path is None else get_at(self.layout, path)["props"]

    def persist_write(self, component: dict, props: dict[str, Any]) -> dict[str, Any]:
        """Persistence around a callback's write (K-0c): a change of `persistence` swaps the stored
        edits, a returned chunk gets its stored edits back, and the write itself is recorded
        (Dash 4 records a callback's writes like a user's). Returns the props to write."""
        props = prune_persistence(self.persistence, component, props)
        apply_persistence(self.persistence, props.get("children"))
        record_ui_edit(self.persistence, component, props)
        return props

    def replace_children(
        self, component: dict, old_children: Any, path: tuple, discover_chunks: bool, predecessors: tuple
    ) -> None:
        """C-8: re-index the new subtree; its components' callbacks fire, removed ones' ALL
        listeners get a final call. These requests inherit the inserting request's predecessors
        and the inserting callback itself, so it is never re-run by its own chunk (R-1). Children
        written by `set_props` (`discover_chunks` False) get no such calls (C-2 item 3), but their
        components still mount, and what they write as they mount is an edit (I-9)."""
        new_children = component["props"]["children"]
        if not isinstance(old_children, (list, dict)) and not isinstance(new_children, (list, dict)):
            return  # a text or number replaced by another: no component came or went, nothing to re-index
        # only a removed dict id can get a final call, found in the index as it was (C-8 d)
        old_index = self.index.copy() if discover_chunks and holds_dict_ids(old_children) else self.index
        added, removed = self.index.replace_subtree(old_children, new_children, path)
        if not (added or removed):
            return  # e.g. a text replaced by a text: no component came or went
        if discover_chunks:
            inserted = [self.index.ids[i] for i in added]
            requests = self.graph.initial_requests(inserted, self.index, inserted=set(added))
            final_calls = self.graph.final_call_requests(removed, old_index, self.index)
            for request in requests + final_calls:
                request.predecessors = predecessors
            self.queue_group(exclude_missing_inputs(requests, self.graph, self.index))
            self.queue_group(exclude_missing_inputs(final_calls, self.graph, self.index))
        if is_drawn(self.layout, path):  # the new children sit where a hidden Tab may keep them
            self.mount_drawn(drawn_children(component))




def ready_requests(queue: list[Request], graph: CallbackGraph, index: LayoutIndex) -> list[Request]:
    """C-4.5, then C-4.6 when nothing is ready. A lone request is always taken: it is ready, or it
    waits only on itself (a cycle) and breaking the deadlock takes it, so its graph walk is skipped."""
    if len(queue) == 1:
        return queue
    return graph.ready_to_run(queue, index) or break_deadlock(queue, graph, index)


def check_layout_json(layout: Any) -> None:
    """The layout a server sends must be a component or a list (rule W-2); say so if it is not."""
    if is_component(layout) or isinstance(layout, list):
        return
    raise LearndashError(
        f"/_dash-layout must be a component ({{'type', 'namespace', 'props'}}) or a list of them "
        f"(rule W-2), but the server sent {layout!r:.120}."
    )
