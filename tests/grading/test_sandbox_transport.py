"""SandboxTransport is a transport of the renderer model like any other: the page a harness builds over
it, from an app running in a confined child, is the page it builds in process (rule C-12)."""
from __future__ import annotations

import pytest

from learndash.grading.loading import load_submission
from learndash.grading.runner import shared_fork_server
from learndash.grading.sandbox import Limits, isolation_mode
from learndash.grading.sandbox_transport import ChildStopped, SandboxTransport, SubmissionProcess
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


class RecordingTransport:
    """An in-process transport that keeps every callback request body the page sends."""

    def __init__(self, app):
        from learndash.transport import InProcessTransport

        self.inner = InProcessTransport(app)
        self.bodies = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def update_component(self, body):
        self.bodies.append(body)
        return self.inner.update_component(body)


def test_a_figure_answer_reads_the_same_from_the_child_the_flask_route_and_the_old_round_trip():
    """The child passes the route's JSON text on as it is (a figure encoded once): read as a page reads
    it, every answer equals the Flask route's and the one the child sent before (encoded, read back
    and encoded again)."""
    from learndash.protocol import dumps, loads_like_javascript

    path = SOLUTIONS / "03_slider_graph.py"
    app = load_submission(path).app
    recording = RecordingTransport(app)
    harness = AppHarness.over(recording)
    harness.set_props("year-slider", {"value": 1952})
    assert len(recording.bodies) == 2  # the initial call, then the slider's
    client = app.server.test_client()
    workspace = Workspace(isolation_mode(required=False))
    process = SubmissionProcess(shared_fork_server(), workspace.job("", "03", path, Limits()))
    try:
        assert process.load()["loaded"] is True
        over = SandboxTransport(process)
        for body in recording.bodies:
            status, answer = recording.inner.update_component(body)
            route = client.post("/_dash-update-component", json=body)
            old_round_trip = loads_like_javascript(dumps(loads_like_javascript(dumps(answer))))
            assert status == route.status_code == 200
            assert answer == loads_like_javascript(route.get_data(as_text=True)) == old_round_trip
            assert over.update_component(body) == (200, answer)
            assert answer["response"]["life-graph"]["figure"]["data"]  # a real figure, not an empty answer
    finally:
        process.close()
        workspace.remove()


def test_a_layout_json_cannot_hold_is_the_same_layout_error_from_the_child(tmp_path):
    """W-1, W-8: the child answers a layout it cannot write with the LayoutError's JSON 500, as the
    Flask route does (it once raised NameError, and the student read 'NameError, which is not an Exception')."""
    path = tmp_path / "numpy_marks.py"
    path.write_text(
        "import numpy as np\n"
        "from learndash import Dash, dcc, html\n"
        "app = Dash(__name__)\n"
        "app.layout = html.Div(dcc.Slider(id='year', min=1952, max=2007, marks={np.int64(1952): '1952'}))\n",
        encoding="utf-8",
    )
    workspace = Workspace(isolation_mode(required=False))
    process = SubmissionProcess(shared_fork_server(), workspace.job("", "xx", path, Limits()))
    try:
        assert process.load()["loaded"] is True
        with pytest.raises(ChildStopped) as raised:
            AppHarness.over(SandboxTransport(process))
    finally:
        process.close()
        workspace.remove()
    assert "which JSON cannot hold" in str(raised.value) and "{str(key): value" in str(raised.value)
