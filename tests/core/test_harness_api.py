"""The harness's own API: the virtual clock, and errors raised only once the page has settled
(rules R-10, K-12, I-1, O-8)."""
from __future__ import annotations

import pytest

from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import CallbackError, ValidationError
from learndash.testing import AppHarness


def timer_app(max_intervals: int = 3) -> Dash:
    """A 100 ms Interval counted into a Div, and a button that raises max_intervals by 2."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Interval(id="timer", interval=100, max_intervals=max_intervals), html.Div(id="count"), html.Button(id="more")]
    )

    @app.callback(Output("count", "children"), Input("timer", "n_intervals"))
    def count(n):
        return n

    @app.callback(Output("timer", "max_intervals"), Input("more", "n_clicks"), prevent_initial_call=True)
    def more(n_clicks):
        return 3 + 2 * n_clicks

    return app


def test_advance_ticks_an_interval_as_time_passes():
    """R-10, K-12: 250 ms of a 100 ms Interval is two ticks; each tick runs its callbacks."""
    h = AppHarness(timer_app())
    assert h.get_prop("count", "children") is None
    h.advance(250)
    assert h.get_prop("count", "children") == 2
    h.advance(50)
    assert h.get_prop("count", "children") == 3


def test_advance_stops_at_max_intervals_and_resumes_when_it_is_raised():
    """R-10: the timer stops at max_intervals; a callback raising max_intervals resumes it."""
    h = AppHarness(timer_app())
    h.advance(10_000)
    assert h.get_prop("timer", "n_intervals") == 3
    assert [r.inputs for r in h.calls if r.callback == "count"][-1] == {"timer.n_intervals": 3}
    h.click("more")
    h.advance(10_000)
    assert h.get_prop("count", "children") == 5


def test_advance_skips_a_disabled_interval():
    """K-12: a disabled Interval does not tick however much time passes."""
    app = timer_app()
    app.layout.children[0].disabled = True
    h = AppHarness(app)
    h.advance(1000)
    assert h.get_prop("count", "children") is None


def test_two_intervals_tick_in_time_order():
    """R-10: with a 300 ms and a 200 ms Interval, 600 ms gives 2 and 3 ticks."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Interval(id="slow", interval=300), dcc.Interval(id="fast", interval=200), html.Div(id="log")])

    @app.callback(Output("log", "children"), Input("slow", "n_intervals"), Input("fast", "n_intervals"))
    def log(slow, fast):
        return f"{slow}/{fast}"

    h = AppHarness(app)
    h.advance(600)
    assert h.get_prop("log", "children") == "2/3"


def test_an_error_at_load_is_raised_after_the_load_settled_with_the_harness_reachable():
    """I-1, O-8: the initial callbacks all run before the first error is raised; the exception
    carries the harness, so a test can inspect the settled page."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="bad"), html.Div(id="good")])

    @app.callback(Output("bad", "children"), Input("inp", "value"))
    def bad(value):
        return value / 0

    @app.callback(Output("good", "children"), Input("inp", "value"))
    def good(value):
        return value + 1

    with pytest.raises(CallbackError) as raised:
        AppHarness(app)
    harness = raised.value.harness
    assert harness.get_prop("good", "children") == 2
    assert raised.value.page is harness.page
    assert [e.title for e in harness.errors] == ["Callback error updating bad.children"]


def test_a_validation_error_is_raised_after_the_initial_callbacks_ran():
    """V-4, I-1: a layout problem is raised once the page has loaded, with its state inside."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"), Input("missing", "value"))
    def both(value, other):
        return "ran"

    @app.callback(Output("inp", "placeholder"), Input("inp", "value"))
    def hint(value):
        return f"was {value}"

    with pytest.raises(ValidationError) as raised:
        AppHarness(app)
    assert raised.value.harness.get_prop("inp", "placeholder") == "was x"
