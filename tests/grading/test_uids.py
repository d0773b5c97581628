"""Private user ids: one block per grading run, held under a lock, so concurrent runs never share one;
and without root, `learndash grade` refuses to run instead of grading with weaker isolation."""
from __future__ import annotations

import os

from click.testing import CliRunner

from learndash.cli import main
from learndash.grading.sandbox import OWN_USER, isolation_mode
from learndash.grading.uids import BLOCK_SIZE, UidBlock


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
