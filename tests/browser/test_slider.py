"""dcc.Slider driven by a real mouse drag in Chromium (rule K-4)."""
from __future__ import annotations

import learndash
from learndash.testing.browser import BrowserHarness


def year_slider_app():
    app = learndash.Dash(__name__)
    years = [1952, 1957, 1962, 1967, 1972]
    app.layout = learndash.html.Div(
        [
            learndash.dcc.Slider(min=1952, max=1972, step=None, value=1952, marks={y: str(y) for y in years}, id="year"),
            learndash.dcc.Slider(0, 10, 1, value=0, id="count"),
            learndash.html.Div(id="out"),
        ]
    )

    @app.callback(learndash.Output("out", "children"), learndash.Input("year", "value"), learndash.Input("count", "value"))
    def show(year, count):
        return f"{year}/{count}"

    return app


def test_a_dragged_handle_snaps_to_marks_when_step_is_none_and_to_steps_otherwise():
    """K-4: with step=None only the marks are values (a drag between marks lands on the nearest);
    with a step, the released value is on that step; `value` and `drag_value` agree on release."""
    with BrowserHarness(year_slider_app()) as page:
        page.drag_slider("year", 1958.4)
        assert page.get_prop("year", "value") == 1957
        assert page.get_prop("year", "drag_value") == 1957
        page.drag_slider("count", 7)
        assert page.get_prop("count", "value") == 7
        assert page.text("out") == "1957/7"
