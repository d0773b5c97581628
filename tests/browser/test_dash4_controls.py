"""Dash 4's controls, used as a person uses them, on learndash's page and on Dash's (rules K-2, K-3)."""
from __future__ import annotations

from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


def controls_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Input(id="amount", type="number", value=0.3, step=0.1, max=0.4),
            lib.dcc.Dropdown(["Canada", "Cameroon", "France"], "Cameroon", id="country"),
            lib.html.Div(id="out"),
        ]
    )

    @app.callback(lib.Output("out", "children"), lib.Input("amount", "value"), lib.Input("country", "value"))
    def show(amount, country):
        return f"{amount}|{country}"

    return app


def test_the_plus_and_minus_buttons_of_a_number_box_step_its_value(open_page):
    """K-2 (Dash 4): a number Input has − and + buttons that write value ± step at once, rounded to
    the step's decimals and kept within min / max (the + button is disabled at max)."""
    page = open_page(controls_app)
    box = page.execute_script("return document.getElementById('amount').parentElement")
    box.find_element(By.CSS_SELECTOR, "[aria-label='Increase value']").click()
    page.wait_idle()
    assert page.text("out") == "0.4|Cameroon"
    assert box.find_element(By.CSS_SELECTOR, "[aria-label='Increase value']").get_attribute("disabled") is not None
    box.find_element(By.CSS_SELECTOR, "[aria-label='Decrease value']").click()
    box.find_element(By.CSS_SELECTOR, "[aria-label='Decrease value']").click()
    page.wait_idle()
    assert page.get_prop("amount", "value") == 0.2


SEARCH_SHOWN = "(() => { const box = document.querySelector('input[type=search]'); return box !== null && box.offsetParent !== null; })()"


def open_menu(page: Any) -> None:
    """Click the dropdown like a person (in its middle) and wait for its menu's search box."""
    page.execute_script("return document.getElementById('country')").click()
    page.wait_until(SEARCH_SHOWN)


def test_a_dropdown_opens_a_menu_with_a_search_box_and_the_choice_highlighted(open_page):
    """K-3 (Dash 4): clicking the dropdown opens a menu holding a search box and the options, the
    chosen one marked selected; typing narrows the options and Enter picks the first; Escape
    closes the menu without changing the value."""
    page = open_page(controls_app)
    open_menu(page)
    selected = page.execute_script(
        "return [...document.querySelectorAll('[role=option][aria-selected=true]')].map((o) => o.textContent)"
    )
    assert selected == ["Cameroon"]
    search = page.execute_script("return document.querySelector('input[type=search]')")
    search.send_keys("fr")
    page.wait_idle()
    shown = page.execute_script("return [...document.querySelectorAll('[role=option]')].map((o) => o.textContent)")
    assert shown == ["France"]
    search.send_keys(Keys.ENTER)
    page.wait_idle()
    assert page.text("out") == "0.3|France"
    open_menu(page)
    page.execute_script("return document.querySelector('input[type=search]')").send_keys(Keys.ESCAPE)
    page.wait_until(f"!({SEARCH_SHOWN})")
    assert page.get_prop("country", "value") == "France"


def searched_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Dropdown(["Canada", "Cameroon", "France"], id="country"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("country", "search_value"), lib.Input("country", "value"),
                  prevent_initial_call=True)
    def show(search_value, value):
        return f"{search_value!r}|{value!r}"

    return app


def test_a_pick_removes_the_search_so_its_listeners_read_none(open_page):
    """K-3: typing writes `search_value`; picking closes the menu and removes `search_value`, so
    a callback listening to it reads None (not ""), in the same call as the new value."""
    page = open_page(searched_app)
    open_menu(page)
    search = page.execute_script("return document.querySelector('input[type=search]')")
    search.send_keys("fr")
    page.wait_idle()
    assert page.text("out") == "'fr'|None"
    search.send_keys(Keys.ENTER)
    page.wait_idle()
    assert page.get_prop("out", "children") == "None|'France'"
    assert "search_value" not in page.get_props("country")


def debounced_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Dropdown(["a", "b", "c"], id="single", debounce=True),
        lib.dcc.Dropdown(["a", "b", "c"], [], multi=True, id="multi", debounce=True),
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("single", "value"), lib.Input("multi", "value"),
                  prevent_initial_call=True)
    def show(single, multi):
        return f"{single!r} {multi!r}"

    return app


# learndash keeps a closed dropdown's search box hidden in the page, Dash removes it: any shown one.
ANY_SEARCH_SHOWN = "[...document.querySelectorAll('input[type=search]')].some((box) => box.offsetParent !== null)"


def pick(page: Any, label: str) -> None:
    """Click the shown menu option with this label."""
    options = page.execute_script("return [...document.querySelectorAll('[role=option]')]")
    next(option for option in options if option.is_displayed() and option.text.strip() == label).click()
    page.wait_idle()


def open_and_escape(page: Any, component_id: str) -> None:
    """Open the dropdown's menu with a click, then close it with Escape."""
    page.execute_script("return document.getElementById(arguments[0])", component_id).click()
    page.wait_until(ANY_SEARCH_SHOWN)
    page.execute_script("return document.activeElement").send_keys(Keys.ESCAPE)
    page.wait_idle()


def test_a_debounced_dropdown_writes_its_picks_when_the_person_closes_the_menu(open_page):
    """K-3: with debounce=True, picks in an open menu are held and written in one edit when the
    person closes the menu (Escape); a single pick closes the menu without writing, so it waits
    for the next close (Dash 4.4.1)."""
    page = open_page(debounced_app)
    page.execute_script("return document.getElementById('multi')").click()
    page.wait_until(ANY_SEARCH_SHOWN)
    pick(page, "a")
    pick(page, "c")
    assert page.calls == []
    page.execute_script("return document.activeElement").send_keys(Keys.ESCAPE)
    page.wait_idle()
    assert page.get_prop("out", "children") == "None ['a', 'c']"
    assert len(page.calls) == 1
    page.execute_script("return document.getElementById('single')").click()
    page.wait_until(ANY_SEARCH_SHOWN)
    pick(page, "b")
    assert page.get_prop("single", "value") is None
    open_and_escape(page, "single")
    assert page.get_prop("out", "children") == "'b' ['a', 'c']"


def multi_with_one_value_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Dropdown(["a", "b", "c"], "a", multi=True, id="letters"), lib.html.Div(id="out")])

    @app.callback(lib.Output("out", "children"), lib.Input("letters", "value"), prevent_initial_call=True)
    def show(value):
        return f"{value!r}"

    return app


def test_a_multi_dropdown_given_one_value_adds_picks_to_it(open_page):
    """K-3: a multi Dropdown whose value is one option ("a", not ["a"]) shows it chosen, and a pick
    makes the list of both."""
    page = open_page(multi_with_one_value_app)
    page.execute_script("return document.getElementById('letters')").click()
    page.wait_until(ANY_SEARCH_SHOWN)
    pick(page, "c")
    assert page.get_prop("out", "children") == "['a', 'c']"
