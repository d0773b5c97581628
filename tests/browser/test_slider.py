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


def test_the_number_box_beside_a_slider_writes_its_value_like_dash_4():
    """K-4 (Dash 4's allow_direct_input, on by default): a number typed into the box beside the
    track and committed with Enter becomes `value`, clamped to [min, max]; a slider with
    step=None (only the marks are values) has no box, nor has one with `allow_direct_input=False`."""
    from selenium.webdriver.common.keys import Keys

    app = year_slider_app()
    app.layout.children.append(learndash.dcc.Slider(0, 5, 1, value=1, id="plain", allow_direct_input=False))
    with BrowserHarness(app) as page:
        def type_into_box(slider_id, text):
            box = page.execute_script(f"return document.getElementById('{slider_id}').querySelector('.learndash-slider-box')")
            box.send_keys(Keys.CONTROL, "a")
            box.send_keys(Keys.BACKSPACE)
            box.send_keys(text)
            box.send_keys(Keys.ENTER)
            page.wait_idle()

        type_into_box("count", "42")
        assert page.get_prop("count", "value") == 10
        type_into_box("count", "4")
        assert page.text("out") == "1952/4"
        for no_box in ["year", "plain"]:
            assert page.execute_script(f"return document.getElementById('{no_box}').querySelector('.learndash-slider-box').hidden")
