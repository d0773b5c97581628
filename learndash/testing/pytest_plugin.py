"""The pytest plugin learndash registers: a fixture that builds harnesses and closes them after."""
from __future__ import annotations

from typing import Any, Callable, Iterator

import pytest

from .harness import AppHarness


@pytest.fixture
def app_harness() -> Iterator[Callable[..., AppHarness]]:
    """`app_harness(app)` → a headless `AppHarness` for that app (keyword options pass through)."""

    def build(app: Any, **options: Any) -> AppHarness:
        return AppHarness(app, **options)

    yield build


@pytest.fixture
def browser_harness() -> Iterator[Callable[..., Any]]:
    """`browser_harness(app)` → a `BrowserHarness` in headless Chromium, closed after the test."""
    from .browser import BrowserHarness

    opened: list[Any] = []

    def build(app: Any, **options: Any) -> Any:
        harness = BrowserHarness(app, **options)
        opened.append(harness)
        return harness

    yield build
    for harness in opened:
        harness.close()
