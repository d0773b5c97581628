"""The docs site has a page for every chapter, exercise, solution and public API name, and no broken links."""
from __future__ import annotations

import importlib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.exceptions import PluginError

import docs_callback_graphs
import docs_hooks
from docs_course import Chapter, chapters, exercises
from docs_screenshots import INTERACTIONS


class LinkCollector(HTMLParser):
    """Every href/src of a page, the ids it defines, and the resources it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.loaded: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name])
        if tag in ("script", "img", "iframe") and values.get("src"):
            self.loaded.append(values["src"])
        if tag == "link" and values.get("href") and values.get("rel") in ("stylesheet", "preload", "icon"):
            self.loaded.append(values["href"])


def parse(page: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector


def page_of(site: Path, uri: str) -> Path:
    """docs URI 'chapters/03_slider_graph.md' -> the built chapters/03_slider_graph/index.html."""
    stem = uri.removesuffix(".md")
    return site / ("index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html")


def test_mkdocs_build_strict_passes(site: Path) -> None:
    """`mkdocs build --strict` succeeds: no warning anywhere (issue 6)."""
    assert (site / "index.html").exists()


@pytest.mark.parametrize("chapter", chapters(), ids=lambda chapter: chapter.slug)
def test_every_chapter_has_a_page_with_its_app_screenshot_and_graph(site: Path, chapter: Chapter) -> None:
    """A chapter page includes its app's code (from the file), its screenshot and its callback graph."""
    html = page_of(site, chapter.page_uri).read_text(encoding="utf-8")
    assert f"assets/screenshots/{chapter.slug}.png" in html
    assert 'class="mermaid"' in html
    first_def = next(line for line in chapter.app_path.read_text().splitlines() if line.startswith(("app = ", "def ")))
    assert first_def.split("(")[0].split()[-1] in html  # the code is there, highlighted


@pytest.mark.parametrize("exercise", exercises(), ids=lambda exercise: exercise.slug)
def test_every_exercise_has_a_page_and_its_solution_its_own(site: Path, exercise) -> None:
    """Exercise pages show the task, `learndash check NN` and hints; solutions are on separate pages."""
    page = page_of(site, exercise.page_uri).read_text(encoding="utf-8")
    assert f"learndash check {exercise.key}" in page
    assert "Hints" in page
    solution = page_of(site, exercise.solution_page_uri)
    assert exercise.solution_path.exists() and solution.exists()
    assert "Reference solution" in solution.read_text(encoding="utf-8")


def public_names() -> list[tuple[str, str, str]]:
    """(module, name, reference page) for every public API name."""
    import learndash.exceptions

    modules = {
        "learndash": "reference/learndash.md",
        "learndash.testing": "reference/testing.md",
        "learndash.dependencies": "reference/dependencies.md",
        "learndash.dcc": "reference/components.md",
    }
    found = [(module, name, page) for module, page in modules.items() for name in importlib.import_module(module).__all__]
    found += [
        ("learndash.exceptions", name, "reference/exceptions.md")
        for name, value in vars(learndash.exceptions).items()
        if isinstance(value, type) and issubclass(value, Exception) and value.__module__ == "learndash.exceptions"
    ]
    return found


@pytest.mark.parametrize("module, name, page", public_names(), ids=lambda value: str(value))
def test_every_public_api_name_is_documented(site: Path, module: str, name: str, page: str) -> None:
    """Each name in a public module's __all__ (and each exception) has an entry in the API reference."""
    if module == "learndash" and name in ("html", "dcc"):  # modules: a section of the components page
        assert f'id="learndash{name}"' in page_of(site, "reference/components.md").read_text(encoding="utf-8")
        return
    ids = parse(page_of(site, page)).ids | {each for other in (site / "reference").rglob("*.html") for each in parse(other).ids}
    assert any(each == f"{module}.{name}" or each.endswith(f".{name}") for each in ids), f"{module}.{name}"


