"""A callback that writes what JSON cannot hold, or raises an error that cannot be put into words,
gets a teaching error, in the harness and on the server alike (O-4, O-8, W-7, W-8).

The check lives in `execute.py`, which both run: the harness records the call as an error (never
"ok") and leaves the page as it was; the server answers a JSON 500 naming the callback.
"""
from __future__ import annotations

import json
from typing import Any

import pytest

from learndash import Dash, Input, Output, dcc, html, set_props
from learndash.exceptions import CallbackError, InvalidCallbackReturnValue
from learndash.testing import AppHarness


def nested(levels: int) -> list:
    """[[[...]]] `levels` deep, built without recursion."""
    value: list = []
    for _ in range(levels - 1):
        value = [value]
    return value


def holding_itself() -> list:
    """The list `rows` after `rows.append(rows)`: its JSON would never end."""
    rows: list = ["first"]
    rows.append(rows)
    return rows


def dict_holding_itself() -> dict:
    table: dict = {"name": "t"}
    table["me"] = table
    return table


def div_holding_itself() -> html.Div:
    div = html.Div(id="loop")
    div.children = [html.P("one"), div]
    return div


class BrokenComponent:
    """A student's own class whose to_plotly_json fails."""

    def to_plotly_json(self) -> dict:
        raise RuntimeError("not finished yet")


class ExplodingError(Exception):
    """A student's exception class whose __str__ fails."""

    def __str__(self) -> str:
        raise RuntimeError("message not written yet")


def raise_(error: Exception) -> None:
    raise error


FAULTS = {
    "deep return": lambda: nested(3000),
    "set in return": lambda: {"tags": {1, 2}},
    "deep set_props": lambda: set_props("side", {"children": nested(3000)}) or "written",
    "set in set_props": lambda: set_props("side", {"children": {1, 2}}) or "written",
    "set_props without a dict": lambda: set_props("side", "children") or "written",
    "set_props with a list id": lambda: set_props(["side"], {"children": "x"}) or "written",
    "list holding itself": holding_itself,
    "dict holding itself in set_props": lambda: set_props("side", {"children": [dict_holding_itself()]}) or "written",
    "component holding itself": lambda: [div_holding_itself()],
    "to_plotly_json that raises": lambda: ["ok", BrokenComponent()],
    "int past 64 bits": lambda: {"n": 2**64},
    "int past 4,300 digits": lambda: 10**5000,
    "an exception whose str() raises": lambda: raise_(ExplodingError()),
    # A file name read with errors="surrogateescape" (as os.listdir does for bytes that are not UTF-8).
    "an exception text no UTF-8 can hold": lambda: raise_(FileNotFoundError(b"data-\xff.csv".decode("utf-8", "surrogateescape"))),
}


def faulty_app() -> Any:
    """`in` chooses the fault; `out` and `side` start as "before"."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value="fine"), html.Div("before", id="out"), html.Div("before", id="side")])

    @app.callback(Output("out", "children"), Input("in", "value"), prevent_initial_call=True)
    def write(choice):
        return FAULTS[choice]()

    return app


MESSAGES = {
    "deep return": "write() returned a value nested 3,000 levels deep for out.children, deeper than JSON is written here",
    "set in return": "write() returned a value for out.children that JSON cannot hold: set {1, 2} at [\"tags\"].",
    "deep set_props": "write() passed a value nested 3,000 levels deep to set_props() for side.children",
    "set in set_props": "write() passed a value to set_props() for side.children that JSON cannot hold: set {1, 2}.",
    "set_props without a dict": "set_props('side', 'children'): the second argument must be a dict from property names to values",
    "set_props with a list id": "set_props(['side'], ...): the first argument must be a component id",
    "list holding itself": (
        "write() returned a value that holds itself for out.children: at [1] it holds a list, dict or component "
        "that it is already inside of, so its JSON would never end. Put a copy there instead, e.g. "
        "rows.append(list(rows)) rather than rows.append(rows)."
    ),
    "dict holding itself in set_props": 'write() passed a value that holds itself to set_props() for side.children: at [0]["me"] it holds',
    "component holding itself": 'write() returned a value that holds itself for out.children: at [0].props["children"][1] it holds',
    "to_plotly_json that raises": "write() returned a value for out.children that JSON cannot hold: BrokenComponent",
    "int past 64 bits": (
        'write() returned a value for out.children that JSON cannot hold: int 18446744073709551616 at ["n"]. '
        "Integers must fit in 64 bits, as the page could not read a larger one exactly; send it as text, e.g. str(n)."
    ),
    "int past 4,300 digits": "write() returned a value for out.children that JSON cannot hold: int <an int of about 5,000 digits>.",
    # Python's traceback says "<exception str() failed>" in its place; the error is still the student's, named.
    "an exception whose str() raises": "Callback error in write() updating out.children: ExplodingError: <str() of this ExplodingError raised RuntimeError>",
    "an exception text no UTF-8 can hold": "Callback error in write() updating out.children: FileNotFoundError: data-\\udcff.csv",
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_the_harness_records_a_teaching_error_and_keeps_the_page(fault):
    """O-4, O-8: with raise_on_error=False the call is recorded as "error" (never "ok"), the
    error is the project's, and neither output nor set_props target changed."""
    h = AppHarness(faulty_app(), raise_on_error=False)
    h.set_props("in", {"value": fault})
    assert h.calls[-1].status == "error"
    assert isinstance(h.errors[-1].exception, CallbackError)
    assert MESSAGES[fault] in h.errors[-1].message
    assert h.get_prop("out", "children") == "before"
    assert h.get_prop("side", "children") == "before"


@pytest.mark.parametrize("fault", ["deep return", "set in set_props"])
def test_the_harness_raises_the_teaching_error_by_default(fault):
    """O-4: raise_on_error=True raises InvalidCallbackReturnValue, not a TypeError or RecursionError."""
    h = AppHarness(faulty_app())
    with pytest.raises(InvalidCallbackReturnValue) as raised:
        h.set_props("in", {"value": fault})
    assert MESSAGES[fault] in str(raised.value)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_the_server_answers_a_json_500_naming_the_callback(fault):
    """W-8, O-8: the same faults over HTTP are a JSON 500 with the same message and the callback."""
    app = faulty_app()
    body = {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": fault}],
        "changedPropIds": ["in.value"],
    }
    response = app.server.test_client().post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    assert response.status_code == 500
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert error["callback"] == "write"
    assert MESSAGES[fault] in error["message"]
