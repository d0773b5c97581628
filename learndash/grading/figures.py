"""Reading a `dcc.Graph` figure the way a grader needs it: its points, axis types and title.

A figure reaches a grader as a plotly `Figure`, or as the dict it serializes to. Plotly 6 writes
numeric arrays in that dict as typed binary blobs, so the reading is done here once:

    {"dtype": "f8", "bdata": "AAAAAAAA8D8AAAAAAAAAQA=="}  ->  [1.0, 2.0]
"""
from __future__ import annotations

import base64
import math
from collections.abc import Callable
from typing import Any

import numpy


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


def ways_of_drawing(figure: Any, data_points: set[tuple]) -> set[str]:
    """How the figure draws the points of `data_points` (see `drawn_as`), one entry per way.

    A trace with fewer than two of them (a trend line, a reference line, a highlighted point) is left out.
    """
    return {drawn_as(trace) for trace in traces(figure)
            if len(data_points.intersection(points({"data": [trace]}))) >= 2}


def as_markers_only(ways: set[str]) -> bool:
    """True when every way of drawing shows markers and none joins the points by a line: a scatter."""
    return bool(ways) and all("markers" in way.split("+") and "lines" not in way.split("+") for way in ways)


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
