"""The project's own settings: what an install and a test run print (issue 14, "no noise")."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

PYPROJECT = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_licence_is_an_spdx_string_that_setuptools_reads_without_a_warning():
    """A table `license = {text = ...}` makes setuptools >= 77 print a deprecation warning on every
    install; the SPDX string needs setuptools 77 in the build requirements."""
    assert PYPROJECT["project"]["license"] == "MIT"
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"]


def test_dashs_own_pytest_plugin_stays_out_of_our_test_runs(pytestconfig: pytest.Config):
    """Real Dash is installed as a test-only oracle; its pytest plugin (fixtures for Dash's own
    browser tests) is not loaded into ours."""
    assert pytestconfig.pluginmanager.get_plugin("dash") is None
    assert pytestconfig.pluginmanager.get_plugin("learndash") is not None
