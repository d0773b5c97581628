"""Clicking a dcc.Graph's bars like a person, on learndash's page and on Dash's (rule K-7): the
clickData a callback receives."""
from __future__ import annotations

from typing import Any

from selenium.webdriver.common.action_chains import ActionChains


def histogram_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    figure = {"data": [{"type": "histogram", "x": [1, 1, 3], "customdata": ["a", "b", "c"]}],
              "layout": {"width": 400, "height": 300}}
    app.layout = lib.html.Div([lib.dcc.Graph(id="graph", figure=figure), lib.html.Div(id="clicked")])

    @app.callback(lib.Output("clicked", "children"), lib.Input("graph", "clickData"), prevent_initial_call=True)
    def clicked(click_data):
        point = click_data["points"][0]
        return f"{point['pointNumbers']} {point['customdata']} {'timestamp' in click_data}"

    return app


def test_a_histogram_bar_click_carries_the_customdata_of_each_of_its_points(open_page):
    """K-7: clicking a histogram bar writes clickData whose point lists the bar's pointNumbers and
    the customdata of each of them, with a timestamp."""
    page = open_page(histogram_app)
    page.wait_until("document.querySelectorAll('#graph .bars path').length > 0")
    bar = page.execute_script("return document.querySelector('#graph .bars path')")
    ActionChains(bar.parent).move_to_element(bar).click().perform()
    page.wait_until("document.getElementById('clicked').textContent !== ''")
    page.wait_idle()
    assert page.text("clicked") == "[0, 1] ['a', 'b'] True"
