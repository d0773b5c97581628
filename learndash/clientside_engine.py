"""Clientside callbacks without a browser: the page's scripts in an embedded V8 (rule C-10).

The headless page (`renderer.Page`) hands a clientside request to a `ClientsideEngine` instead of
the transport. The engine is V8 from the `mini-racer` package, loaded with the same JavaScript the
browser page runs: `static/protocol.js` and `static/clientside.js` (as plain scripts), then the
app's own scripts (its assets/ folder and the inline functions of the index page). So a clientside
function is called, and its return value read, by one implementation in both places.

V8 has no DOM: a function that touches `document` fails here as it would in a page without that
element. `dash_clientside.set_props` calls are collected and applied with the answer, like a
server's `set_props` (rule C-2 item 3).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .exceptions import LearndashError
from .protocol import UnreadableJSON, error_body, loads_untrusted, stringify_id
from .quote import short_repr

# The page's JavaScript is the student's code: in a grader it runs in the grading process, so it
# gets the limits a browser tab never needs: a time limit on every evaluation and a heap ceiling,
# and what it answers is read as untrusted JSON (`loads_untrusted`: depth and size limits, shape checked).
MEMORY_LIMIT_BYTES = 256 * 1024 * 1024
TIMEOUT_S = 10.0  # per evaluation: loading a script, or one callback with its Promise
LIMIT_ERRORS = ("JSTimeoutException", "JSOOMException", "TimeoutError")  # mini-racer's names for them

STATIC_DIR = Path(__file__).parent / "static"
MISSING_ENGINE = (
    "This app has clientside callbacks ({names}), whose JavaScript the headless harness runs in an "
    "embedded V8 engine from the `mini-racer` package, which is not installed. Install it with "
    "`pip install learndash[clientside]` (or `pip install mini-racer`), or test the app in a browser "
    "with BrowserHarness."
)
GLOBALS = """
var window = globalThis;
var self = globalThis;
var learndashSetProps = [];
"""
# For a confined engine (a grader's): V8's heap limit does not count the memory of array buffers
# and WebAssembly, which a student's script could otherwise fill without bound in the grading
# process, so the constructors that make them are taken away before the app's scripts run.
OUTSIDE_THE_HEAP = """
for (const name of ["ArrayBuffer", "SharedArrayBuffer", "DataView", "WebAssembly", "Atomics", "Int8Array",
                    "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
                    "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"]) {
  delete globalThis[name];
}
"""
# Run before the app's scripts and again after them, in case one replaced window.dash_clientside.
INSTALL = """
installClientsideMarkers(window.dash_clientside = window.dash_clientside || {});
window.dash_clientside.set_props = function (id, props) { learndashSetProps.push([id, learndashUndefinedAsNull(props)]); };
function learndashUndefinedAsNull(props) {
  if (props && typeof props === "object") {
    props = Object.assign({}, props);
    Object.keys(props).forEach(function (name) { if (props[name] === undefined) { props[name] = null; } });
  }
  return props;
}
function learndashAnswerText(answer) {
  var body = answer && answer[1];
  if (body && body.response && typeof body.response === "object") {
    Object.keys(body.response).forEach(function (id) { body.response[id] = learndashUndefinedAsNull(body.response[id]); });
  }
  return JSON.stringify(answer);
}
"""
# The page holds a prop a clientside function set to `undefined` (returned, or given to set_props),
# which reads as None and triggers its listeners, as in Dash; JSON would drop the key and with it
# the write, so the engine writes such a prop as null (`learndashUndefinedAsNull`) before it
# crosses to Python. Values inside a prop keep JSON's rules, as when the page sends them.


def as_plain_script(module_source: str) -> str:
    """An ES module of learndash/static as a classic script: imports dropped (the engine loads the
    imported module first), `export` keywords removed."""
    without_imports = re.sub(r"^import .*?;\s*$", "", module_source, flags=re.MULTILINE | re.DOTALL)
    return re.sub(r"^export ", "", without_imports, flags=re.MULTILINE)


def load_v8(callback_names: list[str]) -> Any:
    """A fresh V8 context, or a teaching error naming the extra to install."""
    try:
        from py_mini_racer import MiniRacer
    except ImportError:
        raise LearndashError(MISSING_ENGINE.format(names=", ".join(callback_names))) from None
    return MiniRacer()


class ClientsideEngine:
    """One page load's JavaScript world: `window.dash_clientside` and the app's scripts."""

    def __init__(self, scripts: list[str], *, callback_names: list[str], time_left: Callable[[], float | None] = lambda: None,
                 confined: bool = False) -> None:
        """`confined`: the scripts may be hostile (a grader's page): no memory outside V8's heap limit."""
        self.time_left = time_left
        self.v8 = load_v8(callback_names)
        self.v8.set_hard_memory_limit(MEMORY_LIMIT_BYTES)
        for name in ("protocol.js", "clientside.js"):
            self.v8.eval(as_plain_script((STATIC_DIR / name).read_text(encoding="utf-8")))
        self.v8.eval(GLOBALS + (OUTSIDE_THE_HEAP if confined else "") + INSTALL)
        for number, script in enumerate(scripts):
            try:
                self.v8.eval(script, timeout_sec=self.seconds())
            except Exception as error:  # the app's script itself is broken: say which one and where
                first_line = str(error).strip().splitlines()[0]
                raise LearndashError(
                    f"The page's script {number + 1} of {len(scripts)} failed in the headless harness's V8 "
                    f"engine: {first_line}, in: {failing_line(first_line, script)!r}. Fix the script (in "
                    "assets/ or in the clientside_callback source)."
                ) from error
        self.v8.eval(INSTALL)

    def answer(self, reference: dict[str, str], body: dict[str, Any]) -> tuple[int, Any]:
        """Run the clientside function for `body` and answer like the server: (status, JSON)."""
        call = f"answerClientside(window.dash_clientside, {json.dumps(reference)}, {json.dumps(body)}).then(learndashAnswerText)"
        seconds = self.seconds()
        try:
            status, answer = read_engine_answer(self.v8.eval(call, timeout_sec=seconds).get(timeout=seconds))
            side_updates = self.collected_set_props()
        except UnreadableJSON as error:
            self.forget_set_props()
            return 500, error_body("ClientsideError", f"This clientside callback's answer was not read: {error}.")
        except Exception as error:
            if type(error).__name__ not in LIMIT_ERRORS and not type(error).__module__.startswith("py_mini_racer"):
                raise
            self.forget_set_props()
            if type(error).__name__ in LIMIT_ERRORS:
                return 500, error_body("ClientsideLimitExceeded", limit_message(error, seconds))
            return 500, error_body("ClientsideError", PLUMBING_BROKEN.format(error=str(error).strip().splitlines()[0]))
        if side_updates and status in (200, 204):
            answer = answer or {"multi": True, "response": {}}
            answer["sideUpdate"] = side_updates
            status = 200
        return status, answer

    def seconds(self) -> float:
        """How long the next evaluation may run: TIMEOUT_S, or less when the caller has less time left
        (a grader's check: this process runs the page's JavaScript, and no deadline of the child's
        stops it), but never under a twentieth of a second."""
        left = self.time_left()
        return TIMEOUT_S if left is None else max(min(TIMEOUT_S, left), 0.05)

    def forget_set_props(self) -> None:
        """Drop the `set_props` calls of a callback that failed: they are not applied, as in the
        browser, and must not be taken for the next callback's."""
        self.v8.eval("learndashSetProps = [];")

    def collected_set_props(self) -> dict[str, dict[str, Any]]:
        """`dash_clientside.set_props` calls since the last answer, merged per id, in call order."""
        calls = read_set_props_calls(self.v8.eval("JSON.stringify(learndashSetProps.splice(0))"))
        merged: dict[str, dict[str, Any]] = {}
        for component_id, props in calls:
            merged.setdefault(stringify_id(component_id), {}).update(props)
        return merged


def limit_message(error: Exception, seconds: float) -> str:
    """What a clientside function that ran past `seconds`, or filled the heap, is told."""
    out_of_memory = type(error).__name__ == "JSOOMException"
    limit = f"{MEMORY_LIMIT_BYTES // 2**20} MB of memory" if out_of_memory else f"{seconds:.3g} seconds"
    return (
        f"This clientside callback did not finish within {limit} "
        "(an endless loop, or a Promise that never settles?). A callback must return quickly: "
        "look for a loop whose condition never changes."
    )


#: The page's scripts share one global scope with the engine's own (`answerClientside`,
#: `learndashSetProps`, `learndashAnswerText`, `JSON.stringify`), as they share the browser's window with Dash's renderer:
#: one that replaces them breaks every clientside callback, and is told so instead of stopping the harness.
PLUMBING_BROKEN = (
    "The page's JavaScript broke the engine's own call of this callback ({error}). A script in assets/ "
    "or a clientside function may have replaced answerClientside, learndashSetProps, learndashAnswerText or JSON.stringify."
)


def read_engine_answer(text: Any) -> tuple[int, Any]:
    """The `[status, answer]` JSON text `answerClientside` gives, read as untrusted (the page's
    scripts can replace the function, and a callback can return anything): `UnreadableJSON` otherwise."""
    parsed = loads_untrusted(text) if isinstance(text, str) else text
    if not (isinstance(parsed, list) and len(parsed) == 2 and type(parsed[0]) is int):
        raise UnreadableJSON(f"{short_repr(parsed, 80)} instead of [status, answer]")
    if parsed[0] in (200, 204) and not (parsed[1] is None or isinstance(parsed[1], dict)):
        raise UnreadableJSON(f"{short_repr(parsed, 80)}, whose answer is not a response object")
    return parsed[0], parsed[1]


def read_set_props_calls(text: Any) -> list[list[Any]]:
    """The `[id, props]` pairs of the `dash_clientside.set_props` calls, read as untrusted JSON:
    `UnreadableJSON` naming a call without a component id (a string or a dict) and a dict of props."""
    calls = loads_untrusted(text) if isinstance(text, str) else text
    if not isinstance(calls, list):
        raise UnreadableJSON(f"the dash_clientside.set_props calls are {short_repr(calls, 80)}, not a list")
    for call in calls:
        if not (isinstance(call, list) and len(call) == 2 and isinstance(call[0], (str, dict)) and isinstance(call[1], dict)):
            arguments = ", ".join(short_repr(argument, 60) for argument in (call if isinstance(call, list) else [call]))
            raise UnreadableJSON(f"dash_clientside.set_props({arguments}) needs a component id (a string or a dict) "
                                 "and a dict of props, e.g. set_props('out', {children: 'done'})")
    return calls


def failing_line(message: str, script: str) -> str:
    """The script line V8's message points at (`<anonymous>:4: SyntaxError ...`), else its start."""
    found = re.match(r"<anonymous>:(\d+):", message)
    lines = script.splitlines()
    if found and 0 < int(found.group(1)) <= len(lines):
        return lines[int(found.group(1)) - 1].strip()[:160]
    return script.strip()[:120]


def time_left_of(transport: Any) -> Callable[[], float | None]:
    """The transport's `clientside_seconds` (how long the page's JavaScript may run now), or, from a
    transport without one, a function answering None: the engine's own TIMEOUT_S."""
    return getattr(transport, "clientside_seconds", None) or (lambda: None)


def confines_javascript(transport: Any) -> bool:
    """Whether the page's JavaScript behind `transport` may be hostile and runs in a process that
    must survive it (a grader's `SandboxTransport`), so its engine is confined."""
    return getattr(transport, "confines_javascript", False)


def fetch_clientside_scripts(transport: Any) -> list[str]:
    """The page's scripts that clientside functions need, from a transport that can fetch them
    (`fetch_clientside_scripts()`); none from one that cannot."""
    fetch = getattr(transport, "fetch_clientside_scripts", None)
    return list(fetch()) if fetch is not None else []
