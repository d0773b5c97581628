"""What the docs site is built from: the course's chapters and exercises, found on disk.

The docs hooks, the callback-graph generator, the screenshot script and the docs tests all ask this
module, so "which chapters are there" has one answer:

    chapters/03_slider_graph/app.py   ->  Chapter(number="03", slug="03_slider_graph", ...)
    exercises/09a_all_filters.py      ->  Exercise(key="09a", slug="09a_all_filters", ...)

Nothing here imports mkdocs or selenium.
"""
from __future__ import annotations

import ast
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The repository root (this file is scripts/docs_course.py).
ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SCREENSHOTS = DOCS / "assets" / "screenshots"
CALLBACK_GRAPHS = DOCS / "callback_graphs"


@dataclass(frozen=True)
class Chapter:
    """One `chapters/NN_name/` folder: its runnable app and its lesson."""

    slug: str  # "03_slider_graph"
    folder: Path

    @property
    def number(self) -> str:
        return self.slug.split("_", 1)[0]

    @property
    def app_path(self) -> Path:
        return self.folder / "app.py"

    @property
    def lesson_path(self) -> Path:
        return self.folder / "lesson.md"

    @property
    def title(self) -> str:
        """The first sentence of the app's docstring: "Chapter 3: a slider drives a graph"."""
        return first_docstring_line(self.app_path).split(". ", 1)[0] or self.slug

    @property
    def screenshot_path(self) -> Path:
        return SCREENSHOTS / f"{self.slug}.png"

    @property
    def dash_screenshot_path(self) -> Path:
        """The same app after the same interaction on real Dash 4.4.1, for the docs' comparison."""
        return SCREENSHOTS / f"{self.slug}.dash.png"

    @property
    def graph_path(self) -> Path:
        return CALLBACK_GRAPHS / f"{self.slug}.mmd"

    @property
    def page_uri(self) -> str:
        """The docs page of this chapter, relative to docs/."""
        return f"chapters/{self.slug}.md"


@dataclass(frozen=True)
class Exercise:
    """One `exercises/NN_name.py` stub, with its reference solution in `solutions/`."""

    slug: str  # "09a_all_filters"
    path: Path

    @property
    def key(self) -> str:
        """What `learndash check` takes: "02", "09a"."""
        return self.slug.split("_", 1)[0]

    @property
    def chapter_number(self) -> str:
        return self.key[:2]

    @property
    def solution_path(self) -> Path:
        return ROOT / "solutions" / self.path.name

    @property
    def title(self) -> str:
        """The first line of the stub's docstring: "Exercise 02: a greeter (chapter 2, basic callbacks)"."""
        return (first_docstring_line(self.path) or self.slug).rstrip(".")

    @property
    def task(self) -> str:
        """The rest of the docstring: the instructions, already written as Markdown."""
        docstring = ast.get_docstring(ast.parse(self.path.read_text(encoding="utf-8"))) or ""
        return docstring.split("\n", 1)[1].strip() if "\n" in docstring else ""

    @property
    def page_uri(self) -> str:
        return f"exercises/{self.slug}.md"

    @property
    def solution_page_uri(self) -> str:
        return f"solutions/{self.slug}.md"


def first_docstring_line(path: Path) -> str:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return docstring.split("\n", 1)[0].strip().rstrip(".")


def chapters(root: Path = ROOT) -> list[Chapter]:
    """Every `chapters/NN_name/` folder with an `app.py`, in course order."""
    folder = root / "chapters"
    if not folder.is_dir():
        return []
    return [Chapter(path.name, path) for path in sorted(folder.iterdir()) if (path / "app.py").is_file()]


def exercises(root: Path = ROOT) -> list[Exercise]:
    """Every `exercises/NN_name.py` stub, in course order."""
    folder = root / "exercises"
    if not folder.is_dir():
        return []
    return [Exercise(path.stem, path) for path in sorted(folder.glob("[0-9]*.py"))]


def load_app(path: Path) -> Any:
    """Import a chapter's `app.py` as a fresh module and return its `app`, global callbacks adopted.

    The module gets a name of its own, so two chapters' `app.py` never share a module, and the
    chapter folder is importable while it loads (an app may read files next to itself).
    """
    name = f"docs_chapter_{path.parent.name}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    app = module.app
    app.prepare()  # adopt callbacks declared with the global @callback
    return app
