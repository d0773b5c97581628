"""Every conformance scenario in headless Chromium, on learndash's own page (issue 3).

One Chromium serves the whole module: each scenario gets its own app server and harness, and the
harness leaves the shared browser on a blank page when it closes. Outside CI the module skips
when Chromium is missing; in CI it must run.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterator

import pytest

from learndash.testing.browser import BrowserHarness
from learndash.testing.chromium import INSTALL_HINT, Chromium, chromium_available

from .libs import LEARNDASH
from .runner import run_scenario

pytestmark = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"),
    reason=f"Chromium is not installed; run: {INSTALL_HINT}",
)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    """One headless Chromium for every scenario of this module."""
    with Chromium() as browser:
        yield browser


@pytest.fixture
def learndash_page(chromium: Chromium) -> Iterator[Callable[..., BrowserHarness]]:
    """`learndash_page(app, **options)` opens a learndash app in the shared Chromium."""
    opened: list[BrowserHarness] = []

    def open_app(app: Any, **options: Any) -> BrowserHarness:
        page = BrowserHarness(app, chromium=chromium, **options)
        opened.append(page)
        return page

    yield open_app
    for page in opened:
        page.close()


def test_scenario_in_browser(scenario, learndash_page):
    """The scenario's rule, on learndash's renderer in Chromium (see the scenario's docstring);
    a scenario that expects no page errors also leaves the console free of errors and warnings
    (issue 3: a failed request is logged by Chromium itself, so scenarios with errors are exempt)."""
    page = run_scenario(scenario, learndash_page, LEARNDASH)
    if not any(step.errors for step in scenario.steps):
        noisy = [m for m in page.console_messages() if m["level"] in ("SEVERE", "WARNING")]
        assert noisy == [], f"the console of {scenario.name} has errors or warnings: {noisy}"
