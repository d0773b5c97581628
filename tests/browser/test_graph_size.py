"""dcc.Graph keeps its size when a callback redraws it (rule K-7), on learndash's page and on Dash's."""
from __future__ import annotations

from typing import Any


def growing_figure_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div(
        [
            lib.dcc.Input(id="n", type="number", value=2),
            lib.dcc.Graph(id="plain"),
            lib.dcc.Graph(id="boxed", style={"height": 300}),
            lib.html.P("below the graphs", id="below"),
        ]
    )

    @app.callback(lib.Output("plain", "figure"), lib.Output("boxed", "figure"), lib.Input("n", "value"))
    def draw(n):
        figure = {"data": [{"type": "bar", "x": list(range(n or 0)), "y": list(range(n or 0))}], "layout": {}}
        return figure, figure

    return app


HEIGHTS = """return ["plain", "boxed", "below"].map((id) => {
  const box = document.getElementById(id).getBoundingClientRect();
  return [Math.round(box.top), Math.round(box.height)];
});"""


def test_a_redrawn_graph_keeps_its_height_and_a_styled_one_fills_its_box(open_page):
    """K-7: without a styled height a graph keeps plotly's 450px through redraws; with
    style={"height": 300} the plot fills 300px; nothing below is covered."""
    page = open_page(growing_figure_app)
    page.set_props("n", {"value": 5})
    # Dash's page is idle before plotly has drawn (its graphs load lazily), so wait for both plots.
    page.wait_until('document.querySelectorAll(".main-svg").length >= 4')
    (plain_top, plain_height), (boxed_top, boxed_height), (below_top, _) = page.execute_script(HEIGHTS)
    assert plain_height == 450
    assert boxed_height == 300
    assert boxed_top >= plain_top + plain_height
    assert below_top >= boxed_top + boxed_height
