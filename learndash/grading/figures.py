"""Reading a `dcc.Graph` figure the way a grader needs it: its points, axis types and title.

A figure reaches a grader as a plotly `Figure`, or as the dict it serializes to. Plotly 6 writes
numeric arrays in that dict as typed binary blobs, so the reading is done here once:

    {"dtype": "f8", "bdata": "AAAAAAAA8D8AAAAAAAAAQA=="}  ->  [1.0, 2.0]
"""
from __future__ import annotations

import base64
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy

from learndash.grading.evidence import Mistake, hint_for

if TYPE_CHECKING:
    from learndash.grading.trial import StudentApp, Trial


class NotAFigure(TypeError):
    """The app gave a graph's `figure` a value that is no figure (a list: `[fig]` returned for one Output)."""


def is_figure(value: Any) -> bool:
    """True for what a graph can draw: None (nothing yet), a plotly Figure or its dict."""
    return value is None or hasattr(value, "to_plotly_json") or isinstance(value, dict)


def figure_dict(figure: Any) -> dict:
    """The figure as a plain dict (`{}` for None), whatever form the app returned it in."""
    if figure is None:
        return {}
    if hasattr(figure, "to_plotly_json"):
        figure = figure.to_plotly_json()
    if isinstance(figure, dict):
        return figure
    fix = (" A callback with one Output returns the figure itself: `return fig`, not `[fig]` (a list of values is "
           "for a list of Outputs)." if isinstance(figure, list) else "")
    raise NotAFigure(f"The graph's figure is a {type(figure).__name__}, not a plotly Figure or a dict.{fix}")


