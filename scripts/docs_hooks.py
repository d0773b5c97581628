"""MkDocs hooks: the course's pages are generated from the course itself, at build time.

For every `chapters/NN_name/` the site gets `chapters/NN_name.md`, which includes the chapter's
`lesson.md` and `app.py` through pymdownx.snippets (never a copy), its screenshot and its generated
callback graph. For every `exercises/NN_name.py` it gets an exercise page (the task from the stub's
docstring, the checks and hints from its grader) and, on a page of its own, the reference solution.

    chapters/03_slider_graph/{app.py,lesson.md}  ->  chapters/03_slider_graph.md
    exercises/03_slider_graph.py + its grader     ->  exercises/03_slider_graph.md
    solutions/03_slider_graph.py                  ->  solutions/03_slider_graph.md

The nav in mkdocs.yml names these with globs (`chapters/*.md`), expanded here in course order.
The build fails when a chapter has no screenshot (`python scripts/docs_screenshots.py`) or no
callback graph (`python scripts/docs_callback_graphs.py`); a chapter without `lesson.md` is a
warning, which `mkdocs build --strict` also turns into a failure.
"""
from __future__ import annotations

import ast
import fnmatch
import html
import importlib.util
import logging
import re
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from docs_course import ROOT, Chapter, Exercise, chapters, exercises
from docs_screenshots import interaction_for

log = logging.getLogger("mkdocs.hooks.course")


# -- mkdocs events ------------------------------------------------------------------------------


def on_config(config: Any) -> Any:
    # Snippets resolve paths from the repository root wherever mkdocs is started from.
    config.mdx_configs.setdefault("pymdownx.snippets", {})["base_path"] = [str(ROOT)]
    config.nav = expand_nav_globs(config.nav, generated_page_uris())
    return config


def on_files(files: Files, config: Any) -> Files:
    problems = [problem for chapter in chapters() for problem in missing_generated_files(chapter)]
    if problems:
        raise PluginError("The docs build needs generated files that are missing:\n  " + "\n  ".join(problems))
    for uri, text in generated_pages().items():
        files.append(File.generated(config, uri, content=text))
    return files


MERMAID_SCRIPT = re.compile(r'<script src="[^"]*/vendor/mermaid-[\d.]+\.min\.js"></script>')


def on_post_page(output: str, page: Any, config: Any) -> str:
    # mermaid is 3 MB of JavaScript: only the pages with a diagram load it (the others open faster).
    if 'class="mermaid"' in output:
        return output
    return MERMAID_SCRIPT.sub("", output)


# -- the nav ------------------------------------------------------------------------------------


def generated_page_uris() -> list[str]:
    return list(generated_pages(headers_only=True))


def expand_nav_globs(nav: Any, uris: list[str]) -> Any:
    """Replace a nav entry like `chapters/*.md` with the generated pages it matches, sorted.

    ["Home: index.md", {"Chapters": ["chapters/index.md", "chapters/*.md"]}]
      -> [..., {"Chapters": ["chapters/index.md", "chapters/01_layout.md", "chapters/02_basic_callbacks.md", ...]}]
    """
    if isinstance(nav, list):
        expanded = []
        for item in nav:
            if isinstance(item, str) and "*" in item:
                expanded += sorted(uri for uri in uris if fnmatch.fnmatch(uri, item) and not uri.endswith("index.md"))
            else:
                expanded.append(expand_nav_globs(item, uris))
        return expanded
    if isinstance(nav, dict):
        return {title: expand_nav_globs(value, uris) for title, value in nav.items()}
    return nav


# -- the pages ----------------------------------------------------------------------------------


def generated_pages(*, headers_only: bool = False) -> dict[str, str]:
    """Page URI (relative to docs/) -> Markdown, for every chapter, exercise and solution."""
    all_exercises = exercises()
    pages: dict[str, str] = {
        "chapters/index.md": "" if headers_only else chapters_index(),
        "exercises/index.md": "" if headers_only else exercises_index(all_exercises),
        "solutions/index.md": "" if headers_only else solutions_index(all_exercises),
    }
    for chapter in chapters():
        own = [exercise for exercise in all_exercises if exercise.chapter_number == chapter.number]
        pages[chapter.page_uri] = "" if headers_only else chapter_page(chapter, own)
    for exercise in all_exercises:
        pages[exercise.page_uri] = "" if headers_only else exercise_page(exercise)
        if exercise.solution_path.exists():
            pages[exercise.solution_page_uri] = "" if headers_only else solution_page(exercise)
    return pages


