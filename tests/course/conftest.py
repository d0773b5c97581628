"""Shared fixtures for the course tests: where the course lives, and loading a chapter's app."""
from __future__ import annotations

from pathlib import Path

import pytest

from learndash.grading.loading import load_submission
from learndash.testing import AppHarness

ROOT = Path(__file__).resolve().parents[2]
SUBMISSIONS = Path(__file__).parent / "submissions"
FAULTS = Path(__file__).parent / "faults"


def chapter_app(folder: str):
    """A fresh copy of chapters/<folder>/app.py's `app`."""
    return load_submission(ROOT / "chapters" / folder / "app.py", seconds=None).app


@pytest.fixture
def open_chapter():
    """open_chapter("06_chained_callbacks") -> an AppHarness on a fresh copy of that chapter's app."""

    def open_(folder: str) -> AppHarness:
        return AppHarness(chapter_app(folder))

    return open_
