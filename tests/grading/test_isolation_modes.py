"""Isolation modes: private user ids, one block per grading run held under a lock, so concurrent runs
never share one; without root, `learndash grade` refuses to run instead of grading with weaker
isolation, and `learndash check` runs the child as the same user and says so."""
from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

from learndash.cli import main
from learndash.grading.sandbox import OWN_USER, isolation_mode
from learndash.grading.uids import BLOCK_SIZE, UidBlock

from .conftest import ROOT


def test_two_runs_hold_two_blocks_and_a_released_block_is_free_again(tmp_path):
    first, second = UidBlock(tmp_path), UidBlock(tmp_path)
    try:
        uids_of_first = {first.take() for _ in range(3)}
        uids_of_second = {second.take() for _ in range(3)}
        assert uids_of_first.isdisjoint(uids_of_second)
        assert abs(first.first - second.first) >= BLOCK_SIZE
        released = first.first
    finally:
        first.release()
    third = UidBlock(tmp_path)
    assert third.first == released  # the lock died with its holder, so the block is free
    third.release()
    second.release()


def test_without_root_grade_refuses_and_says_why(monkeypatch, tmp_path):
    """Never a silent weaker mode: no private uid, no run, and the message says what is needed."""
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    result = CliRunner().invoke(main, ["grade", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "needs root" in result.output and "classmates' files" in result.output
    assert isolation_mode(required=False) == OWN_USER  # learndash check runs, and its report says how


def test_own_user_mode_keeps_the_verdict_out_of_the_childs_reach(tmp_path):
    """Without root (`learndash check` on a laptop) the child runs as the same user, unconfined, but the
    checks still run in the grading process: a patched grader scores honestly, and the report says how."""
    from learndash.grading.graders import grader_for
    from learndash.grading.runner import grade_in_child, shared_fork_server
    from learndash.grading.sandbox import Limits
    from learndash.grading.workspace import Workspace

    from .test_hostile import PATCHES_THE_GRADER

    path = tmp_path / "02_basic_callbacks.py"
    path.write_text(PATCHES_THE_GRADER)
    grader = grader_for("02")
    workspace = Workspace(OWN_USER)
    try:
        job = workspace.job("", "02", path, Limits(), grader.module)
        assert job.uid is None and job.view_root is None
        report = grade_in_child(grader, shared_fork_server(), job, mode=OWN_USER)
    finally:
        workspace.remove()
    assert report.score == 1 and report.isolation == OWN_USER


def test_a_machine_without_namespaces_is_refused_with_the_reason(tmp_path):
    """Root without CAP_SYS_ADMIN (Docker's default): the fork server's probe finds it cannot unshare, and
    the run refuses with what failed and how to allow it, instead of grading with weaker isolation."""
    (tmp_path / "ada").mkdir()
    (tmp_path / "ada" / "02_basic_callbacks.py").write_text("app = None\n")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["setpriv", "--bounding-set", "-sys_admin", sys.executable, "-c", "from learndash.cli import main; main()",
         "grade", str(tmp_path), "-e", "02", "--out", str(tmp_path / "out")],
        env=environment, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1
    assert "refused them" in result.stderr and "unshare: Operation not permitted" in result.stderr and "--cap-add SYS_ADMIN" in result.stderr
    assert not (tmp_path / "out" / "submissions").exists()
