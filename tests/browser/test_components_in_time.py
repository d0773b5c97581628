"""Components whose behaviour unfolds over time, in Chromium on learndash's page: dcc.Loading while a
callback is in flight (K-10) and dcc.Interval ticking up to max_intervals (K-12); plus Textarea and
RangeSlider edits (K-14, K-4)."""
from __future__ import annotations

import threading

import learndash
from learndash.testing.browser import BrowserHarness

SPINNER_SHOWN = "!document.querySelector('#slow-box .learndash-spinner').hidden"


def slow_app(release: threading.Event):
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div(
        [
            learndash.dcc.Input(id="word", value="a"),
            learndash.dcc.Loading(learndash.html.Div(id="slow", children="ready"), id="slow-box"),
        ]
    )

    @app.callback(learndash.Output("slow", "children"), learndash.Input("word", "value"), prevent_initial_call=True)
    def slow(word):
        release.wait(10)  # the test decides when the server answers: no sleeping, no race
        return f"done {word}"

    return app


def test_loading_shows_a_spinner_while_its_childrens_callback_runs_and_keeps_them_mounted():
    """K-10: while the callback writing a child is in flight the spinner shows and the child stays
    on the page; when the answer arrives the spinner goes and the child shows the new value."""
    release = threading.Event()
    with BrowserHarness(slow_app(release)) as page:
        page.execute_script("window.learndash.set_props('word', {value: 'b'})")
        page.wait_until(SPINNER_SHOWN)
        assert page.execute_script("return document.getElementById('slow').textContent") == "ready"
        release.set()
        page.wait_idle()
        assert not page.execute_script(f"return {SPINNER_SHOWN}")
        assert page.text("slow") == "done b"


def test_interval_ticks_until_max_intervals():
    """K-12: n_intervals starts unset, counts every `interval` ms, and stops at max_intervals."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Interval(id="tick", interval=30, max_intervals=3), learndash.html.Div(id="count")])

    @app.callback(learndash.Output("count", "children"), learndash.Input("tick", "n_intervals"))
    def count(n):
        return f"ticks: {n}"

    with BrowserHarness(app) as page:
        page.wait_until("window.learndash.get_props('tick').n_intervals === 3")
        page.wait_idle()
        assert page.text("count") == "ticks: 3"
        # One request per tick; on a busy machine a tick's request may reach the server before the
        # one it replaced (C-5), so the order they arrive in is not the point.
        assert sorted(c.inputs["tick.n_intervals"] or 0 for c in page.calls) == [0, 1, 2, 3]


def test_textarea_and_range_slider_write_their_values():
    """K-14: typing into a Textarea writes `value`; K-4: a RangeSlider's value is [low, high]."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div(
        [
            learndash.dcc.Textarea(id="note", value=""),
            learndash.dcc.RangeSlider(0, 10, 1, value=[2, 8], id="range"),
            learndash.html.Div(id="out"),
        ]
    )

    @app.callback(learndash.Output("out", "children"), learndash.Input("note", "value"), learndash.Input("range", "value"))
    def show(note, bounds):
        return f"{note}|{bounds[0]}-{bounds[1]}"

    with BrowserHarness(app) as page:
        page.type_text("note", "two\nlines")
        assert page.get_prop("note", "value") == "two\nlines"
        page.set_props("range", {"value": [3, 7]})
        assert page.get_prop("out", "children") == "two\nlines|3-7"
        assert page.get_prop("range", "value") == [3, 7]
