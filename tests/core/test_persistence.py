"""Persistence (rule K-0c) details that the conformance scenarios (tests/conformance/persistence.py,
checked on real Dash) do not show: storage keys, the reload model, the twin's component list."""
from __future__ import annotations

import re
from pathlib import Path

from learndash import Dash, Input, Output, dcc, html
from learndash.persistence import PERSISTABLE, EditStores, values_key
from learndash.testing import AppHarness


def test_keys_are_dash_keys():
    """K-0c: `<id string>.<prop>.<JSON of persistence>`, as Dash's getValsKey (so one browser's
    stored edits read the same on both renderers)."""
    assert values_key("inp", "value", True) == "inp.value.true"
    assert values_key({"i": 1, "t": "x"}, "value", "user a") == '{"i":1,"t":"x"}.value."user a"'


def test_a_reloaded_page_shares_local_and_session_but_not_memory():
    """K-0c: the stores a page after a reload sees."""
    browser = EditStores()
    first = browser.new_page()
    first.store("local")["k"] = [1]
    first.store("session")["k"] = [2]
    first.store("memory")["k"] = [3]
    second = browser.new_page()
    assert second.store("local") == {"k": [1]} and second.store("session") == {"k": [2]}
    assert second.store("memory") == {}


def test_without_persistence_nothing_is_stored_and_reload_resets():
    """K-0c: a component without `persistence` (or an html element) keeps nothing across a reload."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="plain", value="a"), html.Div(id="echo")])

    @app.callback(Output("echo", "children"), Input("plain", "value"))
    def echo(value):
        return value

    harness = AppHarness(app)
    harness.set_props("plain", {"value": "b"})
    harness.reload()
    assert harness.get_prop("plain", "value") == "a" and harness.get_prop("echo", "children") == "a"
    assert harness.persistence.stores == {"memory": {}, "local": {}, "session": {}}
    assert [call.callback for call in harness.calls] == ["echo", "echo", "echo"]  # calls span reloads


def test_the_javascript_twin_persists_the_same_components():
    """K-0c: persistence.js lists the same persistable components as persistence.py."""
    text = (Path(__file__).parents[2] / "learndash" / "static" / "persistence.js").read_text()
    listed = re.search(r"PERSISTABLE = \[(.*?)\]", text).group(1)
    assert tuple(re.findall(r'"(\w+)"', listed)) == PERSISTABLE
