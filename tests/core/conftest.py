"""Fixtures shared by the rule-organised core tests (issue 2).

Every test builds its own small app; nothing is shared between tests except the global
`@callback` pending list, which is emptied around each test so one test's global callbacks can
never leak into another app.
"""
from __future__ import annotations

from typing import Any, Callable

import pytest

from learndash.callbacks import PENDING_GLOBAL_CALLBACKS
from learndash.testing import AppHarness


@pytest.fixture(autouse=True)
def empty_global_callback_list():
    """The global `@callback` list is visible state (STYLE.md); start and end every test empty."""
    PENDING_GLOBAL_CALLBACKS.clear()
    yield
    PENDING_GLOBAL_CALLBACKS.clear()


@pytest.fixture
def names() -> Callable[[AppHarness], list[str]]:
    """`names(h)` → the callback names of `h.calls`, in the order they ran."""

    def callback_names(harness: AppHarness) -> list[str]:
        return [record.callback for record in harness.calls]

    return callback_names


@pytest.fixture
def calls_of() -> Callable[[AppHarness, str], list[Any]]:
    """`calls_of(h, "update")` → the call records of one callback, in order."""

    def records(harness: AppHarness, name: str) -> list[Any]:
        return [record for record in harness.calls if record.callback == name]

    return records
