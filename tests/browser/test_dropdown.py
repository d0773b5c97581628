"""dcc.Dropdown typed into and clicked in Chromium, on learndash's page (rule K-3)."""
from __future__ import annotations

import learndash
from learndash.testing.browser import BrowserHarness


def dropdown_app():
    app = learndash.Dash(__name__)
    countries = ["Canada", "Cameroon", "France"]
    app.layout = learndash.html.Div(
        [
            learndash.dcc.Dropdown(countries, "Canada", id="one"),
            learndash.dcc.Dropdown(countries, [], id="many", multi=True),
            learndash.html.Div(id="out"),
        ]
    )

    @app.callback(learndash.Output("out", "children"), learndash.Input("one", "value"), learndash.Input("many", "value"))
    def show(one, many):
        return f"{one}|{','.join(many or [])}"

    return app


def test_typing_filters_the_options_and_enter_picks_the_first():
    """K-3: typing writes `search_value` and narrows the menu to matching labels; Enter picks the
    first match; leaving the box clears the search."""
    with BrowserHarness(dropdown_app()) as page:
        page.type_text("one", "ca")
        assert page.get_prop("one", "search_value") == "ca"
        shown = page.execute_script(
            "return [...document.getElementById('one').querySelectorAll('[role=option]')].map(o => o.textContent)"
        )
        assert shown == ["Canada", "Cameroon"]
        page.type_text("one", "fra")
        page.press_enter("one")
        assert page.get_prop("one", "value") == "France"
        assert page.text("out") == "France|"


def test_multi_dropdown_appends_picks_in_click_order():
    """K-3: a multi Dropdown appends each picked option to its value list, in the order picked."""
    with BrowserHarness(dropdown_app()) as page:
        page.select_option("many", "France")
        page.select_option("many", "Canada")
        assert page.get_prop("many", "value") == ["France", "Canada"]
        assert page.text("out") == "Canada|France,Canada"