def chapters_index() -> str:
    rows = "\n".join(
        f"| {chapter.number} | [{chapter.title}]({chapter.slug}.md) | `learndash run {chapter.number}` |"
        for chapter in chapters()
    )
    return (
        "# Chapters\n\nEach chapter is a small app you can run, read and change, and a lesson that explains it. "
        "The code on each page is included from `chapters/NN_name/app.py`, the very file `learndash run` "
        "serves and the tests check.\n\n"
        f"| # | Chapter | Run it |\n| --- | --- | --- |\n{rows}\n"
    )


def exercises_index(all_exercises: list[Exercise]) -> str:
    rows = "\n".join(
        f"| [{exercise.title}]({exercise.slug}.md) | `exercises/{exercise.path.name}` | `learndash check {exercise.key}` |"
        for exercise in all_exercises
    )
    return (
        "# Exercises\n\nEvery chapter from 2 on has at least one exercise: a stub in `exercises/` that runs but "
        "does not pass. Complete it, then ask its grader how you did; `learndash exercises` lists them too.\n\n"
        f"| Exercise | File | Check it |\n| --- | --- | --- |\n{rows}\n"
    )


def solutions_index(all_exercises: list[Exercise]) -> str:
    rows = "\n".join(
        f"- [Solution: {exercise.title}]({exercise.slug}.md)" for exercise in all_exercises if exercise.solution_path.exists()
    )
    return (
        "# Solutions\n\n"
        '!!! warning "Reference solutions"\n'
        "    These pages give the exercises away. Try each exercise and its hints first.\n\n"
        f"{rows}\n"
    )


def missing_generated_files(chapter: Chapter) -> list[str]:
    problems = []
    for screenshot in (chapter.screenshot_path, chapter.dash_screenshot_path):
        if not screenshot.exists():
            problems.append(f"{relative(screenshot)}: run `python scripts/docs_screenshots.py {chapter.number}`")
    if not chapter.graph_path.exists():
        problems.append(f"{relative(chapter.graph_path)}: run `python scripts/docs_callback_graphs.py`")
    return problems


def chapter_page(chapter: Chapter, own_exercises: list[Exercise]) -> str:
    app = relative(chapter.app_path)
    parts = []
    if chapter.lesson_path.exists():
        lesson = chapter.lesson_path.read_text(encoding="utf-8")
        if not lesson.lstrip().startswith("# "):
            parts.append(f"# {chapter.title}\n")
        parts.append(f'--8<-- "{relative(chapter.lesson_path)}"\n')
    else:
        log.warning("%s has no lesson.md; its page shows only the app.", relative(chapter.folder))
        lesson = ""
        parts.append(f"# {chapter.title}\n\n!!! warning \"This chapter's lesson is not written yet\"\n")
    parts.append(
        "## See it run\n\n"
        f"{html.escape(interaction_for(chapter).caption)} The same app on learndash's page and on real "
        "Dash 4.4.1, in the same browser (switch between the tabs to compare):\n\n"
        f'=== "learndash"\n\n    ![{chapter.title} on learndash](../assets/screenshots/{chapter.slug}.png)\n\n'
        f'=== "Dash 4.4.1"\n\n    ![{chapter.title} on Dash 4.4.1](../assets/screenshots/{chapter.slug}.dash.png)\n\n'
        f"Run it yourself with `learndash run {chapter.number}` (or `python {app}`) and open "
        "<http://127.0.0.1:8050>.\n"
    )
    parts.append(
        "## Its callback graph\n\n"
        "Drawn from the app's own callback registry: each double-edged box is a callback, solid arrows "
        "are its Inputs, dashed arrows its States, and the arrows leaving it are its Outputs.\n\n"
        f'```mermaid\n--8<-- "{relative(chapter.graph_path)}"\n```\n'
    )
    if app not in lesson:
        parts.append(f'## The whole app\n\n```python title="{app}" linenums="1"\n--8<-- "{app}"\n```\n')
    if own_exercises:
        links = "\n".join(f"- [{exercise.title}](../{exercise.page_uri})" for exercise in own_exercises)
        parts.append(f"## Practise\n\n{links}\n")
    return "\n".join(parts)


