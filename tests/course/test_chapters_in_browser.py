"""The chapter scenarios of test_chapters.py in headless Chromium: on learndash's renderer, and on
real Dash.

In Dash mode each chapter's `app.py` is served as it is, built with `dash` instead of `learndash`
(the browser harness swaps the import line and nothing else), and driven through Dash's own page.
A scenario that passes headless and fails on Dash means learndash teaches something Dash does not
do; one that fails on learndash's page means the renderer and the harness disagree. On learndash's
page the console must also stay free of errors and warnings (issue 3).

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


@pytest.fixture(params=["learndash", "dash"])
def browser_tabs(request: pytest.FixtureRequest, chromium: Chromium) -> Iterator[Callable[[Path], OpenTab]]:
    """`browser_tabs(path)` -> an `open_tab` whose tabs all show one build of that app file, on
    learndash's page or (dash) on real Dash's.

    The first tab uses the shared browser; a second tab open at the same time needs a browser of
    its own. Both talk to servers of the same app object, as two tabs talk to one server process.
    """
    dash_mode = request.param == "dash"
    opened: list[BrowserHarness] = []

    def tabs_of(path: Path) -> OpenTab:
        def open_tab() -> BrowserHarness:
            source = opened[0].app if opened else path
            page = BrowserHarness(source, dash_mode=dash_mode, chromium=None if opened else chromium)
            library = "dash." if dash_mode else "learndash."
            assert type(page.app).__module__.startswith(library), f"the page must be built with {library[:-1]}"
            opened.append(page)
            return page

        return open_tab

    yield tabs_of
    if not dash_mode:
        noisy = [m for page in opened for m in page.console_messages() if m["level"] in ("SEVERE", "WARNING")]
        assert noisy == [], f"the console has errors or warnings: {noisy}"
    for page in reversed(opened):
        page.close()


@pytest.mark.parametrize("case", SCENARIOS, ids=lambda case: case.name)
def test_chapter_behaves_the_same_in_the_browser(case: Scenario, browser_tabs) -> None:
    """Every chapter scenario, on learndash's renderer and on Dash's own renderer and server
    (issues 3 and 4)."""
    case.check(browser_tabs(case.app_path))
