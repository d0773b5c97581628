"""Run one conformance scenario against any harness: headless, browser, or real Dash in a browser.

`run_scenario(scenario, harness_factory, lib)` is the only entry point. It builds the app with
`lib` (see `libs.py`), opens it with `harness_factory(app, **scenario.harness_options)`, performs
each step's action (set_props, click, advance), and checks, once the page is idle, every expected prop, every named call
count, the ids that must be gone, and the number of new page errors. A harness needs only the
shared API: `set_props`, `click`, `get_prop`, `has_component`, `calls` (records with `.callback`
and `.status`) and `errors`.

All mismatches of a step are reported together, with the step's callback calls, so a failure
points at the rule without a debugger.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from .vocabulary import Matcher, Scenario, Step, concrete_id


def run_scenario(scenario: Scenario, harness_factory: Callable[..., Any], lib: Any) -> Any:
    """Build, open and drive `scenario`; raise AssertionError at the first step that disagrees.

    Returns the harness, so a caller can look further (the harness is left open; whoever made
    the factory closes it, like the `browser_harness` fixture does).
    """
    app = scenario.build(lib)
    harness = harness_factory(app, **dict(scenario.harness_options))
    for number, step in enumerate(scenario.steps):
        calls_before = 0 if step.action is None else len(harness.calls)
        errors_before = 0 if step.action is None else len(harness.errors)
        if step.action is not None:
            perform(harness, step.action)
        problems = check_step(harness, step, calls_before, errors_before, learndash_words=lib.name == "learndash")
        if problems:
            raise AssertionError(failure_report(scenario, number, step, problems, harness.calls[calls_before:]))
    return harness


def perform(harness: Any, action: tuple[Any, ...]) -> None:
    """Do one user action on the harness."""
    verb, component_id, *rest = action
    if verb == "set_props":
        harness.set_props(concrete_id(component_id), rest[0])
    elif verb == "click":
        harness.click(concrete_id(component_id))
    elif verb == "advance":
        harness.advance(rest[0])
    else:
        raise ValueError(f"unknown action {verb!r}; scenarios use set_props, click or advance")


def check_step(harness: Any, step: Step, calls_before: int, errors_before: int, *, learndash_words: bool = True) -> list[str]:
    """Every way the page after `step` differs from what the step expects. Error messages are
    compared by prefix only when learndash words them (`learndash_words`); titles always."""
    problems = []
    for (component_id, prop), expected in step.expect.items():
        label = f"{concrete_id(component_id)!r}.{prop}"
        if not harness.has_component(concrete_id(component_id)):
            problems.append(f"{label}: expected {expected!r}, but the component is not on the page")
            continue
        actual = harness.get_prop(concrete_id(component_id), prop)
        if not value_matches(expected, actual):
            problems.append(f"{label}: expected {expected!r}, got {actual!r}")
    for component_id in step.absent:
        if harness.has_component(concrete_id(component_id)):
            problems.append(f"{concrete_id(component_id)!r} should be gone from the page, but it is there")
    new_calls = harness.calls[calls_before:]
    counts = Counter(record.callback for record in new_calls)
    for name, expected in step.calls.items():
        if isinstance(expected, int):
            if counts[name] != expected:
                problems.append(f"calls of {name}(): expected {expected}, got {counts[name]}")
        else:
            statuses = sorted(record.status for record in new_calls if record.callback == name)
            if statuses != sorted(expected):
                problems.append(f"calls of {name}(): expected statuses {sorted(expected)}, got {statuses}")
    new_errors = harness.errors[errors_before:]
    expected_errors = step.errors if isinstance(step.errors, tuple) else None
    count = len(expected_errors) if expected_errors is not None else step.errors
    if len(new_errors) != count:
        shown = "; ".join(str(getattr(e, "title", e)) for e in new_errors) or "none"
        problems.append(f"page errors: expected {count}, got {len(new_errors)} ({shown})")
    elif expected_errors is not None:
        for spec, error in zip(expected_errors, new_errors):
            if not error.title.startswith(spec.title):
                problems.append(f"page error title: expected {spec.title!r}, got {error.title!r}")
            elif learndash_words and not error.message.startswith(spec.message_prefix):
                problems.append(f"page error message: expected it to start {spec.message_prefix!r}, got {error.message!r}")
    return problems


def value_matches(expected: Any, actual: Any) -> bool:
    """Equality as JSON sees it (1 == 1.0, tuples as lists), or a Matcher's own rule."""
    if isinstance(expected, Matcher):
        return expected.matches(actual)
    if isinstance(expected, tuple):
        expected = list(expected)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual  # JSON keeps true and 1 apart
    return expected == actual


def failure_report(scenario: Scenario, number: int, step: Step, problems: list[str], calls: list[Any]) -> str:
    lines = [
        f"Scenario {scenario.name} (rules {', '.join(scenario.rule_ids)}), step {number}: {step.describe()}",
        *(f"  - {problem}" for problem in problems),
        "  callback calls in this step:",
        *(f"      {record!r}" for record in calls),
    ]
    if not calls:
        lines.append("      (none)")
    if scenario.doc:
        lines += ["  scenario:", *(f"      {line}" for line in scenario.doc.splitlines())]
    return "\n".join(lines)
