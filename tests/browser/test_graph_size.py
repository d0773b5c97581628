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
    page = open_page(growing_figure_app, timeout=60)  # generous: plotly draws slowly on a loaded machine
    page.set_props("n", {"value": 5})
    # Dash's page is idle before plotly has drawn (its graphs load lazily), so wait for both plots.
    page.wait_until('document.querySelectorAll(".main-svg").length >= 4')
    (plain_top, plain_height), (boxed_top, boxed_height), (below_top, _) = page.execute_script(HEIGHTS)
    assert plain_height == 450
    assert boxed_height == 300
    assert boxed_top >= plain_top + plain_height
    assert below_top >= boxed_top + boxed_height


def sizing_app(lib: Any) -> Any:
    """One bar chart drawn by graphs that differ only in how they are sized."""
    app = lib.Dash(__name__)
    figure = {"data": [{"type": "bar", "x": [1, 2, 3], "y": [3, 1, 2]}], "layout": {}}
    fixed_width = {"data": figure["data"], "layout": {"width": 600}}
    app.layout = lib.html.Div(
        [
            lib.dcc.Graph(id="auto", figure=figure),
            lib.dcc.Graph(id="responsive", figure=figure, responsive=True),
            lib.dcc.Graph(id="unresponsive", figure=figure, responsive=False),
            lib.dcc.Graph(id="fixed-width", figure=fixed_width),
            lib.html.Div(lib.dcc.Graph(id="in-box", figure=figure), id="box", style={"width": "700px"}),
            lib.html.Div(
                lib.dcc.Graph(id="fills-box", figure=figure, responsive=True),
                id="short-box",
                style={"width": "700px", "height": "200px"},
            ),
        ]
    )
    return app


SIZES = """return Object.fromEntries(arguments[0].map((id) => {
  const svg = document.getElementById(id).querySelector(".main-svg").getBoundingClientRect();
  return [id, [Math.round(svg.width), Math.round(svg.height)]];
}));"""
GRAPH_IDS = ["auto", "responsive", "unresponsive", "fixed-width", "in-box", "fills-box"]


def plot_fits(graph_id: str, width: str) -> str:
    """A page condition: the graph's plot is drawn `width` wide (a JS expression, in px)."""
    return (
        f'(() => {{ const svg = document.querySelector("#{graph_id} .main-svg");'
        f" return svg !== null && Math.round(svg.getBoundingClientRect().width) === Math.round({width}); }})()"
    )


PAGE_WIDTH = "document.body.clientWidth"


def test_graphs_follow_the_window_and_their_container(open_page):
    """K-7 (Dash 4.4.1's dcc.Graph): a graph is refitted after its first draw and whenever its box
    changes size, whatever `responsive` says, so it follows the window (1280 -> 900 px) and a
    container that narrows; a layout width is replaced too. responsive=False keeps plotly's
    700 x 450; responsive=True fills its container's height."""
    page = open_page(sizing_app, timeout=60)  # generous: plotly draws slowly on a loaded machine
    page.wait_until(" && ".join(plot_fits(graph_id, PAGE_WIDTH) for graph_id in ["auto", "fixed-width"]))
    page.wait_until(plot_fits("in-box", "700") + " && " + plot_fits("fills-box", "700"))
    wide_page = page.execute_script(f"return {PAGE_WIDTH};")
    assert page.execute_script(SIZES, GRAPH_IDS) == {
        "auto": [wide_page, 450],
        "responsive": [wide_page, 450],
        "unresponsive": [700, 450],
        "fixed-width": [wide_page, 450],
        "in-box": [700, 450],
        "fills-box": [700, 200],
    }

    page.resize_window(900, 900)
    page.wait_until(" && ".join(plot_fits(graph_id, PAGE_WIDTH) for graph_id in ["auto", "responsive", "fixed-width"]))
    narrow_page = page.execute_script(f"return {PAGE_WIDTH};")
    assert narrow_page < wide_page - 300
    assert page.execute_script(SIZES, ["auto", "unresponsive", "in-box"]) == {
        "auto": [narrow_page, 450],
        "unresponsive": [700, 450],
        "in-box": [700, 450],
    }

    page.execute_script('document.getElementById("box").style.width = "400px";')
    page.execute_script('document.getElementById("short-box").style.width = "400px";')
    page.wait_until(plot_fits("in-box", "400") + " && " + plot_fits("fills-box", "400"))
    assert page.execute_script(SIZES, ["in-box", "fills-box", "unresponsive"]) == {
        "in-box": [400, 450],
        "fills-box": [400, 200],
        "unresponsive": [700, 450],
    }