def test_internal_links_resolve(site: Path) -> None:
    """Every link between pages of the site, anchors included, lands on something that exists."""
    broken = []
    pages = {page: parse(page) for page in site.rglob("*.html")}
    for page, found in pages.items():
        for link in found.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
                continue
            path = unquote(parts.path)
            # 404.html links from the site root, since it is served for any missing path.
            target = (site / path.lstrip("/") if path.startswith("/") else page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_the_site_loads_nothing_from_outside(site: Path) -> None:
    """Offline: no page loads a script, stylesheet, font or image from another host (issue 6)."""
    external = [
        f"{page.relative_to(site)}: {url}"
        for page in site.rglob("*.html")
        for url in parse(page).loaded
        if urlsplit(url).scheme in ("http", "https") or url.startswith("//")
    ]
    assert not external, "\n".join(external)
    for css in site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8"), css


def test_callback_graphs_are_up_to_date() -> None:
    """docs/callback_graphs/*.mmd are what the generator makes from today's apps."""
    assert docs_callback_graphs.main(["--check"]) == 0


def test_every_chapter_has_a_screenshot_and_the_table_names_real_chapters() -> None:
    slugs = {chapter.slug for chapter in chapters()}
    assert set(INTERACTIONS) <= slugs
    assert all(chapter.screenshot_path.exists() for chapter in chapters())


def test_the_build_fails_when_a_screenshot_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chapter without a screenshot stops the build, naming the command that makes it."""
    folder = tmp_path / "99_new_chapter"
    folder.mkdir()
    (folder / "app.py").write_text('"""Chapter 99: new."""\n')
    monkeypatch.setattr(docs_hooks, "chapters", lambda: [Chapter("99_new_chapter", folder)])
    with pytest.raises(PluginError, match="docs_screenshots.py 99"):
        docs_hooks.on_files(files=None, config=None)


def test_nav_globs_expand_to_generated_pages_in_order() -> None:
    nav = [{"Chapters": ["chapters/index.md", "chapters/*.md"]}]
    uris = ["chapters/index.md", "chapters/02_b.md", "chapters/01_a.md", "exercises/02_b.md"]
    assert docs_hooks.expand_nav_globs(nav, uris) == [
        {"Chapters": ["chapters/index.md", "chapters/01_a.md", "chapters/02_b.md"]}
    ]


#: Every element Markdown, its extensions and the theme put inside a page's <article>. Anything
#: else there (a <name>, a <path> outside an icon, a stray <button>) is a `<...>` placeholder from an
#: exercise text or a docstring that the browser swallowed as a tag.
ARTICLE_TAGS = {
    "a", "abbr", "article", "b", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "kbd", "label", "li",
    "mark", "ol", "p", "pre", "small", "span", "strong", "sub", "summary", "sup", "svg", "table", "tbody", "td",
    "th", "thead", "tr", "ul",
}
#: Tags that are only real inside another: an icon's path inside its <svg>, a tab's <input> in its set.
ONLY_INSIDE = {"path": "svg", "input": "div", "label": "div"}


class ArticleTags(HTMLParser):
    """(tag, parent tag, the text after it) of every element inside <article> that is not expected there."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.strays: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "article" in self.open:
            parent = self.open[-1]
            if tag not in ARTICLE_TAGS | set(ONLY_INSIDE) or ONLY_INSIDE.get(tag, parent) != parent:
                self.strays.append((tag, parent))
        if tag not in ("br", "hr", "img", "input", "path"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]


def test_no_page_swallows_a_placeholder_as_an_html_tag(site: Path) -> None:
    """Exercise texts and API docstrings say things like `"Hello, <name>!"` or `tab-<n>`: the built
    site must show them as written, never as (invisible) HTML elements (issue 14)."""
    swallowed = {}
    for page in sorted(site.rglob("*.html")):
        parser = ArticleTags()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.strays:
            swallowed[str(page.relative_to(site))] = parser.strays
    assert swallowed == {}


def test_the_exercise_texts_show_their_placeholders(site: Path) -> None:
    """The greeter's task reads `"Hello, <name>!"`, not `"Hello, !"`."""
    text = page_of(site, "exercises/02_basic_callbacks.md").read_text(encoding="utf-8")
    assert "Hello, &lt;name&gt;!" in text or "Hello, &lt;name>!" in text


def test_every_rule_id_the_site_cites_is_explained_on_the_rules_page(site: Path) -> None:
    """Docstrings and pages cite rule ids (C-4, K-3, ...): each one is explained on
    reference/rules/ in the project's own words (issue 14), so no page points at a spec the reader
    cannot see."""
    import re

    rule_id = re.compile(r"\b[WICOPXVKR]-\d+[a-z]?\b")
    rules_page = page_of(site, "reference/rules.md").read_text(encoding="utf-8")
    explained = set(re.findall(r"<strong>([WICOPXVKR]-\d+[a-z]?)</strong>", rules_page))
    cited = {}
    for page in sorted(site.rglob("*.html")):
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
        for found in set(rule_id.findall(text)) - explained:
            cited.setdefault(found, str(page.relative_to(site)))
    assert len(explained) > 50
    assert cited == {}, "rule ids cited but not explained on reference/rules.md"
