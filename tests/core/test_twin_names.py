"""Twins are a checked fact (STYLE.md): a Python module of the renderer model and its JS module
have the same public functions, in the same order, snake_case in one and camelCase in the other."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "learndash"

TWINS = [("patch.py", "static/patch.js"), ("running.py", "static/running.js")]


def python_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")]


def javascript_functions(path: Path) -> list[str]:
    return re.findall(r"^export (?:async )?function (\w+)", path.read_text(encoding="utf-8"), flags=re.MULTILINE)


def camel_case(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(word.capitalize() for word in rest)


@pytest.mark.parametrize("python, javascript", TWINS, ids=[python for python, _ in TWINS])
def test_twins_have_the_same_functions_in_the_same_order(python, javascript):
    """O-7, C-2 item 3: apply_patch and running_updates read the same in both languages."""
    names = [camel_case(name) for name in python_functions(PACKAGE / python)]
    assert names and names == javascript_functions(PACKAGE / javascript)
