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


def test_a_slider_with_step_none_and_no_marks_moves_in_steps_of_one():
    """K-4 (observed on Dash 4.4.1 with a real mouse drag): step=None means "only the marks", but
    a slider without marks (marks=None, or none given) then moves in steps of 1, as Dash 4's
    slider falls back to its default step; it does not slide continuously."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([
        learndash.dcc.Slider(min=0, max=10, step=None, marks=None, value=2, id="plain"),
        learndash.dcc.Slider(min=0, max=10, step=None, value=2, id="unmarked"),
    ])
    with BrowserHarness(app) as page:
        page.drag_slider("plain", 6.6)
        page.drag_slider("unmarked", 3.3)
        assert (page.get_prop("plain", "value"), page.get_prop("unmarked", "value")) == (7, 3)


def test_a_slider_with_step_none_or_without_direct_input_has_no_number_box():
    """K-4 (Dash 4's allow_direct_input, on by default): a slider with step=None (only the marks
    are values) has no number box beside its track, nor has one with `allow_direct_input=False`."""
    app = year_slider_app()
    app.layout.children.append(learndash.dcc.Slider(0, 5, 1, value=1, id="plain", allow_direct_input=False))
    with BrowserHarness(app) as page:
        for no_box in ["year", "plain"]:
            assert page.execute_script(f"return document.getElementById('{no_box}').querySelector('.learndash-slider-box').hidden")


def number_box_app(lib):
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Slider(0, 10, 1, value=3, id="count"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("count", "value"), lib.Input("count", "drag_value"))
    def show(value, drag_value):
        return f"value {value} drag {drag_value}"

    return app


def test_the_number_box_beside_a_slider_writes_like_dash_4(open_page):
    """K-4 (Dash 4's allow_direct_input): each keystroke that gives a number on a step within
    min / max writes drag_value (an emptied box writes None); leaving the box, not Enter, writes
    value, clamped and stepped, and None for an empty box. A value the box wrote is not copied
    to drag_value again."""
    from selenium.webdriver.common.keys import Keys

    page = open_page(number_box_app)
    page.wait_until("document.getElementById('count').querySelector('input[type=number]') !== null")
    box = page.execute_script("return document.getElementById('count').querySelector('input[type=number]')")

    def press(*keys):
        for key in keys:
            box.send_keys(key)
            page.wait_idle()

    press(Keys.END, Keys.BACKSPACE)
    assert page.get_prop("out", "children") == "value 3 drag None"
    press("4", "2", Keys.ENTER)
    assert page.get_prop("out", "children") == "value 3 drag 4"
    press(Keys.TAB)
    assert page.get_prop("out", "children") == "value 10 drag 4"
    box.click()
    press(Keys.END, Keys.BACKSPACE, Keys.BACKSPACE, "4", Keys.TAB)
    assert page.get_prop("out", "children") == "value 4 drag 4"
    box.click()
    press(Keys.END, Keys.BACKSPACE, Keys.TAB)
    assert page.get_prop("out", "children") == "value None drag None"


def range_box_app(lib):
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.RangeSlider(0, 10, 1, value=[2, 6], id="range"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("range", "value"), lib.Input("range", "drag_value"))
    def show(value, drag_value):
        return f"value {value} drag {drag_value}"

    return app


def test_the_number_boxes_of_a_range_slider_keep_the_bounds_in_order(open_page):
    """K-4 (Dash 4's allow_direct_input): a bound typed into a RangeSlider's box goes to
    drag_value at once; leaving the box writes value with the bound kept on its side of the other
    (8 typed as the low bound of [2, 6] gives [6, 6]); an emptied box left gives max (high) or min
    (low) as value, while its drag_value bound stays None."""
    from selenium.webdriver.common.keys import Keys

    page = open_page(range_box_app)
    page.wait_until("document.getElementById('range').querySelectorAll('input[type=number]').length === 2")
    low, high = page.execute_script("return [...document.getElementById('range').querySelectorAll('input[type=number]')]")

    def press(box, *keys):
        for key in keys:
            box.send_keys(key)
            page.wait_idle()

    press(low, Keys.END, Keys.BACKSPACE, "8")
    assert page.get_prop("out", "children") == "value [2, 6] drag [8, 6]"
    press(low, Keys.TAB)
    assert page.get_prop("out", "children") == "value [6, 6] drag [8, 6]"
    high.click()
    press(high, Keys.END, Keys.BACKSPACE, Keys.TAB)
    assert page.get_prop("out", "children") == "value [6, 10] drag [6, None]"
    low.click()
    press(low, Keys.END, Keys.BACKSPACE, Keys.TAB)
    assert page.get_prop("out", "children") == "value [0, 10] drag [None, 10]"
