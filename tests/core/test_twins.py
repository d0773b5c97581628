"""Twin modules (STYLE: one algorithm, two languages): a Python module of the renderer model and
its JavaScript twin in learndash/static define the same functions, snake_case ↔ camelCase, in the
same order, so a reader can hold them side by side."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "learndash"
TWINS = [("persistence.py", "static/persistence.js")]


def python_names(text: str) -> list[str]:
    """Module-level functions and classes, private helpers (`_name`) included without the underscore."""
    return [name.lstrip("_") for name in re.findall(r"^(?:def|class) (\w+)", text, re.MULTILINE)]


def javascript_names(text: str) -> list[str]:
    """Top-level functions and classes, exported or not."""
    return re.findall(r"^(?:export )?(?:async )?(?:function|class) (\w+)", text, re.MULTILINE)


def camel_case(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


@pytest.mark.parametrize(("python_file", "javascript_file"), TWINS)
def test_twins_define_the_same_functions_in_the_same_order(python_file, javascript_file):
    """STYLE (twins): every Python function has its camelCase twin, in order; JavaScript may add
    helpers only the browser needs (Web Storage), which are listed here by name."""
    browser_only = {"webStore"}
    python = [camel_case(name) for name in python_names((PACKAGE / python_file).read_text())]
    javascript = [name for name in javascript_names((PACKAGE / javascript_file).read_text()) if name not in browser_only]
    python_only = {"differs", "copy"}  # JavaScript's !== and JSON stores need no helper
    assert [name for name in python if name not in python_only] == javascript
