"""All conformance scenarios, one module per rule area, in one list that every harness runs.

| module               | rules                                      |
|----------------------|--------------------------------------------|
| initial_load         | I-2 .. I-9                                 |
| chaining             | C-2 .. C-11                                |
| outputs              | O-1 .. O-8, W-2 (numbers), W-7/W-8 (204 vs 200), V-5, W-9 |
| pattern_matching     | P-3 .. P-9                                 |
| callback_context     | X-1 .. X-3                                 |
| components           | K-1, K-3, K-8, K-9, K-12, K-13, K-14       |
| patches              | O-7 (Patch on every prop and callback kind) |
| declarations         | R-11, O-1/W-9/X-3 groupings, on_error, running= |
| tutorial_apps        | the Dash tutorial's apps                   |
| corrections          | R-1 .. R-10, R-12 (section 0)              |
| clientside           | C-10, O-2 (clientside no_update)           |
| persistence          | K-0c                                       |
| dash_integration     | Dash's integration tests (cbmi004, cbmo001, ...), by test id |
"""
from __future__ import annotations

from . import (
    callback_context, chaining, clientside, components, corrections, dash_integration, declarations, initial_load,
    outputs, patches, pattern_matching, persistence, tutorial_apps,
)
from .vocabulary import ID, Scenario, Step, click, load, set_props

SCENARIOS: list[Scenario] = [
    *initial_load.SCENARIOS,
    *chaining.SCENARIOS,
    *outputs.SCENARIOS,
    *pattern_matching.SCENARIOS,
    *callback_context.SCENARIOS,
    *components.SCENARIOS,
    *patches.SCENARIOS,
    *declarations.SCENARIOS,
    *tutorial_apps.SCENARIOS,
    *corrections.SCENARIOS,
    *clientside.SCENARIOS,
    *persistence.SCENARIOS,
    *dash_integration.SCENARIOS,
]

_names = [s.name for s in SCENARIOS]
if len(set(_names)) != len(_names):
    raise ValueError(f"duplicate scenario names: {sorted(n for n in _names if _names.count(n) > 1)}")

__all__ = ["SCENARIOS", "Scenario", "Step", "ID", "load", "set_props", "click"]
