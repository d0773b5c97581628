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

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from learndash.exceptions import LearndashError
from learndash.grading.loading import SubmissionError

if TYPE_CHECKING:
    from learndash.grading.sandbox_transport import SubmissionProcess


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


def cut(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with a note: a student's app can answer anything, of any length."""
    return text if len(text) <= limit else text[: limit - 30] + f"\n... (cut: {len(text):,} characters)"


def show(value: Any, limit: int = 200) -> str:
    """`repr` cut to `limit` characters, for feedback lines."""
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


class StudentApp:
    """The student's app in a headless harness, remembering the last action for feedback.

    It offers the harness's own verbs (`set_props`, `click`, `get_prop`, `text`,
    `has_component`, `calls`), and turns a crash or a missing id into `CheckAborted` with a message
    that names the action.
    """

    def __init__(self, harness: Any) -> None:
        self.harness = harness
        self.last_action = "the page loaded"
        self._calls_before_action = 0
        self._errors_before_action = 0

    def _act(self, description: str, action: Callable[[], None]) -> None:
        self.last_action = description
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
        self._act(f"setting {_show_id(component_id)} to {shown}", lambda: self.harness.set_props(component_id, props))

    def click(self, component_id: Any, times: int = 1) -> None:
        """Click a component `times` times (n_clicks + 1 each time)."""
        for _ in range(times):
            self._act(f"clicking {_show_id(component_id)}", lambda: self.harness.click(component_id))

    def get_prop(self, component_id: Any, prop: str) -> Any:
        return self.harness.get_prop(component_id, prop)

    def has_component(self, component_id: Any) -> bool:
        return self.harness.has_component(component_id)

    def text(self, component_id: Any) -> str:
        return self.harness.text(component_id)

    @property
    def calls(self) -> list[Any]:
        return list(self.harness.calls)

    def calls_of_last_action(self) -> list[Any]:
        """The callback runs caused by the last action (or by loading the page)."""
        return list(self.harness.calls[self._calls_before_action :])

    def errors_of_last_action(self) -> list[Any]:
        """The errors (callback exceptions, bad return values) the last action caused."""
        return list(self.harness.errors[self._errors_before_action :])

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

    def start(self) -> StudentApp:
        """Load a fresh copy of the student's app and open it in a headless harness (initial callbacks run)."""
        answer = self._process.load()
        if answer.get("loaded") is not True:
            title, message = answer.get("title"), answer.get("message")
            raise SubmissionError(title if isinstance(title, str) else "Load error",
                                  message if isinstance(message, str) else "Your file could not be loaded.")
        self._loaded = True
        return self._open()

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
                app.get_prop(component_id, "id")
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
    ) -> bool:
        """One part: `component_id.prop` equals `expected` (or `compare(actual, expected)` holds).

        `read` turns the raw prop into what is compared and shown (e.g. a figure into its points).
        """
        what = f"{_show_id(component_id)}.{prop} after {app.last_action}"
        try:
            raw = app.get_prop(component_id, prop)
        except KeyError as error:
            return self.expect(False, what=what, expected=show(expected), actual=_key_error_text(error), hint=hint)
        actual = read(raw) if read is not None else raw
        passed = compare(actual, expected) if compare is not None else actual == expected
        trace = "" if passed else app.trace_of_last_action()
        return self.expect(passed, what=what, expected=show(expected), actual=show(actual), hint=hint, trace=trace)

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
