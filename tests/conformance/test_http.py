"""Every conformance scenario on the Python renderer model over HTTP: against a learndash server,
and against a real Dash 4 server (issue 9: the page is fed only by the wire).

Each scenario's app is served on 127.0.0.1 in a thread and driven with `AppHarness.over` an
`HttpTransport`. A real Dash page never tells the browser its callbacks' function names, so for
Dash the test adds them to the config from the app's `callback_map`, so `calls` can be counted
by name as everywhere else.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

import pytest

from learndash.testing import AppHarness
from learndash.testing.serving import LocalServer
from learndash.transport import HttpTransport

from .libs import LEARNDASH, dash_lib
from .runner import run_scenario


class DashServerTransport(HttpTransport):
    """`HttpTransport` to a real Dash server, with the function names the test knows from its app."""

    def __init__(self, base_url: str, app: Any) -> None:
        super().__init__(base_url)
        self.app = app

    def fetch_config(self) -> dict[str, Any]:
        config = super().fetch_config()
        config["callback_names"] = {
            output: getattr(entry.get("callback"), "__name__", output) for output, entry in self.app.callback_map.items()
        }
        return config


@pytest.fixture
def served() -> Iterator[Callable[..., AppHarness]]:
    """`served(app, **options)`: the app on a local server, driven over HTTP; stopped after the test."""
    servers: list[LocalServer] = []

    def open_app(app: Any, **options: Any) -> AppHarness:
        server = LocalServer(app.server)
        servers.append(server)
        if hasattr(app, "callback_map"):  # a real Dash app
            return AppHarness.over(DashServerTransport(server.base_url, app), **options)
        return AppHarness.connect(server.base_url, **options)

    yield open_app
    for server in servers:
        server.close()


def test_scenario_over_http_on_learndash(scenario, served):
    """The scenario's rule, with the Python page talking HTTP to a learndash server."""
    run_scenario(scenario, served, LEARNDASH)


def test_scenario_over_http_on_real_dash(scenario, served):
    """The scenario's rule, with the Python page talking HTTP to a real Dash 4.4 server."""
    run_scenario(scenario, served, dash_lib())
