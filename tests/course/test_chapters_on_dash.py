"""The chapter scenarios of test_chapters.py, on real Dash in headless Chromium.

Each chapter's `app.py` is served as it is, built with `dash` instead of `learndash` (the browser
harness's Dash mode swaps the import line and nothing else), and driven through Dash's own page.
A scenario that passes headless and fails here means learndash teaches something Dash does not do.

Outside CI these tests skip when Chromium is missing; in CI they must run.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

import pytest

from learndash.testing.browser import BrowserHarness
from learndash.testing.chromium import INSTALL_HINT, Chromium, chromium_available

from .test_chapters import SCENARIOS, OpenTab, Scenario

pytestmark = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"),
    reason=f"Chromium is not installed; run: {INSTALL_HINT}",
)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    """One browser for the whole module: starting Chromium costs about a second."""
    with Chromium() as browser:
        yield browser


@pytest.fixture
def dash_tabs(chromium: Chromium) -> Iterator[Callable[[Path], OpenTab]]:
    """`dash_tabs(path)` -> an `open_tab` whose tabs all show one Dash build of that app file.

    The first tab uses the shared browser; a second tab open at the same time needs a browser of
    its own. Both talk to servers of the same app object, as two tabs talk to one server process.
    """
    opened: list[BrowserHarness] = []

    def tabs_of(path: Path) -> OpenTab:
        def open_tab() -> BrowserHarness:
            source = opened[0].app if opened else path
            page = BrowserHarness(source, dash_mode=True, chromium=None if opened else chromium)
            assert type(page.app).__module__.startswith("dash."), "the page must be built with real Dash"
            opened.append(page)
            return page

        return open_tab

    yield tabs_of
    for page in reversed(opened):
        page.close()


@pytest.mark.parametrize("case", SCENARIOS, ids=lambda case: case.name)
def test_chapter_behaves_the_same_on_dash(case: Scenario, dash_tabs) -> None:
    """Every chapter scenario, on Dash's own renderer and server (issue 4)."""
    case.check(dash_tabs(case.app_path))