def as_meant(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`read` applied to the figure the callback meant: the figure, or the one inside a one-element list
    (`[fig]` returned for one Output); any other value as it is.

    For the checks of what the figure shows besides its form (its axes, its year, the same graph as at
    page load): the list itself is the graph check's mistake, charged there once.
    """
    def read_as_meant(value: Any) -> Any:
        if isinstance(value, list) and len(value) == 1 and is_figure(value[0]):
            value = value[0]
        return read(value) if is_figure(value) else value

    return read_as_meant


def values(array: Any) -> list:
    """A data array (list, numpy array, pandas Series or plotly typed blob) as a Python list."""
    if array is None:
        return []
    if isinstance(array, dict) and "bdata" in array:
        decoded = numpy.frombuffer(base64.b64decode(array["bdata"]), dtype=numpy.dtype(array["dtype"]))
        if "shape" in array:
            decoded = decoded.reshape([int(size) for size in str(array["shape"]).split(",")])
        return decoded.tolist()
    if hasattr(array, "tolist"):
        return array.tolist()
    return list(array)


def traces(figure: Any) -> list[dict]:
    return list(figure_dict(figure).get("data") or [])


def points(figure: Any, *, x: str = "x", y: str = "y") -> list[tuple]:
    """Every (x, y) point of every trace, sorted, with floats rounded so comparisons are stable."""
    found: list[tuple] = []
    for trace in traces(figure):
        for pair in zip(values(trace.get(x)), values(trace.get(y))):
            found.append(tuple(_rounded(value) for value in pair))
    return sorted(found, key=repr)


LINES_ONLY_FROM = 20  # plotly.js: a scatter trace with no mode draws "lines+markers" under 20 points, "lines" from 20


def drawn_as(trace: dict) -> str:
    """How a trace draws its points, as a person sees them: its type ("bar", ...), or for a scatter trace
    its mode ("markers", "lines", ...), an unset mode resolved as plotly.js does (go.Scatter without mode)."""
    kind = trace.get("type") or "scatter"
    if kind not in ("scatter", "scattergl"):
        return kind
    return trace.get("mode") or ("lines+markers" if len(values(trace.get("x"))) < LINES_ONLY_FROM else "lines")


NONE_OF_THE_DATA = "none of the data's points"


def way_of_drawing(figure: Any, data_points: set[tuple]) -> str:
    """How the figure draws the points of `data_points` (see `drawn_as`): "markers", "lines",
    "lines+markers", "bar", or several joined by " and " ("lines and markers").

    A trace through fewer than two of them (a trend line, a reference line) is left out.
    """
    ways = {drawn_as(trace) for trace in traces(figure) if len(data_points.intersection(points({"data": [trace]}))) >= 2}
    return " and ".join(sorted(ways)) or NONE_OF_THE_DATA


@dataclass(frozen=True)
class Drawing:
    """A way of drawing a task asks for: its name, whether one trace's way (`drawn_as`) is it, and the
    mistake another way is."""

    name: str
    is_it: Callable[[str], bool]
    mistake: Mistake

    def drawn_by(self, way: str) -> bool:
        """Whether `way` (a `way_of_drawing`) draws every trace this way."""
        return way != NONE_OF_THE_DATA and all(self.is_it(one.split("+")) for one in way.split(" and "))


SCATTER = Drawing(
    "a scatter of markers", lambda modes: "markers" in modes and "lines" not in modes,
    Mistake("the points were joined by a line", shows=lambda way: "lines" in way,
            fix='Draw a scatter: px.scatter(...), or go.Scatter(..., mode="markers") (with no mode, plotly joins the '
            "points by a line)."))
MARKERS = Drawing(
    "a marker per point", lambda modes: "markers" in modes,
    Mistake("the points were drawn without markers", shows=lambda way: way != NONE_OF_THE_DATA,
            fix='Show each point: px.scatter(...), or mode="markers" (px.line and a long go.Scatter draw only a line).'))
LINE = Drawing(
    "a line", lambda modes: "lines" in modes,
    Mistake("the points were drawn without a line", shows=lambda way: way != NONE_OF_THE_DATA,
            fix='Draw a line: px.line(...), or mode="lines" (px.scatter and mode="markers" draw loose points).'))


def expect_drawn(t: Trial, app: StudentApp, graph_id: str, drawing: Drawing, shown_right: list, data_points: set[tuple], *,
                 what: str, hint: str) -> None:
    """One part: the graph `graph_id` draws its points as `drawing` asks, judged on the first figure of
    `shown_right` (the figures the check's parts found right) that draws any of `data_points`.

    With no right figure there is nothing to judge: a graph a callback drew, with the wrong points,
    is charged by the parts that found them wrong, not again here; a graph no callback draws (a
    placeholder in the layout: no callback writes a figure) or that draws nothing earns nothing. With right figures that draw none
    of the points (an answer emptied by data an earlier call cut down, accepted by the parts and
    charged by the data check) there is no drawing to judge either.
    """
    if not shown_right:
        written = any(output.component_property == "figure" for callback in app.callbacks for output in callback.outputs)
        drawn = written and app.has_component(graph_id) and not draws_nothing(app.get_prop(graph_id, "figure"))
        t.expect(drawn, what=what, expected=drawing.name, actual="not judged: the graph never showed the right points",
                 hint="See the parts above: the graph must first show the right points.")
        return
    ways = [as_meant(lambda figure: way_of_drawing(figure, data_points))(figure) for figure in shown_right]
    judged = [way for way in ways if way != NONE_OF_THE_DATA]
    if not judged:
        t.expect(True, what=what)
        return
    t.expect(drawing.drawn_by(judged[0]), what=what, expected=drawing.name, actual=judged[0],
             hint=hint_for(judged[0], [drawing.mistake], hint))


def draws_nothing(figure: Any) -> bool:
    """True for a figure that draws no trace: None, {}, go.Figure() (a placeholder, not a drawn figure)."""
    try:
        return traces(figure) == []
    except TypeError:
        return False


def point_count(figure: Any) -> int:
    return sum(len(values(trace.get("x"))) for trace in traces(figure))


def axis_type(figure: Any, axis: str) -> str:
    """`"log"` or `"linear"` for `axis` ("xaxis"/"yaxis"); plotly's unset default counts as linear."""
    layout = figure_dict(figure).get("layout") or {}
    return (layout.get(axis) or {}).get("type") or "linear"


def title(figure: Any) -> str:
    heading = (figure_dict(figure).get("layout") or {}).get("title") or {}
    return heading.get("text", "") if isinstance(heading, dict) else str(heading)


def _rounded(value: Any) -> Any:
    """Numbers as floats rounded to 6 places (an int column may arrive as floats), others unchanged."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return round(float(value), 6)
    return value
