"""Every conformance scenario on the headless `AppHarness`, with learndash (issue 3)."""
from __future__ import annotations

from .libs import LEARNDASH
from .runner import run_scenario


def test_scenario_headless(scenario, app_harness):
    """The scenario's rule, checked without a browser (see the scenario's docstring)."""
    run_scenario(scenario, app_harness, LEARNDASH)
