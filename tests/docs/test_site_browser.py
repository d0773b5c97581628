"""The built site in headless Chromium: it opens, the navigation works, search finds a chapter (issue 6).

The site is served from its build directory by a local http.server on 127.0.0.1, as `mkdocs serve`
would, and driven through selenium with Debian's chromium and chromedriver (the BrowserHarness set-up).
"""
from __future__ import annotations

import functools
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from docs_course import chapters
from learndash.testing.chromium import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, INSTALL_HINT, chromium_available

if not chromium_available() and not os.environ.get("CI"):
    pytest.skip(f"Chromium is not installed ({INSTALL_HINT})", allow_module_level=True)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # one line per request would drown test output
        pass


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.TemporaryDirectory(prefix="learndash-docs-chromium-")
    options.add_argument(f"--user-data-dir={profile.name}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    profile.cleanup()


def wait_for(driver, condition: str, timeout: float = 10) -> object:
    """Wait until a JavaScript expression is truthy in the page (polled inside the browser)."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: d.execute_script(f"return {condition};"))


def test_the_home_page_opens(browser, base_url: str) -> None:
    browser.get(base_url + "/")
    assert "learndash" in browser.title
    assert browser.find_element("css selector", "h1").text == "learndash"


def test_the_navigation_tabs_lead_to_the_chapters(browser, base_url: str) -> None:
    """Clicking the Chapters tab, then a chapter in the sidebar, opens that chapter's page."""
    browser.get(base_url + "/")
    tab = next(link for link in browser.find_elements("css selector", ".md-tabs__link") if link.text.strip() == "Chapters")
    tab.click()
    first = chapters()[0]
    sidebar_link = f"a.md-nav__link[href$='{first.slug}/']"
    # A click's navigation is not awaited by selenium: wait until the new page is parsed, not only addressed.
    wait_for(browser, f"location.pathname.endsWith('/chapters/') && document.querySelector({json.dumps(sidebar_link)})")
    link = browser.find_element("css selector", sidebar_link)
    browser.execute_script("arguments[0].click();", link)  # the sidebar may be collapsed at this width
    screenshot = "article img[src*='screenshots']"
    wait_for(browser, f"location.pathname.endsWith('/chapters/{first.slug}/') && document.querySelector({json.dumps(screenshot)})")
    image = browser.find_element("css selector", screenshot)
    assert first.slug in browser.current_url and image.get_attribute("alt"), "the chapter page shows its app's screenshot"


def test_a_chapter_draws_its_callback_graph_and_other_pages_skip_mermaid(browser, base_url: str) -> None:
    """The callback graph is drawn by the mermaid that ships with the site, offline; a page without a
    diagram does not load mermaid's 3 MB at all."""
    browser.get(base_url + f"/chapters/{chapters()[0].slug}/")
    # Material swaps the diagram's <pre class="mermaid"> for a <div class="mermaid"> holding the drawing.
    wait_for(browser, "document.querySelector('div.mermaid')?.getBoundingClientRect().height > 0", timeout=30)
    browser.get(base_url + "/differences/")
    wait_for(browser, "document.readyState === 'complete'")
    assert browser.execute_script("return typeof mermaid;") == "undefined"


def rare_word_of_a_chapter(site: Path) -> tuple[str, str]:
    """(chapter slug, a word that occurs in that chapter's page and in as few other pages as possible)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    words_by_page: dict[str, set[str]] = {}
    for entry in index:
        page = entry["location"].split("#")[0]
        text = re.sub(r"<[^>]+>", " ", entry["title"] + " " + entry["text"]).lower()
        words_by_page.setdefault(page, set()).update(re.findall(r"[a-z]{6,}", text))
    chapter = chapters()[len(chapters()) // 2]
    own = words_by_page[f"chapters/{chapter.slug}/"]
    count = {word: sum(word in words for words in words_by_page.values()) for word in own}
    return chapter.slug, min(sorted(own), key=lambda word: count[word])


def test_search_finds_a_chapter_by_a_word_from_its_text(browser, base_url: str, site: Path) -> None:
    slug, word = rare_word_of_a_chapter(site)
    browser.get(base_url + "/")
    search = browser.find_element("css selector", "input.md-search__input")  # in the header at this width
    search.click()
    search.send_keys(word)
    found = wait_for(
        browser,
        "Array.from(document.querySelectorAll('.md-search-result__link')).map((a) => a.href)"
        f".filter((href) => href.includes('/chapters/{slug}/')).length",
    )
    assert found, f"searching for {word!r} did not list chapters/{slug}/"


def site_pages(site: Path) -> list[str]:
    """The path of every page of the built site, e.g. "/chapters/03_slider_graph/"."""
    pages = sorted(path.relative_to(site).parent.as_posix() for path in site.rglob("index.html"))
    return ["/" if page == "." else f"/{page}/" for page in pages if not page.startswith(("assets", "search"))]


def test_every_page_opens_without_console_errors_and_with_every_image(browser, base_url: str, site: Path) -> None:
    """Each page of the site, opened in Chromium: no error in the console (a failed script, a
    missing file) and every image loaded, the chapters' screenshots included (issue 14)."""
    browser.get_log("browser")  # start from an empty console
    broken = {}
    for page in site_pages(site):
        browser.get(base_url + page)
        wait_for(browser, "document.readyState === 'complete'")
        wait_for(browser, "Array.from(document.images).every((image) => image.complete)")
        missing = browser.execute_script(
            "return Array.from(document.images).filter((image) => image.naturalWidth === 0).map((image) => image.src);"
        )
        errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        if missing or errors:
            broken[page] = {"images not loaded": missing, "console errors": errors}
    assert len(site_pages(site)) > 40
    assert broken == {}
