"""Every conformance scenario on real Dash's own page in headless Chromium: the oracle (issue 3).

The scenario's builder makes a `dash.Dash` app from the same code, and `BrowserHarness` drives it
in Dash mode (`window.dash_clientside.set_props` for edits, Dash's redux store for props and
idleness). A failure here means the expectation is wrong, not learndash. One Chromium serves the
whole module; outside CI the module skips when Chromium is missing, in CI it must run.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterator

import pytest

from learndash.testing.browser import BrowserHarness
from learndash.testing.chromium import INSTALL_HINT, Chromium, chromium_available

from .libs import dash_lib
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
def dash_page(chromium: Chromium) -> Iterator[Callable[..., BrowserHarness]]:
    """`dash_page(app, **options)` opens a real Dash app on Dash's page in the shared Chromium."""
    opened: list[BrowserHarness] = []

    def open_app(app: Any, **options: Any) -> BrowserHarness:
        page = BrowserHarness(app, dash_mode=True, chromium=chromium, **options)
        opened.append(page)
        return page

    yield open_app
    for page in opened:
        page.close()


def test_scenario_on_real_dash(scenario, dash_page):
    """The scenario's rule, on Dash 4's own renderer: the expectation itself is checked."""
    run_scenario(scenario, dash_page, dash_lib())
