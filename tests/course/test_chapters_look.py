"""Every chapter app looks like itself on real Dash: the same app is opened on learndash's page and
on Dash 4.4.1's in the same headless Chromium, and each visible component's box (position and
size) must agree within a few pixels. The screenshots of both are kept for the docs' side-by-side
view (scripts/docs_screenshots.py).

Outside CI these tests skip when Chromium is missing; in CI they must run.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

from learndash.testing.browser import BrowserHarness
from learndash.testing.chromium import INSTALL_HINT, Chromium, chromium_available

pytestmark = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"),
    reason=f"Chromium is not installed; run: {INSTALL_HINT}",
)

CHAPTER_APPS = sorted((Path(__file__).parents[2] / "chapters").glob("*/app.py"))

#: How far a component's edge may be from Dash's: font hinting and sub-pixel rounding, no more.
TOLERANCE_PX = 3


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    """One browser for the whole module: starting Chromium costs about a second."""
    with Chromium() as browser:
        yield browser


def boxes_on(path: Path, chromium: Chromium, *, dash_mode: bool) -> dict[str, list[int]]:
    # A generous timeout: on a loaded machine Dash's lazily loaded components take their time.
    with BrowserHarness(path, dash_mode=dash_mode, chromium=chromium, timeout=60) as page:
        page.wait_drawn()
        return page.component_boxes()


@pytest.mark.parametrize("path", CHAPTER_APPS, ids=[path.parent.name for path in CHAPTER_APPS])
def test_each_component_sits_where_dash_draws_it(path: Path, chromium: Chromium) -> None:
    """Dash 4's look (issue 14): inputs, dropdowns, sliders, option lists, tabs and graphs take the
    same place and size on learndash's page as on Dash's, so the layout a student builds here is
    the layout Dash shows them (graphs refit to their box as in K-7)."""
    ours = boxes_on(path, chromium, dash_mode=False)
    dashs = boxes_on(path, chromium, dash_mode=True)
    assert sorted(ours) == sorted(dashs), "both pages must draw the same components"
    far_off = {
        component_id: {"learndash": ours[component_id], "dash": dashs[component_id]}
        for component_id in dashs
        if max(abs(a - b) for a, b in zip(ours[component_id], dashs[component_id])) > TOLERANCE_PX
    }
    assert far_off == {}, f"[left, top, width, height] differ by more than {TOLERANCE_PX}px"
