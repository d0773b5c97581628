"""A server that breaks the protocol: a clear `LearndashError` naming the request and what was
wrong, and the page left as it was before the failed request (issue 9, "Bad input"; W-1, W-5, W-7).

The broken servers are real transports whose answers are corrupted on the way, or a real HTTP
server that is shut down in the middle of a cascade.
"""
from __future__ import annotations

from typing import Any

import pytest

from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import LearndashError
from learndash.testing import AppHarness
from learndash.testing.serving import LocalServer
from learndash.transport import HttpTransport, InProcessTransport


def chain_app() -> Dash:
    """inp → first → second: one edit runs two requests in a row."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="first"), html.Div(id="second")])

    @app.callback(Output("first", "children"), Input("inp", "value"))
    def first(value):
        return f"1:{value}"

    @app.callback(Output("second", "children"), Input("first", "children"))
    def second(value):
        return f"2:{value}"

    return app


class Corrupting(InProcessTransport):
    """The in-process server, with one of its answers replaced once the page has loaded."""

    def __init__(self, app: Any, **replacements: Any) -> None:
        super().__init__(app)
        self.replacements = replacements
        self.armed = False

    def fetch_layout(self) -> Any:
        return self.replacements.get("layout", super().fetch_layout())

    def fetch_dependencies(self) -> list[dict[str, Any]]:
        return self.replacements.get("dependencies", super().fetch_dependencies())

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        status, answer = super().update_component(body)
        if self.armed and body["output"] == "second.children" and "answer" in self.replacements:
            return 200, self.replacements["answer"]
        return status, answer


def test_a_layout_that_is_not_a_component_is_named():
    """W-2: `/_dash-layout` answering something that is not a component says so."""
    with pytest.raises(LearndashError, match=r"/_dash-layout must be a component .* the server sent \{'oops': 1\}"):
        AppHarness.over(Corrupting(chain_app(), layout={"oops": 1}))


def test_a_dependency_entry_without_output_is_named():
    """W-5: a callback definition the page cannot read names its position and content."""
    broken = [{"inputs": [{"id": "inp", "property": "value"}], "state": []}]
    with pytest.raises(LearndashError, match=r"/_dash-dependencies entry 0 is not a callback definition .*KeyError"):
        AppHarness.over(Corrupting(chain_app(), dependencies=broken))


def test_a_response_naming_a_component_the_request_did_not_ask_for_changes_nothing():
    """W-7: an answer that writes an id outside the request's outputs is refused before anything
    is applied; the error names the callback and the ids."""
    transport = Corrupting(chain_app(), answer={"multi": True, "response": {"inp": {"value": "hacked"}, "second": {"children": "x"}}})
    harness = AppHarness.over(transport)
    transport.armed = True
    with pytest.raises(LearndashError, match=r"second\(\) could not run: .*answered 200, but it writes \['inp'\], which the request did not ask for"):
        harness.set_props("inp", {"value": "b"})
    assert harness.get_prop("inp", "value") == "b"
    assert harness.get_prop("first", "children") == "1:b"  # the request before the broken one
    assert harness.get_prop("second", "children") == "2:1:a"  # as before the failed request
    assert harness.calls[-1].status == "error"


def test_a_response_that_is_not_a_callback_response_is_named():
    """W-7: a 200 whose JSON is not `{"multi": true, "response": {...}}` is a LearndashError."""
    transport = Corrupting(chain_app(), answer=["not", "a", "response"])
    harness = AppHarness.over(transport)
    transport.armed = True
    with pytest.raises(LearndashError, match="it is not a callback response"):
        harness.set_props("inp", {"value": "b"})
    assert harness.get_prop("second", "children") == "2:1:a"


class StopsServerAfterFirstRequest(HttpTransport):
    """HTTP to a real server that is shut down right after the first request of a cascade."""

    def __init__(self, server: LocalServer) -> None:
        super().__init__(server.base_url, timeout=5)
        self.server = server
        self.armed = False

    def update_component(self, body: dict[str, Any]) -> tuple[int, Any]:
        answer = super().update_component(body)
        if self.armed:
            self.server.close()
        return answer


def test_a_server_that_goes_away_mid_cascade_is_named():
    """W-1: the server dies after the first request of a cascade: the second request fails with a
    LearndashError naming the callback and the address; what ran before stays applied."""
    server = LocalServer(chain_app().server)
    transport = StopsServerAfterFirstRequest(server)
    harness = AppHarness.over(transport)
    transport.armed = True
    with pytest.raises(LearndashError, match=r"second\(\) could not run: POST http://127\.0\.0\.1:\d+/_dash-update-component failed"):
        harness.set_props("inp", {"value": "b"})
    assert harness.get_prop("first", "children") == "1:b"
    assert harness.get_prop("second", "children") == "2:1:a"
