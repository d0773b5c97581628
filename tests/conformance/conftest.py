"""Every test in this folder that asks for `scenario` runs once per conformance scenario.

A harness's test module is then two lines, e.g. for the browser:

    def test_in_browser(scenario, browser_harness):
        run_scenario(scenario, browser_harness, LEARNDASH)

The test ids are the scenario names, which start with a rule id: `-k C-11` runs the
chaining worked examples.
"""
from __future__ import annotations

import pytest

from .scenarios import SCENARIOS


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "scenario" in metafunc.fixturenames:
        metafunc.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
