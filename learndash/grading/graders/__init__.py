"""The course's graders, one module per exercise, found by exercise key ("02", "09a").

Each grader module sets EXERCISE (its key), TITLE and FILE (the stub's name under `exercises/`)
and defines its checks with `@check`.
"""
from __future__ import annotations

import importlib
import importlib.util

from learndash.grading.checks import Grader

#: Exercise key -> grader module name, in course order.
GRADER_MODULES: dict[str, str] = {
    "02": "g02_basic_callbacks",
    "03": "g03_slider_graph",
    "04": "g04_multiple_inputs",
    "05": "g05_multiple_outputs",
    "05b": "g05b_no_update",
    "06": "g06_chained_callbacks",
    "07": "g07_state",
    "07b": "g07b_which_button",
    "08": "g08_dropdown_scatter",
    "08b": "g08b_page_load",
    "09a": "g09a_all_filters",
    "09b": "g09b_running_totals",
    "09c": "g09c_add_chart",
    "10": "g10_multi_page",
    "11": "g11_testing",
    "12": "g12_stateless",
    "12b": "g12b_shared_store",
    "13": "g13_clientside",
}


def available_graders() -> list[str]:
    """The exercise keys that have a grader module, in course order."""
    found = []
    for key, name in GRADER_MODULES.items():
        if importlib.util.find_spec(f"{__name__}.{name}") is not None:
            found.append(key)
    return found


def grader_for(key: str) -> Grader:
    """The grader of exercise `key` ("2", "02" and "09a" all work); KeyError lists the known keys."""
    key = key.strip().lower()
    if key[:1].isdigit() and not key[1:2].isdigit():
        key = "0" + key
    if key not in GRADER_MODULES:
        matches = [known for known in GRADER_MODULES if known.startswith(key)]
        if len(matches) == 1:
            key = matches[0]
        else:
            hint = f" Did you mean one of {matches}?" if matches else ""
            raise KeyError(f"No exercise {key!r}.{hint} Exercises: {', '.join(available_graders())}")
    module = importlib.import_module(f"{__name__}.{GRADER_MODULES[key]}")
    return Grader.from_module(module)
