"""Draw each chapter's callback graph as a Mermaid flowchart, read from the app itself.

    python scripts/docs_callback_graphs.py           write docs/callback_graphs/NN_name.mmd
    python scripts/docs_callback_graphs.py --check   exit 1 when a written diagram is stale

Each chapter's `app.py` is imported, its callback registry read, and every callback becomes a node
with its Inputs flowing in (solid), its States read (dashed) and its Outputs flowing out:

    @app.callback(Output("graph", "figure"), Input("year", "value"), State("unit", "value"))
    def update_figure(year, unit): ...

    flowchart LR
        p0("year.value")
        p1("unit.value")
        cb0[["update_figure()"]]
        p2("graph.figure")
        p0 --> cb0
        p1 -. State .-> cb0
        cb0 --> p2

The docs' chapter pages include these files (the build fails when one is missing), so a diagram can
never be drawn by hand and drift from its app.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from docs_course import CALLBACK_GRAPHS, ROOT, Chapter, chapters, load_app


def dependency_label(dependency: Any) -> str:
    """`year-slider.value`, or `{index: MATCH, type: amount}.value` for a pattern id (keys sorted, as Dash)."""
    component_id = dependency.component_id
    if isinstance(component_id, dict):
        # A wildcard prints as its name: {"index": MATCH, "type": "amount"} -> {index: MATCH, type: amount}
        component_id = "{" + ", ".join(f"{key}: {component_id[key]}" for key in sorted(component_id)) + "}"
    return f"{component_id}.{dependency.component_property}"


def mermaid_text(text: str) -> str:
    """A label Mermaid accepts inside double quotes (a quote is written as its entity)."""
    return text.replace('"', "#quot;")


def callback_graph(app: Any, *, source: str) -> str:
    """The Mermaid flowchart of every callback in `app`, nodes in registry order (so output is stable)."""
    lines = ["flowchart LR", f"    %% Generated from {source} by scripts/docs_callback_graphs.py; do not edit."]
    callbacks = list(app.callback_registry)
    if not callbacks:
        lines.append('    none["No callbacks: this layout never changes after the page loads"]')
        return "\n".join(lines) + "\n"

    node_of: dict[str, str] = {}
    edges: list[str] = []

    def prop_node(dependency: Any) -> str:
        label = dependency_label(dependency)
        if label not in node_of:
            node_of[label] = f"p{len(node_of)}"
            lines.append(f'    {node_of[label]}("{mermaid_text(label)}")')
        return node_of[label]

    for number, callback in enumerate(callbacks):
        node = f"cb{number}"
        inputs = [prop_node(item) for item in callback.inputs]
        states = [prop_node(item) for item in callback.states]
        lines.append(f'    {node}[["{mermaid_text(callback.name)}()"]]')
        outputs = [prop_node(item) for item in callback.outputs]
        edges += [f"    {each} --> {node}" for each in inputs]
        edges += [f"    {each} -. State .-> {node}" for each in states]
        edges += [f"    {node} --> {each}" for each in outputs]
    lines += edges
    return "\n".join(lines) + "\n"


def graph_for(chapter: Chapter) -> str:
    app = load_app(chapter.app_path)
    return callback_graph(app, source=chapter.app_path.relative_to(ROOT).as_posix())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only report diagrams that are missing or stale")
    options = parser.parse_args(argv)
    stale = []
    CALLBACK_GRAPHS.mkdir(parents=True, exist_ok=True)
    for chapter in chapters():
        text = graph_for(chapter)
        current = chapter.graph_path.read_text(encoding="utf-8") if chapter.graph_path.exists() else None
        if current == text:
            continue
        if options.check:
            stale.append(chapter.graph_path.relative_to(ROOT).as_posix())
        else:
            chapter.graph_path.write_text(text, encoding="utf-8")
            print(f"wrote {chapter.graph_path.relative_to(ROOT)}")
    if stale:
        print("Stale callback graphs (run `python scripts/docs_callback_graphs.py`):\n  " + "\n  ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
