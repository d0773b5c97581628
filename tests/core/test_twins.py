"""The renderer model's twins: each Python module of the model and its JS module of the same name
hold the same public functions, classes and methods, in the same order (snake_case ↔ camelCase).
Deliberate differences sit in the commented allow-lists below; an entry that no longer differs
must leave the list too. The model itself imports nothing from `learndash.testing` and never
the `Dash` app (issue 9, STYLE.md "Twins are a checked fact").
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "learndash"
STATIC = PACKAGE / "static"

TWINS = [
    "protocol", "layout", "patterns", "callback_graph", "scheduler", "dispatch", "renderer", "page_errors", "suggest",
    "persistence", "patch_operations", "running",
]

# Names only the Python side has, and why.
ONLY_IN_PYTHON: dict[str, set[str]] = {
    "layout": {
        # Python keeps the index before a removal only when a removed dict id may get a final
        # call (C-8 d); JS rebuilds it with LayoutIndex.of before every children write.
        "holdsDictIds", "LayoutIndex.copy",
    },
    "protocol": {
        "duplicateSuffix",  # the server builds allow_duplicate ids; the page only reads them
        "callbackOutputId",  # the server builds callback ids; the page parses them
        "errorBody",  # the server writes error answers; the page reads them (readErrorBody)
        "dumps",  # Python's JSON encoder for callback values; the browser has JSON.stringify
        "loadsLikeJavascript",  # JavaScript's number semantics for Python's JSON parser
        "javascriptText",  # JavaScript's String() for Python values
        # Python reads JSON that student code wrote (a grading child, a clientside function) under
        # limits; the browser page is the student's own and needs none
        "loadsUntrusted", "UnreadableJSON",
    },
    "patterns": {
        "sameIdValue",  # JavaScript's === on id values
        "idValueSortKey",  # Python sorts by key; JS by a comparator (idValSort)
        "isSmaller",  # JS compares with idValSort(a, b) < 0
    },
    "callback_graph": {
        # Python keeps callbacks as value objects and indexes them in a CallbackGraph (fast lookups
        # in large apps); JS works on parsed plain objects with free functions.
        "WireCallback", "WireCallback.hasNoOutput", "WireCallback.firesInitially", "WireCallback.inputProps",
        "WireCallback.stateProps", "WireCallback.outputMatchKeys", "WireCallback.outputNames",
        # build_body's lane for callbacks of string ids: the headless harness's hot path (issue 15)
        "WireCallback.namesComponentsOnlyByString",
        "Request", "Request.idsFor",
        "CallbackGraph", "CallbackGraph.inputsOn", "CallbackGraph.outputsOn", "CallbackGraph.callbacksTriggeredBy",
        "CallbackGraph.initialRequests", "CallbackGraph.noOutputRequests", "CallbackGraph.finalCallRequests",
        "CallbackGraph.resolveOutputs", "CallbackGraph.resolveInputs", "CallbackGraph.outputPropIds",
        "CallbackGraph.inputPropIds", "CallbackGraph.propsTouchedBy", "CallbackGraph.readyToRun", "CallbackGraph.waitsFor",
    },
    "scheduler": {
        "excludeMissingInputs",  # JS applies I-3 inside callback_graph.js's request builders
        # Python keeps what finished group requests wrote in an object; JS in Scheduler.stored.
        "ExecutionGroups", "ExecutionGroups.new", "ExecutionGroups.record", "ExecutionGroups.isIrrelevant",
    },
    "dispatch": {
        "CallRecord",  # what the headless harness records per request
        "Outcome",  # Python's typed result; JS uses {data} / {error} / {skipped} objects
        "CallRecord.toJson",  # JS trace entries are built as that JSON directly (callRecord)
        "readAnswer",  # JS reads the answer inside executeRequest's fetch
        "callbackIsMulti",
    },
    "renderer": {
        "Page.open",  # fetches config, layout, dependencies through a transport (main.js in the browser)
        "Page.mount",  # JS: mounting.js's Mounter.mount draws the component; its module makes the mount writes
        "Page.mountDrawn",  # JS: the Mounter mounts what each component draws; Tabs.js draws only the selected Tab
        # JS: a lazy component's module passes its late write to mountLate as a closure, and
        # Dropdown.js keeps its own "options checked" state
        "Page.finishMount", "Page.checkOptions",
        "Page.nowMs",  # the browser has Date.now()
        "Page.componentDidUpdate",  # in the browser each component module answers its own updates
        "Page.navigate",  # in the browser Location.js and window.location do this
        "Page.settle",  # JS: the Scheduler runs asynchronously, step by step
        # JS: Scheduler.process takes the ready requests, executeRequest sends them, and requests
        # queued by running= values go out while others are in flight because the page is async.
        "Page.takeReady", "Page.send", "Page.sendWhileInFlight",
        "Page.requestBody",  # JS: dispatch.prepareBody
        "Page.execute",
        "Page.clientsideEngine",  # the browser runs clientside functions in its own JS (dispatch.runClientside)
        "Page.propsOf",  # JS reads component.props inline in Page.patched
        "Page.replaceChildren",  # JS: inline in applyResult, with the DOM update
        "readyRequests",  # JS asks readyToRun with the in-flight requests; Python runs one at a time
        "checkLayoutJson",  # main.js trusts its own server's JSON
    },
    "persistence": {
        "EditStores.newPage",  # the model's reload() keeps local/session stores; a browser reload does that itself
    },
    "page_errors": {
        "MissingComponentError",  # the exception the harness raises; the overlay only shows text
        # the browser, like Dash's, sends such a request again and again; the headless page stops and says why
        "runningRestartsItself",
    },
}

# Names only the JS side has, and why.
ONLY_IN_JS: dict[str, set[str]] = {
    "layout": {
        "isWithin",  # JS finds a chunk's own outputs by path; Python by the ids it inserted
        "LayoutIndex.forget",  # the twin of Python's private `LayoutIndex._forget`
    },
    "patterns": {
        # Python has these as methods of the Input/Output/State value objects (dependencies.py).
        "wildcardOf", "isMultiValued", "keysWith",
        "idValSort",  # see idValueSortKey
        "triggerFeeds",  # Python: callback_graph._compatible
    },
    "callback_graph": {
        # The free-function form of CallbackGraph (see ONLY_IN_PYTHON["callback_graph"]).
        "makeRequest", "uniqueKey", "outputPropIds", "inputPropIds", "dependenciesOn", "callbacksTriggeredBy",
        "downstreamOutputs", "readyToRun", "initialRequests", "chunkRequests", "finalCallRequests",
    },
    "scheduler": {
        "isIrrelevant",  # Python: ExecutionGroups.is_irrelevant
        # The asynchronous queue of the browser (requested -> prioritized -> executing), at most
        # 12 requests in flight; the Python page settles synchronously in Page.settle.
        "Scheduler", "Scheduler.pending", "Scheduler.request", "Scheduler.scheduleProcessing", "Scheduler.process",
        "Scheduler.forgetFinishedGroups", "Scheduler.dispatchPrioritized", "Scheduler.finish",
    },
    "dispatch": {
        "prepareBody",  # Python: Page.request_body
        "executeRequest",  # Python: Page.execute over a Transport
        "readAnswerInto",  # completes the trace entry in place; Python: read_answer fills the CallRecord
    },
    "patch_operations": {
        "PatchError",  # Python's PatchError lives in exceptions.py with the other learndash errors
    },
    "renderer": {
        # The browser page: spinners and title while requests run, the testing API of the page.
        "Page.pendingChanged", "Page.testingApi",
        "Page.setPropsFromClientside",  # dash_clientside.set_props from the page's scripts
        # the DOM shows written props after their listeners are requested; in Python the
        # component's answer is component_did_update, given at the same moment
        "Page.updateInstance",
    },
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def python_names(module: str) -> list[str]:
    """Public top-level functions and classes, and the public methods of those classes, in order."""
    names = []
    for node in ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            names.append(camel(node.name))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            names.append(node.name)
            names += [
                f"{node.name}.{camel(item.name)}"
                for item in node.body
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_")
            ]
    return names


def javascript_names(module: str) -> list[str]:
    """Exported functions and classes, and the methods of those classes, in order."""
    names: list[str] = []
    current_class = None
    for line in (STATIC / f"{module}.js").read_text(encoding="utf-8").splitlines():
        exported = re.match(r"^export (?:async )?function (\w+)", line)
        exported_class = re.match(r"^export class (\w+)", line)
        method = re.match(r"^  (?:static )?(?:async )?(?:get )?(\w+)\(.*\) \{$", line)
        if exported:
            names.append(exported.group(1))
            current_class = None
        elif exported_class:
            current_class = exported_class.group(1)
            names.append(current_class)
        elif line.startswith("}"):
            current_class = None
        elif current_class and method and method.group(1) not in ("constructor", "if", "for", "while", "switch"):
            names.append(f"{current_class}.{method.group(1)}")
    return names


@pytest.mark.parametrize("module", TWINS)
def test_twins_have_the_same_names_in_the_same_order(module):
    """Python `learndash/<module>.py` and JS `learndash/static/<module>.js` (STYLE.md twins)."""
    python, javascript = python_names(module), javascript_names(module)
    only_python = [n for n in python if n not in javascript]
    only_javascript = [n for n in javascript if n not in python]
    assert set(only_python) == ONLY_IN_PYTHON.get(module, set()), (
        f"{module}: names only in Python {only_python}; add the twin in {module}.js or explain it in ONLY_IN_PYTHON"
    )
    assert set(only_javascript) == ONLY_IN_JS.get(module, set()), (
        f"{module}: names only in JS {only_javascript}; add the twin in {module}.py or explain it in ONLY_IN_JS"
    )
    shared_python = [n for n in python if n in javascript]
    shared_javascript = [n for n in javascript if n in python]
    assert shared_python == shared_javascript, f"{module}: the shared names are in a different order"


def test_names_are_read_from_both_files():
    """The name readers find real names (so the twin test cannot pass on empty lists)."""
    assert python_names("renderer")[:3] == ["Page", "Page.open", "Page.start"]
    assert javascript_names("renderer")[:3] == ["Page", "Page.start", "Page.queueGroup"]
    assert "LayoutIndex.replaceSubtree" in javascript_names("layout")


MODEL = [
    "renderer", "dispatch", "callback_graph", "scheduler", "patterns", "layout", "protocol", "behaviors", "page_errors",
    "patch_operations",
]


@pytest.mark.parametrize("module", MODEL)
def test_the_renderer_model_knows_apps_only_through_the_wire(module):
    """Issue 9: the model imports nothing from learndash.testing, nor the app, callbacks,
    execute or server modules: it knows an app only from config, layout, dependencies and answers."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported.add(("." * node.level) + (node.module or ""))
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    forbidden = {".testing", "learndash.testing", ".app", ".callbacks", ".execute", ".server", "flask", "dash"}
    assert not {name for name in imported if name in forbidden or name.startswith((".testing.", "learndash.testing."))}, imported