def exercise_page(exercise: Exercise) -> str:
    grader = grader_of(exercise)
    stub = relative(exercise.path)
    task = show_placeholders("\n".join(
        line for line in exercise.task.splitlines() if not line.strip().startswith("Check your work with")
    ).strip())
    visible = [item for item in grader.checks if item.visibility == "visible"]
    rows = "\n".join(
        f"| {item.number} | {escape_cell(item.title)} | {', '.join(item.covers)} | {item.weight:g} |" for item in visible
    )
    hidden = len(grader.checks) - len(visible)
    hidden_note = f"\n\nThe grader also has {hidden} check(s) you see only after grading." if hidden else ""
    hints = hints_of(exercise, [item.name for item in visible])
    hint_blocks = "\n".join(
        f'??? tip "Hint: {escape_title(title)}"\n\n' + "\n".join(f"    - {escape_text(hint)}" for hint in found) + "\n"
        for title, found in hints
    )
    chapter = [chapter for chapter in chapters() if chapter.number == exercise.chapter_number]
    chapter_link = f"It practises [{chapter[0].title}](../{chapter[0].page_uri}).\n\n" if chapter else ""
    solution = (
        f"\n## When you are done\n\nCompare with [the reference solution](../{exercise.solution_page_uri}), "
        "on a page of its own so you do not see it by accident.\n"
        if exercise.solution_path.exists() else ""
    )
    return (
        f"# {exercise.title}\n\n{chapter_link}## The task\n\n{task}\n\n"
        f'## The starter file\n\nOpen `{stub}`; it runs, but does not pass yet.\n\n'
        f'```python title="{stub}"\n--8<-- "{stub}"\n```\n\n'
        f"## Check your work\n\n```bash\nlearndash check {exercise.key}\n```\n\n"
        f"or `learndash check {exercise.key} path/to/your_file.py` for a copy kept elsewhere. The grader runs "
        f"your app headlessly and reports each check, with what it expected and what your app did:\n\n"
        f"| # | Check | Requirements | Points |\n| --- | --- | --- | --- |\n{rows}\n\n"
        f"Total: {grader.max_score:g} points. {grader.weights_reason}{hidden_note}\n\n"
        f"## Hints\n\nOpen one only when you are stuck.\n\n{hint_blocks or 'No hints for this one.'}\n{solution}"
    )


def solution_page(exercise: Exercise) -> str:
    solution = relative(exercise.solution_path)
    return (
        f"# Solution: {exercise.title}\n\n"
        '!!! warning "Reference solution: this page gives the exercise away"\n'
        f"    Try [the exercise](../{exercise.page_uri}) first and run `learndash check {exercise.key}`. "
        "Come back to compare once it passes, or when the hints were not enough.\n\n"
        "Other correct solutions exist; the grader checks what the app does, not how it is written.\n\n"
        f'```python title="{solution}" linenums="1"\n--8<-- "{solution}"\n```\n'
    )


# -- reading graders ----------------------------------------------------------------------------


def grader_of(exercise: Exercise) -> Any:
    from learndash.grading import grader_for

    try:
        return grader_for(exercise.key)
    except KeyError as error:
        raise PluginError(f"{relative(exercise.path)} has no grader: {error.args[0]}") from None


def hints_of(exercise: Exercise, check_names: list[str]) -> list[tuple[str, list[str]]]:
    """(check title, its literal `hint=` strings) for each named check, read from the grader's source.

    Only string literals are taken (a computed hint would need the student's app to be shown).
    """
    from learndash.grading.graders import GRADER_MODULES

    module = f"learndash.grading.graders.{GRADER_MODULES[grader_of(exercise).exercise]}"
    tree = ast.parse(open(importlib.util.find_spec(module).origin, encoding="utf-8").read())
    grader = grader_of(exercise)
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in check_names:
            # `hint = "..."` assigned once in the check and passed as hint=hint counts as a literal too.
            named = {
                target.id: each.value.value
                for each in ast.walk(node)
                if isinstance(each, ast.Assign) and isinstance(each.value, ast.Constant)
                for target in each.targets
                if isinstance(target, ast.Name)
            }
            hints = []
            for call in ast.walk(node):
                for keyword in getattr(call, "keywords", []):
                    if keyword.arg != "hint":
                        continue
                    value = keyword.value
                    text = value.value if isinstance(value, ast.Constant) else named.get(getattr(value, "id", None))
                    if isinstance(text, str) and text and text not in hints:
                        hints.append(text)
            if hints:
                found.append((grader.check_named(node.name).title, hints))
    return found


# -- small helpers ------------------------------------------------------------------------------


def relative(path: Any) -> str:
    return path.relative_to(ROOT).as_posix()


def escape_cell(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|")


def escape_text(text: str) -> str:
    """Plain text (a grader's hint) shown as itself: `options[0]["value"]` is not a Markdown link."""
    text = html.escape(text, quote=False)
    for special in ("\\", "[", "]", "*"):
        text = text.replace(special, "\\" + special)
    return text


def show_placeholders(markdown: str) -> str:
    """Markdown whose `<...>` placeholders show as written instead of vanishing as HTML tags:
    outside code spans every "<" before a letter becomes "&lt;" (autolinks like <https://...> stay).
    Example: 'returns "Hello, <name>!" (`<b>` here stays code)' -> 'returns "Hello, &lt;name>!" ...'."""
    pieces = re.split(r"(`[^`]*`)", markdown)
    return "".join(
        piece if piece.startswith("`") else re.sub(r"<(?!https?://)(?=[A-Za-z/])", "&lt;", piece) for piece in pieces
    )


def escape_title(text: str) -> str:
    return text.replace('"', "&quot;")
