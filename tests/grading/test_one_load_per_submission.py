"""The child runs a submission's file once, as a served app does, and gives each check a fresh copy of it.

Each check's `t.start()` asks for a load; the child answers it from a new fork of the process that
loaded the file, so module-level code runs once per submission, and what one check's callbacks
change in the module is gone in the next check (checks stay independent).
"""
from __future__ import annotations

import pytest

from learndash.grading.isolation import read_output
from learndash.grading.runner import shared_fork_server
from learndash.grading.sandbox import Limits, isolation_mode
from learndash.grading.sandbox_transport import ChildStopped, SandboxTransport, SubmissionProcess
from learndash.grading.workspace import Workspace
from learndash.testing import AppHarness

COUNTING_APP = '''
import ctypes, os
from learndash import Dash, Input, Output, dcc, html

os.write(1, b"module ran\\n")
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
    (tmp_path / "app.py").write_text(COUNTING_APP)
    workspace = Workspace(isolation_mode(required=False))
    job = workspace.job("", "xx", tmp_path / "app.py", Limits())
    process = SubmissionProcess(shared_fork_server(), job)
    yield process
    process.close()
    workspace.remove()


def page(process):
    assert process.load()["loaded"] is True
    return AppHarness.over(SandboxTransport(process), raise_on_error=False)


def test_module_code_runs_once_and_each_load_starts_from_the_loaded_module(process):
    """Three loads (three checks): the file ran once, and each page starts from an untouched module."""
    first = page(process)
    first.set_props("name", {"value": "a"})
    first.set_props("name", {"value": "b"})
    assert first.get_prop("count", "children") == 3  # the initial call and two changes, in one module
    for _ in range(2):
        assert page(process).get_prop("count", "children") == 1  # only this page's initial call
    assert read_output(process.job.output_path, 1000).count("module ran") == 1


def test_a_check_that_crashes_the_interpreter_is_reported_as_the_signal(process):
    """A segmentation fault in a callback ends that check's process; the grading process learns the signal."""
    harness = page(process)
    with pytest.raises(ChildStopped) as stopped:
        harness.set_props("name", {"value": "crash"})
    assert "segmentation fault" in str(stopped.value)
    assert stopped.value.ending == "crashed"
    assert page(process).get_prop("count", "children") == 1  # the next check gets a fresh child
