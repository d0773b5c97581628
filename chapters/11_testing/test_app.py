"""Tests for the chapter 11 app: a unit test, a direct call of the callback, and headless-harness tests.

Run them with `python -m pytest chapters/11_testing/test_app.py`.
"""
import pytest
from app import app, tip_summary, update_tip

from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness


# --8<-- [start:unit]
def test_tip_summary_adds_the_tip():
    """A plain function: no app, no browser, just inputs and the output."""
    assert tip_summary(50, 15) == "Tip: $7.50, total: $57.50"
    assert tip_summary(0, 20) == "Tip: $0.00, total: $0.00"


def test_callback_can_be_called_directly():
    """The decorator returns the function unchanged (Dash does the same), so it can be called."""
    assert update_tip(100, 10) == "Tip: $10.00, total: $110.00"
    with pytest.raises(PreventUpdate):
        update_tip(None, 10)
# --8<-- [end:unit]


# --8<-- [start:harness]
def test_page_load_shows_the_default_tip():
    """Dash calls every callback once when the page loads."""
    harness = AppHarness(app)
    assert harness.text("tip-output") == "Tip: $7.50, total: $57.50"


def test_editing_the_bill_updates_the_tip():
    """A user edit runs the callbacks it triggers before set_props returns."""
    harness = AppHarness(app)
    harness.set_props("bill", {"value": 80})
    harness.set_props("tip-percent", {"value": 20})
    assert harness.get_prop("tip-output", "children") == "Tip: $16.00, total: $96.00"


def test_empty_bill_keeps_the_last_answer():
    """PreventUpdate leaves the output as it was, and the call is recorded as prevented."""
    harness = AppHarness(app)
    harness.set_props("bill", {"value": None})
    assert harness.calls[-1].status == "prevented"
    assert harness.get_prop("tip-output", "children") == "Tip: $7.50, total: $57.50"
# --8<-- [end:harness]
