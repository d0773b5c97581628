"""Test an app without a browser (`AppHarness`) or in headless Chromium (`BrowserHarness`)."""
from __future__ import annotations

from .harness import AppHarness, CallRecord
from ..validation import PageError

__all__ = ["AppHarness", "CallRecord", "PageError", "BrowserHarness"]


def __getattr__(name: str):
    # Selenium is imported only when a browser test asks for it, so headless tests stay light.
    if name == "BrowserHarness":
        from .browser import BrowserHarness

        return BrowserHarness
    raise AttributeError(name)
