"""Screenshot every chapter's app in headless Chromium, after the interaction the chapter is about,
on learndash's page and on real Dash 4.4.1's.

    python scripts/docs_screenshots.py            all chapters -> docs/assets/screenshots/NN_name.png
                                                  (and NN_name.dash.png, the same on Dash)
    python scripts/docs_screenshots.py 03 09      only these chapters

Each app is opened in `BrowserHarness` (the page served by the app's own Flask server, driven through
selenium) in a window 800px wide, about what the docs' column shows without shrinking, the steps in
`INTERACTIONS` are played as a person would (move the slider, type, click), the page settles, and
only the app's content is saved as a PNG, cropped to it. The chapter pages show both screenshots
with the interaction's caption, and the docs build fails when a chapter has no screenshot, so a new
chapter needs one line here and one run of this script.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import Any

from docs_course import ROOT, SCREENSHOTS, Chapter, chapters

Step = tuple[Any, ...]  # (BrowserHarness method name, *its arguments)


@dataclass(frozen=True)
class Interaction:
    """What to do with a chapter's app before its screenshot; `caption` says it in words."""

    caption: str
    steps: tuple[Step, ...] = field(default=())


#: Chapter slug -> the realistic interaction its screenshot shows (a chapter not listed is shown as it loads).
INTERACTIONS: dict[str, Interaction] = {
    "01_layout": Interaction("The layout as it loads: headings, a dropdown, a slider, radio items, a graph."),
    "02_basic_callbacks": Interaction(
        "After typing “Hello learndash” in the text box.", (("type_text", "my-input", "Hello learndash"),)
    ),
    "03_slider_graph": Interaction("After moving the slider to 1977.", (("drag_slider", "year-slider", 1977),)),
    "04_multiple_inputs": Interaction(
        "After choosing a linear x axis and moving the slider to 1982.",
        (("select_option", "xaxis-type", "Linear"), ("drag_slider", "year-slider", 1982)),
    ),
    "05_multiple_outputs": Interaction("After typing 3 in the number box.", (("type_text", "num-multi", "3"),)),
    "06_chained_callbacks": Interaction(
        "After choosing Canada, then Toronto.",
        (("select_option", "countries-radio", "Canada"), ("select_option", "cities-radio", "Toronto")),
    ),
    "07_state": Interaction(
        "After typing “Paris” and “France”, then clicking Submit.",
        (("type_text", "input-1-state", "Paris"), ("type_text", "input-2-state", "France"),
         ("click", "submit-button-state")),
    ),
    "08_dropdown_scatter": Interaction(
        "After choosing Honda in the dropdown.", (("select_option", "manufacturer-dropdown", "Honda"),)
    ),
    "09_pattern_matching": Interaction(
        "After adding two filters (choosing MTL in the first), a chart, and two rows of amounts.",
        (
            ("click", "add-filter"),
            ("click", "add-filter"),
            ("select_option", {"type": "filter-dropdown", "index": 0}, "MTL"),
            ("click", "add-chart"),
            ("click", "add-row"),
            ("click", "add-row"),
            ("type_text", {"type": "amount", "index": 0}, "5"),
            ("type_text", {"type": "amount", "index": 1}, "7"),
        ),
    ),
    "10_multi_page": Interaction(
        "On the /fruit page, after choosing Mango: the footer remembers it across pages.",
        (("open", "/fruit"), ("select_option", {"type": "favorite", "name": "fruit"}, "Mango")),
    ),
    "11_testing": Interaction(
        "After typing a bill of 80 and choosing a 20% tip.",
        (("type_text", "bill", "80"), ("select_option", "tip-percent", "20")),
    ),
    "12_stateless": Interaction(
        "After adding milk and eggs to the list.",
        (
            ("type_text", "item-input", "milk"),
            ("click", "add-button"),
            ("type_text", "item-input", "eggs"),
            ("click", "add-button"),
        ),
    ),
    "13_beyond_the_basics": Interaction(
        "After recording 20, 25 and 22, then analysing.",
        (
            ("click", "record"),
            ("type_text", "reading", "25"),
            ("click", "record"),
            ("type_text", "reading", "22"),
            ("click", "record"),
            ("click", "analyse"),
        ),
    ),
}

AS_IT_LOADS = Interaction("The app as it loads.")

# Plotly draws after the callback cascade settles (and may animate a transition): wait for every graph.
GRAPHS_DRAWN = (
    "Array.from(document.querySelectorAll('.js-plotly-plot'))"
    ".every((plot) => plot._fullLayout && !plot._transitioning)"
    " && (window.Plotly !== undefined || !document.querySelector('script[src*=plotly]'))"
)


def interaction_for(chapter: Chapter) -> Interaction:
    return INTERACTIONS.get(chapter.slug, AS_IT_LOADS)


#: The window the apps are shot in: as wide as the docs' text column shows an image almost unshrunk,
#: tall enough for every chapter's app to fit without scrolling.
WINDOW = (800, 1800)


def take_screenshot(chapter: Chapter, harness_class: Any, *, dash_mode: bool = False) -> Path:
    """Open the chapter's app (on Dash's page with dash_mode), play its interaction, and save the
    app's content, cropped, as `docs/assets/screenshots/<slug>.png` (`<slug>.dash.png`)."""
    path = chapter.dash_screenshot_path if dash_mode else chapter.screenshot_path
    with harness_class(chapter.app_path, dash_mode=dash_mode, timeout=60) as page:
        page.resize_window(*WINDOW)
        for method, *arguments in interaction_for(chapter).steps:
            getattr(page, method)(*arguments)
        page.wait_drawn()
        page.wait_until(GRAPHS_DRAWN)
        # Blur the focused element and move to the top, so no caret or scroll position varies between runs.
        page.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        page.wait_idle()
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot_content(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("chapters", nargs="*", help="chapter numbers (default: every chapter)")
    options = parser.parse_args(argv)
    from learndash.testing import BrowserHarness

    unknown = set(INTERACTIONS) - {chapter.slug for chapter in chapters()}
    if unknown:
        print(f"INTERACTIONS names chapters that do not exist: {sorted(unknown)}", file=sys.stderr)
        return 1
    wanted = [chapter for chapter in chapters() if not options.chapters or chapter.number in options.chapters]
    for chapter in wanted:
        for dash_mode in (False, True):
            path = take_screenshot(chapter, BrowserHarness, dash_mode=dash_mode)
            print(f"wrote {path.relative_to(ROOT)}  ({interaction_for(chapter).caption})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
