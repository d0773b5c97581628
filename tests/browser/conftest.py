"""Browser tests run in Debian's headless Chromium; outside CI they skip when it is missing."""
from __future__ import annotations

import os
from typing import Any, Callable, Iterator

import pytest

from learndash.testing.browser import BrowserHarness
from learndash.testing.chromium import INSTALL_HINT, chromium_available


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In CI the browser tests must run, so a missing Chromium fails them instead of skipping."""
    if chromium_available() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=f"Chromium is not installed; run: {INSTALL_HINT}")
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(skip)


@pytest.fixture(params=["learndash", "dash"])
def open_page(request: pytest.FixtureRequest) -> Iterator[Callable[..., BrowserHarness]]:
    """`open_page(build)` opens the app `build(lib)` in Chromium, once with learndash's renderer
    (lib = learndash) and once with real Dash (lib = dash), so every expectation is checked
    against Dash itself."""
    opened: list[BrowserHarness] = []
    dash_mode = request.param == "dash"

    def open_app(build: Callable[[Any], Any], **options: Any) -> BrowserHarness:
        if dash_mode:
            import dash

            page = BrowserHarness(lambda: build(dash), dash_mode=True, **options)
        else:
            import learndash

            page = BrowserHarness(build(learndash), **options)
        opened.append(page)
        return page

    open_app.dash_mode = dash_mode
    yield open_app
    for page in opened:
        page.close()


@pytest.fixture
def open_learndash_page() -> Iterator[Callable[..., BrowserHarness]]:
    """Like open_page, for behaviour only learndash's page has (its overlay, its console)."""
    import learndash

    opened: list[BrowserHarness] = []

    def open_app(build: Callable[[Any], Any], **options: Any) -> BrowserHarness:
        page = BrowserHarness(build(learndash), **options)
        opened.append(page)
        return page

    yield open_app
    for page in opened:
        page.close()
