"""A check whose callback crashes the interpreter costs that check only, and the report names the signal."""
from __future__ import annotations

import pytest

from learndash.grading.runner import shared_fork_server
from learndash.grading.sandbox import Limits, isolation_mode
from learndash.grading.sandbox_transport import ChildStopped, SandboxTransport, SubmissionProcess
from learndash.grading.workspace import Workspace
from learndash.testing import AppHarness

CRASHING_APP = '''
import ctypes
from learndash import Dash, Input, Output, dcc, html

clicks_seen = []

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name", value=""), html.Div(id="count")])


@app.callback(Output("count", "children"), Input("name", "value"))
def count(name):
    if name == "crash":
        ctypes.string_at(0)
    clicks_seen.append(name)
    return len(clicks_seen)
'''


@pytest.fixture
def process(tmp_path):
    (tmp_path / "app.py").write_text(CRASHING_APP)
    workspace = Workspace(isolation_mode(required=False))
    job = workspace.job("", "xx", tmp_path / "app.py", Limits())
    process = SubmissionProcess(shared_fork_server(), job)
    yield process
    process.close()
    workspace.remove()


def page(process):
    assert process.load()["loaded"] is True
    return AppHarness.over(SandboxTransport(process), raise_on_error=False)


def test_a_check_that_crashes_the_interpreter_is_reported_as_the_signal(process):
    """A segmentation fault in a callback ends that check's process; the grading process learns the signal."""
    harness = page(process)
    with pytest.raises(ChildStopped) as stopped:
        harness.set_props("name", {"value": "crash"})
    assert "segmentation fault" in str(stopped.value)
    assert stopped.value.ending == "crashed"
    assert page(process).get_prop("count", "children") == 1  # the next check gets a fresh child
