"""What a check works with: the student's app driven through `AppHarness`, and expectations that score it.

A `Trial` is handed to each check. `t.start()` has the child load a fresh copy of the student's app
and returns a `StudentApp` (the harness, in this process, driving that app over the wire, plus a
record of the last action so feedback can say "after you typed 'Ada' into name-input ..."). Each
`t.expect...` call is one *part* of the check; the check's score is its weight times the share of
parts that passed, which is how partial credit works. The verdicts live here, in the grading
process: the student's code runs in the child and can only answer requests.

    app = t.start()
    app.set_props("name-input", {"value": "Ada"})
    t.expect_prop(app, "greeting", "children", "Hello, Ada!", hint="Return f'Hello, {name}!'")
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from learndash.behaviors import CORE
from learndash.exceptions import LearndashError
from learndash.grading.evidence import Mistake, hint_for, observe
from learndash.grading.figures import NotAFigure
from learndash.grading.loading import SubmissionError
from learndash.protocol import stringify_id

if TYPE_CHECKING:
    from learndash.grading.sandbox_transport import SubmissionProcess


class NotSet:
    """What `served_prop` gives for a prop the layout never set (the component's default applies)."""

    def __repr__(self) -> str:
        return "not set (the component's default)"


NOT_SET = NotSet()


def is_empty(value: Any, _expected: Any = None) -> bool:
    """Left out, None, "" or []: children a callback is meant to fill (a `compare` for `expect_served`)."""
    return value is NOT_SET or value in (None, "", [])


class CheckAborted(Exception):
    """The check cannot go on (the app crashed, an id is missing); the message is for the student."""


@dataclass(frozen=True)
class Part:
    """One expectation inside a check: what was looked at, what was expected, what the app did."""

    what: str
    passed: bool
    expected: str = ""
    actual: str = ""
    hint: str = ""
    trace: str = ""


def is_component(value: Any) -> bool:
    """True for a component as the page stores it (`{"type", "namespace", "props"}`) or a list holding one."""
    if isinstance(value, list):
        return any(is_component(item) for item in value)
    return isinstance(value, dict) and "props" in value and "type" in value


def page_value_copy(value: Any) -> Any:
    """A deep copy of a value the page holds: JSON's dicts, lists and scalars are copied directly
    (a figure in a third of `copy.deepcopy`'s time), anything else by `copy.deepcopy`."""
    if type(value) is dict:
        return {key: page_value_copy(item) for key, item in value.items()}
    if type(value) is list:
        return [page_value_copy(item) for item in value]
    if value is None or type(value) in (str, int, float, bool):
        return value
    return copy.deepcopy(value)


def changed_nothing(call: Any) -> bool:
    """A call that left every Output as it was: PreventUpdate, or no_update for each of them (Dash
    answers both alike, so the page cannot tell them apart)."""
    return call.status == "prevented" or (call.status == "ok" and not call.outputs)


def cut(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with a note: a student's app can answer anything, of any length."""
    return text if len(text) <= limit else text[: limit - 30] + f"\n... (cut: {len(text):,} characters)"


def show(value: Any, limit: int = 200) -> str:
    """`repr` cut to `limit` characters, for feedback lines; components as the text a person sees."""
    if is_component(value):
        from learndash.testing.visible_text import visible_text  # late: grading loads without the harness

        return f"components showing {visible_text(value)!r}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def format_call(record: Any) -> str:
    """One callback run as a line: `update(name-input.value='Ada') -> greeting.children='Hello, Ada!'`."""
    inputs = ", ".join(f"{key}={show(value, 60)}" for key, value in (record.inputs or {}).items())
    line = f"{record.callback}({inputs})"
    if record.status == "ok":
        outputs = ", ".join(f"{key}={show(value, 60)}" for key, value in (record.outputs or {}).items())
        line += f" -> {outputs or 'nothing changed'}"
    elif record.status == "prevented":
        line += " -> prevented (PreventUpdate or no_update)"
    else:
        line += " -> raised an error"
    return line


def format_trace(records: list[Any]) -> str:
    """The callbacks one action ran, one per line, or a sentence saying none ran."""
    if not records:
        return "No callback ran."
    return "\n".join(format_call(record) for record in records)


def browser_rejects(number: float, box: dict) -> bool:
    """Whether a browser finds `number` invalid in a number box with these props (K-2): below `min`,
    above `max`, or off `step` (counted from `min`, else 0; Dash's default step "any" allows every number)."""
    def readable(value: Any) -> float | None:
        try:
            return float(value) if value not in (None, "", "any") else None
        except (TypeError, ValueError):
            return None  # a limit the browser cannot read is no limit
    low, high, step = readable(box.get("min")), readable(box.get("max")), readable(box.get("step"))
    if (low is not None and number < low) or (high is not None and number > high):
        return True
    if step is None or step <= 0:
        return False
    steps = (number - (low or 0)) / step
    return abs(steps - round(steps)) > 1e-9


class StudentApp:
    """The student's app in a headless harness, remembering the last action for feedback.

    It offers the harness's own verbs (`set_props`, `click`, `get_prop`, `text`,
    `has_component`, `calls`), and turns a crash or a missing id into `CheckAborted` with a message
    that names the action.
    """

    def __init__(self, harness: Any) -> None:
        self.harness = harness
        self._served_layout: Any = None
        self.last_action = "the page loaded"
        self.last_edit = ""  # the prop id the last action changed, "" for the page load
        self._calls_before_action = 0
        self._errors_before_action = 0
        self.acted = False  # True once an action may have changed the page: it is no longer as loaded

    def _act(self, description: str, action: Callable[[], None], edited: str = "") -> None:
        self.acted = True
        self.last_action = description
        self.last_edit = edited
        self._calls_before_action = len(self.harness.calls)
        self._errors_before_action = len(self.harness.errors)
        try:
            action()
        except KeyError as error:
            raise CheckAborted(f"After {description}: {_key_error_text(error)}") from None
        except LearndashError as error:
            raise CheckAborted(f"After {description}, your app raised an error:\n{error}") from None

    def set_props(self, component_id: Any, props: dict[str, Any]) -> None:
        """A user edit, as in the browser; the whole cascade of callbacks runs before it returns."""
        shown = ", ".join(f"{prop}={show(value, 80)}" for prop, value in props.items())
        edited = f"{stringify_id(component_id)}.{next(iter(props))}" if props else ""
        self._act(f"setting {_show_id(component_id)} to {shown}", lambda: self.harness.set_props(component_id, props), edited)

    def go_to(self, path: str) -> None:
        """The user goes to `path` in the app as a dcc.Link to it takes them (K-8): the address
        changes without loading the page again, and every Location reads all of it (pathname,
        href, search, hash), so an app may route on any of them."""
        link = {"namespace": CORE, "type": "Link", "props": {"href": path}}
        self._act(f"going to {path}", lambda: self.harness.follow(link))

    def type_number(self, component_id: Any, number: float) -> None:
        """A user typing `number` into a number box (K-2): the browser finds a number outside the box's
        own `min` / `max` (or off its `step`) invalid, and Dash then writes None, not the number, so
        a box limited to the valid range never hands its callback an out-of-range number."""
        box = self.harness.get_props(component_id) if self.harness.has_component(component_id) else {}
        rejected = browser_rejects(number, box)
        shown = f"typing {number!r} into {_show_id(component_id)}"
        if rejected:
            limits = ", ".join(f"{prop}={box[prop]!r}" for prop in ("min", "max", "step") if box.get(prop) not in (None, ""))
            shown += f" (invalid with its {limits}, so Dash writes value=None)"
        written = None if rejected else number
        self._act(shown, lambda: self.harness.set_props(component_id, {"value": written}), f"{stringify_id(component_id)}.value")

    def click(self, component_id: Any, times: int = 1) -> None:
        """Click a component `times` times (n_clicks + 1 each time)."""
        for _ in range(times):
            self._act(f"clicking {_show_id(component_id)}", lambda: self.harness.click(component_id),
                      f"{stringify_id(component_id)}.n_clicks")

    def get_prop(self, component_id: Any, prop: str) -> Any:
        """The prop's value, a copy: reading never changes the page (the next check may start from it).

        A component missing from the page stops the check with a message naming it (CheckAborted).
        """
        try:
            return page_value_copy(self.harness.get_prop(component_id, prop))
        except KeyError as error:
            raise CheckAborted(f"After {self.last_action}: {_key_error_text(error)}") from None

    @property
    def served_layout(self) -> Any:
        """The layout as the server served this page, before any callback ran."""
        if self._served_layout is None:
            transport = self.harness.transport
            served = getattr(transport, "served_layout", None)  # a transport that kept it: no request
            self._served_layout = served() if served is not None else transport.fetch_layout()
        return self._served_layout

    @property
    def callbacks(self) -> list[Any]:
        """The app's callbacks as the page knows them (`/_dash-dependencies`)."""
        return list(self.harness.page.callbacks)

    def served_type(self, component_id: Any) -> str:
        """The component kind in the layout as served ("Textarea", "Div"), or "" when there is no such id."""
        from learndash.layout import LayoutIndex, get_at

        path = LayoutIndex.of(self.served_layout).path_of(stringify_id(component_id))
        return "" if path is None else get_at(self.served_layout, path).get("type", "")

    def served_prop(self, component_id: Any, prop: str, default: Any = None) -> Any:
        """The prop as the layout was served, before any callback ran (`default` when unset or no such id).

        "Leave the figure out of the layout: the callback draws it" is only visible here, since
        the initial call overwrites whatever the layout had.
        """
        from learndash.layout import LayoutIndex, get_at

        path = LayoutIndex.of(self.served_layout).path_of(stringify_id(component_id))
        return default if path is None else get_at(self.served_layout, path)["props"].get(prop, default)

    def has_component(self, component_id: Any) -> bool:
        return self.harness.has_component(component_id)

    def text(self, component_id: Any) -> str:
        """The text a person sees in the component; a missing component stops the check, as in `get_prop`."""
        try:
            return self.harness.text(component_id)
        except KeyError as error:
            raise CheckAborted(f"After {self.last_action}: {_key_error_text(error)}") from None

    @property
    def calls(self) -> list[Any]:
        return list(self.harness.calls)

    def calls_of_last_action(self) -> list[Any]:
        """The callback runs caused by the last action (or by loading the page)."""
        return list(self.harness.calls[self._calls_before_action :])

    def errors_of_last_action(self) -> list[Any]:
        """The errors (callback exceptions, bad return values) the last action caused."""
        return list(self.harness.errors[self._errors_before_action :])

    def observation_about(self, component_id: Any, prop: str) -> str:
        """What the callback runs of the last action say about `component_id.prop` (see `evidence.observe`)."""
        served = self.served_prop(component_id, "id", NOT_SET) is not NOT_SET
        return observe(self.calls_of_last_action(), edited=self.last_edit, target=f"{stringify_id(component_id)}.{prop}",
                       callbacks=self.callbacks, served=served, errors=self.errors_of_last_action())

    def callbacks_reading(self, source: str, *, states: bool = False) -> list[Any]:
        """The app's declared callbacks that have `source` ("continent.value") as an Input (or a State too)."""
        return [callback for callback in self.callbacks
                if any(d.prop_id == source for d in callback.inputs + (callback.states if states else ()))]

    def callbacks_writing(self, target: str) -> list[Any]:
        """The app's declared callbacks that have `target` ("graph.figure") as an Output."""
        return [callback for callback in self.callbacks if any(o.prop_id == target for o in callback.outputs)]

    def callbacks_writing_to(self, component_id: str) -> list[Any]:
        """The app's declared callbacks with an Output on `component_id`, whatever the property.

        For checks about *when* a callback runs (not at page load, without id errors): a callback
        that writes the wrong property is another requirement's mistake and still runs when it should.
        """
        return [callback for callback in self.callbacks if any(o.component_id == component_id for o in callback.outputs)]

    def trace_of_last_action(self) -> str:
        """Which callbacks the last action ran, and the errors they raised, for feedback."""
        lines = [format_trace(self.calls_of_last_action())]
        for error in self.errors_of_last_action():
            lines.append(f"{error.title}: {error.message}")
        return "\n".join(lines)


class Trial:
    """The working area of one check: starts the student's app, asks for observations, scores expectations."""

    def __init__(self, process: SubmissionProcess) -> None:
        self._process = process
        self.parts: list[Part] = []
        self._loaded = False
        self._last_page: tuple[StudentApp, int] | None = None  # the last page opened, and `requests` then

    def start(self) -> StudentApp:
        """Load a fresh copy of the student's app and open it in a headless harness (initial callbacks run).

        When the last page opened (by the diagnostics, or by a check that only read it) is still as
        it was opened (no action on it, nothing sent to the child since), that page is this one: it
        is a fresh load with its initial callbacks run, which is what loading again would give,
        without running them twice.
        """
        opened_at = self._process.requests
        fresh = self._process.take_fresh_page()
        if fresh is not None:
            self._loaded = True
            app = StudentApp(fresh)
            self._last_page = (app, opened_at)
            return app
        answer = self._process.load()
        if answer.get("loaded") is not True:
            title, message = answer.get("title"), answer.get("message")
            raise SubmissionError(title if isinstance(title, str) else "Load error",
                                  message if isinstance(message, str) else "Your file could not be loaded.")
        self._loaded = True
        app = self._open()
        self._last_page = (app, self._process.requests)
        return app

    def pass_on_untouched_page(self) -> None:
        """After the check: hand its page to the next check's `start()` if nothing changed it (see `start`)."""
        if self._last_page is not None and not self._last_page[0].acted:
            self._process.keep_fresh_page(self._last_page[0].harness, self._last_page[1])

    def another_session(self) -> StudentApp:
        """A second browser tab on the *same* loaded app (no reload), to see whether sessions leak into each other."""
        if not self._loaded:
            return self.start()
        return self._open()

    def observe(self, name: str, *args: Any) -> Any:
        """The grader's observation `name` (see `observations.py`), run in the child on a freshly loaded
        copy of the student's module. The answer is untrusted data: compare it, never believe it."""
        from learndash.grading.sandbox_transport import parse_observation

        return parse_observation(self._process.request({"op": "observe", "name": name, "args": list(args)}))

    def _open(self) -> StudentApp:
        from learndash.grading.sandbox_transport import SandboxTransport
        from learndash.testing import AppHarness

        try:
            # Errors in callbacks are collected, not raised, so one crashing step costs that step only.
            harness = AppHarness.over(SandboxTransport(self._process), raise_on_error=False)
        except KeyError as error:
            raise CheckAborted(f"When the page loaded: {_key_error_text(error)}") from None
        except LearndashError as error:
            raise CheckAborted(f"When the page loaded, your app raised an error:\n{error}") from None
        return StudentApp(harness)

    # -- expectations ---------------------------------------------------------------------------

    def expect(self, passed: bool, *, what: str, expected: Any = "", actual: Any = "", hint: str = "", trace: str = "") -> bool:
        """Record one part with its verdict; `expected`/`actual` are shown only when it failed."""
        self.parts.append(
            Part(
                what=cut(what, 2_000),
                passed=bool(passed),
                expected=cut(expected, 2_000) if isinstance(expected, str) else show(expected),
                actual=cut(actual, 2_000) if isinstance(actual, str) else show(actual),
                hint=cut(hint, 2_000),
                trace=cut(trace, 4_000),
            )
        )
        return bool(passed)

    def expect_component(self, app: StudentApp, component_id: Any, *, hint: str = "") -> bool:
        """One part: the layout (as it is now) has a component with this id."""
        present = app.has_component(component_id)
        actual = "no such component"
        if not present:
            try:
                app.harness.get_prop(component_id, "id")
            except KeyError as error:
                actual = _key_error_text(error)
        return self.expect(
            present,
            what=f"a component with id {_show_id(component_id)}",
            expected="present in the layout",
            actual=actual,
            hint=hint or f"Give the component the exact id {_show_id(component_id)}, e.g. id={component_id!r}.",
        )

    def expect_prop(
        self,
        app: StudentApp,
        component_id: Any,
        prop: str,
        expected: Any,
        *,
        hint: str = "",
        compare: Callable[[Any, Any], bool] | None = None,
        read: Callable[[Any], Any] | None = None,
        mistakes: tuple[Mistake, ...] | list[Mistake] = (),
        what: str = "",
    ) -> bool:
        """One part: `component_id.prop` equals `expected` (or `compare(actual, expected)` holds).

        `read` turns the raw prop into what is compared and shown (e.g. a figure into its points).
        On failure the hint comes from the evidence (`evidence.hint_for`): the `mistakes` whose
        output matches what the app showed, else what the callback trace says, then `hint`.
        `what` names the thing looked at when the prop alone does not ("the x axis type").
        Text expected in `children` is compared with the text a person sees when the app wrote
        pieces or components: ["Total: ", 8] and html.B("Total: 8") both read "Total: 8".
        """
        what = f"{what or f'{_show_id(component_id)}.{prop}'} after {app.last_action}"
        try:
            raw = page_value_copy(app.harness.get_prop(component_id, prop))
        except KeyError as error:
            return self.expect(False, what=what, expected=show(expected), actual=_key_error_text(error),
                               hint=hint or "Keep the component with this exact id on the page.")
        if prop == "children" and isinstance(expected, str) and isinstance(raw, (list, dict)) and read is None:
            read = lambda _: app.text(component_id)  # noqa: E731 - the same reading expect_text does; `compare` gets the text too
        try:
            actual = read(raw) if read is not None else raw
        except NotAFigure as error:  # the app's value cannot be read as the figure the check reads
            return self.expect(False, what=what, expected=show(expected), actual=show(raw), hint=str(error),
                               trace=app.trace_of_last_action())
        passed = compare(actual, expected) if compare is not None else actual == expected
        if passed:
            return self.expect(True, what=what)
        observation = app.observation_about(component_id, prop)
        hint = hint_for(actual, mistakes, hint, observation=observation)
        return self.expect(False, what=what, expected=show(expected), actual=show(actual), hint=hint,
                           trace=app.trace_of_last_action())

    def expect_text(self, app: StudentApp, component_id: Any, expected: str, *, hint: str,
                    mistakes: tuple[Mistake, ...] | list[Mistake] = ()) -> bool:
        """One part: the text a person sees in `component_id` equals `expected` (however it is split into children)."""
        return self.expect_prop(app, component_id, "children", expected, read=lambda _: app.text(component_id),
                                what=f"the text of {_show_id(component_id)}", hint=hint, mistakes=mistakes)

    def expect_served(self, app: StudentApp, component_id: Any, prop: str, expected: Any, *, hint: str,
                      compare: Callable[[Any, Any], bool] | None = None) -> bool:
        """One part: the prop as the layout was served, before any callback ran, equals `expected`.

        `expected=None` means "set to None"; `NOT_SET` means "left out".
        """
        actual = app.served_prop(component_id, prop, NOT_SET)
        return self.expect(
            compare(actual, expected) if compare is not None else actual == expected, what=f"{_show_id(component_id)}.{prop} in the layout you wrote (before any callback ran)",
            expected=show(expected), actual=show(actual), hint=hint,
        )

    def require(self, passed: bool, message: str) -> None:
        """Stop the check here with `message` unless `passed` (for a precondition the rest needs)."""
        if not passed:
            raise CheckAborted(message)

    # -- scoring --------------------------------------------------------------------------------

    def fraction(self, planned: int | None) -> float:
        """Share of parts that passed; parts planned but never reached count as failed."""
        total = max(len(self.parts), planned or 0)
        if total == 0:
            return 1.0
        return sum(part.passed for part in self.parts) / total


def _show_id(component_id: Any) -> str:
    return component_id if isinstance(component_id, str) else show(component_id)


def _key_error_text(error: KeyError) -> str:
    """A KeyError's message without the quotes `str(KeyError)` adds."""
    if error.args and isinstance(error.args[0], str):
        return error.args[0]
    return f"there is no component with id {error.args[0]!r}" if error.args else "no such component"
