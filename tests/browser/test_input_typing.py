"""Typing into a dcc.Input like a person, on learndash's page and on Dash's (rule K-2): which
`value` each keystroke writes, if any."""
from __future__ import annotations

from typing import Any

from selenium.webdriver.common.keys import Keys


def number_boxes_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="bounded", type="number", min=0, max=10, step=0.5),
        lib.dcc.Input(id="free", type="number"),
        lib.dcc.Input(id="later", debounce=True),
        lib.html.Div(id="bounded-out"), lib.html.Div(id="free-out"), lib.html.Div(id="later-out"),
    ])

    @app.callback(lib.Output("bounded-out", "children"), lib.Input("bounded", "value"), prevent_initial_call=True)
    def show_bounded(value):
        return f"bounded {value!r}"

    @app.callback(lib.Output("free-out", "children"), lib.Input("free", "value"), prevent_initial_call=True)
    def show_free(value):
        return f"free {value!r}"

    @app.callback(lib.Output("later-out", "children"), lib.Input("later", "value"), lib.Input("later", "n_submit"),
                  prevent_initial_call=True)
    def show_later(value, n_submit):
        return f"later {value!r} {n_submit}"

    return app


def retype(page: Any, component_id: str, text: str) -> list[str]:
    """Replace what the box shows with `text`; the callbacks that ran because of it."""
    before = len(page.calls)
    page.type_text(component_id, text)
    return [call.callback for call in page.calls[before:]]


def add_keys(page: Any, component_id: str, keys: str) -> list[str]:
    """Type `keys` after what the box shows; the callbacks that ran because of it."""
    before = len(page.calls)
    page.type_text(component_id, keys, clear=False)
    return [call.callback for call in page.calls[before:]]


def test_a_number_box_writes_null_for_what_the_browser_finds_invalid(open_page):
    """K-2: a number Input writes None for a number the browser rejects (outside min / max, off
    `step`), a number within them as a number, and without `step` any decimal (Dash's default step
    is "any")."""
    page = open_page(number_boxes_app)
    retype(page, "bounded", "12")
    assert page.get_prop("bounded-out", "children") == "bounded None"
    retype(page, "bounded", "1.50")
    assert page.get_prop("bounded-out", "children") == "bounded 1.5"
    retype(page, "bounded", "1.3")
    assert page.get_prop("bounded-out", "children") == "bounded None"
    retype(page, "free", "1.25")
    assert page.get_prop("free-out", "children") == "free 1.25"
    retype(page, "free", "1e3")
    assert page.get_prop("free-out", "children") == "free 1000"


def test_a_number_box_writes_only_when_its_number_changes(open_page):
    """K-2: a number Input writes `value` only when the number differs: "-" typed into an empty
    box, or ".0" after -5, runs nothing, and the box keeps what was typed."""
    page = open_page(number_boxes_app)
    assert retype(page, "free", "-") == []
    assert page.get_prop("free", "value") is None
    assert add_keys(page, "free", "5") == ["show_free"]
    assert add_keys(page, "free", ".0") == []
    assert page.get_prop("free", "value") == -5


def test_a_debounced_box_emptied_before_its_first_enter_stays_unset(open_page):
    """K-2: with debounce=True, Enter writes the text; an empty box never gives a value that was
    never set, so Enter there writes only n_submit."""
    page = open_page(number_boxes_app)
    add_keys(page, "later", "x" + Keys.BACKSPACE)
    page.press_enter("later")
    assert page.get_prop("later-out", "children") == "later None 1"
    assert "value" not in page.get_props("later")
    add_keys(page, "later", "ok")
    page.press_enter("later")
    assert page.get_prop("later-out", "children") == "later 'ok' 2"
