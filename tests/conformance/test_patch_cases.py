"""Every Patch operation (rule O-7) on both twins of the renderer: `apply_patch` in Python and
`applyPatch` (static/patch_operations.js) in Chromium, plus the wire bytes against `dash.Patch`.

The expected values are those of Dash's own renderer: the scenario O-7-every-patch-operation
runs the same cases on real Dash's page (test_dash_oracle.py).
"""
from __future__ import annotations

import copy
import os

import dash
import pytest

import learndash
from learndash.patch_operations import apply_patch
from learndash.protocol import dumps, loads_like_javascript
from learndash.testing.browser import BrowserHarness
from learndash.testing.chromium import INSTALL_HINT, chromium_available

from .patch_cases import CASES

needs_chromium = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"),
    reason=f"Chromium is not installed; run: {INSTALL_HINT}",
)


def wire(case, patch_class=learndash.Patch):
    """The Patch JSON that the renderer receives for this case."""
    patch = patch_class()
    case.edit(patch)
    return loads_like_javascript(dumps(patch))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_python_twin_applies_each_operation_as_dash_does(case):
    """O-7: apply_patch gives the value Dash's renderer gives, and leaves the old value alone
    (the store compares old and new)."""
    start = copy.deepcopy(case.start)
    assert apply_patch(start, wire(case)) == case.expected
    assert start == case.start


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_wire_form_is_byte_for_byte_dash(case):
    """O-7: learndash.Patch serializes to exactly the bytes dash.Patch does."""
    theirs = dash.Patch()
    case.edit(theirs)
    assert dumps(wire(case)) == dash._utils.to_json(theirs)


APPLY_IN_PAGE = """
return import("/_learndash/static/patch_operations.js").then((patch) => arguments[0].map(([start, wire]) => {
  const frozen = JSON.stringify(start);
  const result = patch.applyPatch(start, wire);
  return {result: JSON.parse(JSON.stringify(result)), unchanged: JSON.stringify(start) === frozen};
}));
"""


@needs_chromium
def test_js_twin_applies_each_operation_as_dash_does():
    """O-7: static/patch_operations.js's applyPatch, run in Chromium, gives every case's expected
    value and leaves the old value alone."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div(id="empty")
    with BrowserHarness(app) as page:
        outcomes = page.execute_script(APPLY_IN_PAGE, [[case.start, wire(case)] for case in CASES])
    wrong = {
        case.name: outcome
        for case, outcome in zip(CASES, outcomes)
        if not (outcome["unchanged"] and loads_like_javascript(dumps(outcome["result"])) == case.expected)
    }
    assert wrong == {}
