"""SandboxTransport is a transport of the renderer model like any other: the page a harness builds over
it, from an app running in a confined child, is the page it builds in process (rule C-12)."""
from __future__ import annotations

from learndash.grading.loading import load_submission
from learndash.grading.runner import shared_fork_server
from learndash.grading.sandbox import Limits, isolation_mode
from learndash.grading.sandbox_transport import SandboxTransport, SubmissionProcess
from learndash.grading.workspace import Workspace
from learndash.testing import AppHarness

from .conftest import SOLUTIONS, SUBMISSIONS


def both_ways(path, act):
    """(harness over the child, harness in process), after `act(harness)` on each."""
    workspace = Workspace(isolation_mode(required=False))
    process = SubmissionProcess(shared_fork_server(), workspace.job("", "xx", path, Limits()))
    try:
        assert process.load()["loaded"] is True
        over = AppHarness.over(SandboxTransport(process), raise_on_error=False)
        local = AppHarness(load_submission(path).app, raise_on_error=False)
        for harness in (over, local):
            act(harness)
        return over, local
    finally:
        process.close()
        workspace.remove()


def without_clock(value):
    """The layout JSON without `n_clicks_timestamp`, which is the time of the click."""
    if isinstance(value, dict):
        return {key: without_clock(item) for key, item in value.items() if key != "n_clicks_timestamp"}
    if isinstance(value, list):
        return [without_clock(item) for item in value]
    return value


def records(harness):
    return [(call.callback, call.status, call.inputs, call.outputs) for call in harness.calls]


def test_pattern_matching_rows_give_the_same_page_and_the_same_calls():
    """MATCH and ALLSMALLER (P-2, P-3) over the wire from a child: same layout, same call records."""

    def act(harness):
        harness.click("add-row")
        harness.click("add-row")
        harness.set_props({"type": "amount", "index": 0}, {"value": 5})
        harness.set_props({"type": "amount", "index": 1}, {"value": 7})

    over, local = both_ways(SOLUTIONS / "09b_running_totals.py", act)
    assert without_clock(over.page.layout) == without_clock(local.page.layout)
    assert records(over) == records(local)
    assert over.get_prop({"type": "running-total", "index": 1}, "children") == local.get_prop(
        {"type": "running-total", "index": 1}, "children")


def test_a_callback_error_is_the_same_page_error(tmp_path):
    """A callback that raises (O-8): the same error title on both pages, the call marked as an error."""
    over, local = both_ways(SUBMISSIONS / "02" / "crashes_on_blank.py", lambda harness: harness.set_props("name-input", {"value": ""}))
    assert [error.title for error in over.errors] == [error.title for error in local.errors] != []
    assert [call.status for call in over.calls] == [call.status for call in local.calls]
    assert "IndexError" in over.errors[0].message
