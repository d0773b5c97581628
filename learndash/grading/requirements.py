"""The numbered requirements of an exercise, read from its task text, so each can be matched to a check.

An exercise stub's docstring lists what the app must do, one requirement per bullet with an id:

    - R1: The layout has a text box `dcc.Input` with id "name-input" ...
      (continuation lines are indented)
    - R2: A callback from the text box's `value` to the greeting's `children` ...

`requirements_in(text)` returns {"R1": "The layout has ...", "R2": "A callback ..."}; a grader's
checks say which ids they observe with `@check(covers=("R1",))`, and the course tests fail when an
id has no check.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

#: "- R3: text" at the start of a line (the bullet is optional).
REQUIREMENT_LINE = re.compile(r"^\s*(?:[-*]\s+)?(R\d+):\s*(.*)$")


def requirements_in(text: str) -> dict[str, str]:
    """Requirement id -> its text (continuation lines joined), in the order they appear."""
    found: dict[str, str] = {}
    current: str | None = None
    for line in text.splitlines():
        match = REQUIREMENT_LINE.match(line)
        if match:
            current = match.group(1)
            if current in found:
                raise ValueError(f"requirement {current} appears twice in the task text")
            found[current] = match.group(2).strip()
        elif current is not None and line.startswith("  ") and line.strip():
            found[current] += " " + line.strip()
        else:
            current = None
    return found


def requirements_of(path: str | Path) -> dict[str, str]:
    """The requirements in the docstring of the exercise stub at `path`."""
    docstring = ast.get_docstring(ast.parse(Path(path).read_text(encoding="utf-8"))) or ""
    return requirements_in(docstring)
