"""The layout as the page holds it: its forms, reading it, and what components write when they
mount (rules W-2, C-1, K-0a, I-9, K-8, K-9, K-13, V-2)."""
from __future__ import annotations

import numpy as np
import pytest

from learndash import Dash, Input, Output, State, dcc, html
from learndash.exceptions import LayoutError
from learndash.testing import AppHarness


def test_layout_can_be_a_function_called_per_page_load():
    """W-2: a layout function is called once per page load, so each harness gets a fresh page."""
    app = Dash(__name__)
    loads = []

    def serve():
        loads.append(1)
        return html.Div(id="page", children=f"load {len(loads)}")

    app.layout = serve
    first = AppHarness(app)
    second = AppHarness(app)
    assert first.get_prop("page", "children") == "load 1"
    assert second.get_prop("page", "children") == "load 2"


def test_layout_can_be_a_list_of_components():
    """W-2: the layout may be a list of components and strings."""
    app = Dash(__name__)
    app.layout = [html.H1("Title", id="title"), "plain text", dcc.Input(id="inp", value="x"), html.Div(id="out")]

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def echo(value):
        return value

    h = AppHarness(app)
    assert h.text("title") == "Title"
    assert h.get_prop("out", "children") == "x"


def test_missing_layout_is_a_teaching_error():
    """V-2: an app without a layout cannot load; the message says how to set one."""
    app = Dash(__name__)
    with pytest.raises(LayoutError) as raised:
        AppHarness(app)
    assert "app.layout =" in str(raised.value)


def test_duplicate_ids_in_the_layout_are_reported():
    """V-2: 'Duplicate component id found in the initial layout'; the message names the id."""
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="twin"), html.Span(id="twin")])
    with pytest.raises(Exception) as raised:
        AppHarness(app)
    assert "'twin'" in str(raised.value)
    assert "unique" in str(raised.value)


def test_unset_prop_reads_none():
    """K-0a: only props in the layout are visible; anything else reads None."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp"), html.Button("b", id="btn")])
    h = AppHarness(app)
    assert h.get_prop("inp", "value") is None
    assert h.get_prop("btn", "n_clicks") is None
    assert h.get_props("btn") == {"children": "b", "id": "btn"}


def test_get_prop_of_missing_component_lists_the_ids_on_the_page():
    """C-1: asking for an id that is not on the page is a KeyError that lists the ids present."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="name-input"), html.Div(id="greeting")])
    h = AppHarness(app)
    with pytest.raises(KeyError) as raised:
        h.get_prop("greting", "children")
    message = str(raised.value)
    assert "'greting'" in message
    assert "greeting" in message and "name-input" in message
    with pytest.raises(KeyError):
        h.set_props("nope", {"value": 1})


def test_has_component_follows_the_layout_with_dict_ids():
    """C-1, P-1: has_component works for string and dict ids (any key order) as the layout changes."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("toggle", id="toggle"), html.Div(id="slot")])

    @app.callback(Output("slot", "children"), Input("toggle", "n_clicks"))
    def fill(n):
        return html.Div(id={"type": "card", "index": 1}) if n else "empty"

    h = AppHarness(app)
    assert h.has_component("toggle")
    assert not h.has_component({"type": "card", "index": 1})
    h.click("toggle")
    assert h.has_component({"index": 1, "type": "card"})
    assert not h.has_component({"index": 2, "type": "card"})


def test_text_is_what_a_person_sees():
    """W-2: h.text() concatenates the visible text of an element and its children."""
    app = Dash(__name__)
    app.layout = html.Div(
        id="root",
        children=["Total: ", html.B("42"), " items", html.Ul([html.Li("a"), html.Li(7)]), None],
    )
    h = AppHarness(app)
    assert h.text("root") == "Total: 42 itemsa7"


def test_layout_values_are_plain_json():
    """W-2, C-1: the page holds component JSON: type, namespace, props."""
    app = Dash(__name__)
    app.layout = html.Div(id="box", children=[dcc.Input(id="inp", value="x")])
    h = AppHarness(app)
    [child] = h.get_prop("box", "children")
    assert child == {"type": "Input", "namespace": "dash_core_components", "props": {"id": "inp", "value": "x"}}


# -- I-9: mount writes ------------------------------------------------------------------------


def test_location_writes_the_url_on_mount(calls_of):
    """I-9, K-8 (test_cbsc007): Location writes pathname/search/hash/href before the initial calls,
    so the callback sees the real URL, runs once, and is triggered by the mount write."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page")])

    @app.callback(Output("page", "children"), Input("url", "pathname"))
    def route(pathname):
        return f"page {pathname}"

    h = AppHarness(app)
    assert h.get_prop("page", "children") == "page /"
    [record] = calls_of(h, "route")
    assert record.triggered == ["url.pathname"]
    assert h.get_prop("url", "href") == "/"


def test_location_reads_the_harness_url():
    """I-9, K-8: AppHarness(url=...) is the address the page was opened at."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page")])

    @app.callback(
        Output("page", "children"), Input("url", "pathname"), Input("url", "search"), Input("url", "hash")
    )
    def route(pathname, search, hash_):
        return [pathname, search, hash_]

    h = AppHarness(app, url="/reports/2024?year=1999#top")
    assert h.get_prop("page", "children") == ["/reports/2024", "?year=1999", "#top"]
    h.set_props("url", {"pathname": "/other"})
    assert h.get_prop("page", "children") == ["/other", "?year=1999", "#top"]


def test_location_with_a_prevented_callback_still_sees_the_url(calls_of):
    """I-9, I-7: a prevent_initial_call callback on pathname runs at load anyway, because the mount
    write is a real change of its Input."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page")])

    @app.callback(Output("page", "children"), Input("url", "pathname"), prevent_initial_call=True)
    def route(pathname):
        return pathname

    h = AppHarness(app)
    assert h.get_prop("page", "children") == "/"
    assert len(calls_of(h, "route")) == 1


def test_tabs_write_their_first_value_on_mount():
    """I-9, K-13: a Tabs without value selects its first Tab's value; callbacks see it at load."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Tabs(id="tabs", children=[dcc.Tab(label="One", value="one"), dcc.Tab(label="Two", value="two")]),
            html.Div(id="content"),
        ]
    )

    @app.callback(Output("content", "children"), Input("tabs", "value"))
    def show(tab):
        return f"tab {tab}"

    h = AppHarness(app)
    assert h.get_prop("tabs", "value") == "one"
    assert h.get_prop("content", "children") == "tab one"
    h.set_props("tabs", {"value": "two"})
    assert h.get_prop("content", "children") == "tab two"


def test_tabs_without_tab_values_select_tab_1():
    """K-13: a Tab without a value is 'tab-<index+1>', so the Tabs selects 'tab-1'."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Tabs(id="tabs", children=[dcc.Tab(label="A"), dcc.Tab(label="B")]), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("tabs", "value"))
    def show(tab):
        return tab

    h = AppHarness(app)
    assert h.get_prop("out", "children") == "tab-1"


def test_tabs_show_only_the_selected_tab_but_keep_all_in_the_layout():
    """K-13 (test_cbsc004): only the selected Tab is visible, but every Tab's children stay readable as State."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Tabs(
                id="tabs",
                value="a",
                children=[
                    dcc.Tab(label="A", value="a", children=html.Div("alpha")),
                    dcc.Tab(label="B", value="b", children=dcc.Input(id="hidden-input", value="secret")),
                ],
            ),
            html.Button("read", id="read"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("read", "n_clicks"), State("hidden-input", "value"))
    def read(n, value):
        return value

    h = AppHarness(app)
    assert "alpha" in h.text("tabs")
    assert "secret" not in h.text("tabs")
    assert h.get_prop("out", "children") == "secret"


def test_store_writes_modified_timestamp_on_mount(calls_of):
    """I-9, K-9: a Store with data writes modified_timestamp when it mounts."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Store(id="store", data={"n": 1}), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("store", "modified_timestamp"), State("store", "data"))
    def show(stamp, data):
        return [stamp is not None, data]

    h = AppHarness(app)
    assert isinstance(h.get_prop("store", "modified_timestamp"), int)
    assert h.get_prop("out", "children") == [True, {"n": 1}]
    assert len(calls_of(h, "show")) == 1


def test_store_without_data_writes_nothing_on_mount():
    """K-9: with nothing to save, modified_timestamp stays unset (reads None)."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Store(id="store")])
    h = AppHarness(app)
    assert h.get_prop("store", "modified_timestamp") is None


def test_slider_writes_drag_value_on_mount():
    """I-9, K-4: a Slider with a value writes drag_value equal to it; without one, value stays None."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Slider(0, 10, 1, value=3, id="set"), dcc.Slider(0, 10, 1, id="unset")])
    h = AppHarness(app)
    assert h.get_prop("set", "drag_value") == 3
    assert h.get_prop("unset", "value") is None
    assert h.get_prop("unset", "drag_value") is None


def test_inserted_location_mounts_too():
    """I-9, C-8: components inserted by a callback mount as well, so their mount writes happen."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="slot")])

    @app.callback(Output("slot", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def build(n):
        return dcc.Tabs(id="tabs", children=[dcc.Tab(label="X", value="x")])

    h = AppHarness(app)
    h.click("go")
    assert h.get_prop("tabs", "value") == "x"


def test_a_layout_of_the_wrong_type_is_refused_with_a_fix():
    """V-2: a layout must be a component, a list of them, or a function returning one; anything
    else (here a string, or a function returning a number) is a LayoutError saying how to wrap it."""
    app = Dash(__name__)
    with pytest.raises(LayoutError, match=r"app\.layout is str .*Wrap it"):
        app.layout = "hello"
    app.layout = lambda: 42
    with pytest.raises(LayoutError, match=r"app\.layout is int"):
        AppHarness(app)


def div_inside_itself() -> html.Div:
    div = html.Div(id="loop")
    div.children = [html.P("one"), div]
    return div


def divs_nested(levels: int) -> html.Div:
    div = html.Div("leaf")
    for _ in range(levels - 1):
        div = html.Div(div)
    return div


UNWRITABLE_LAYOUTS = {
    "a set as children": (
        lambda: html.Div([html.P("a"), html.Div({1, 2})]),
        'The layout holds set {1, 2} at .props["children"][1].props["children"], which JSON cannot hold. '
        "Props can only be components, strings, numbers, booleans, None, or lists and dicts of these; "
        "convert it first (e.g. list(...) for a set or a generator).",
    ),
    "a class instead of a component": (
        lambda: html.Div([html.Br]),
        "The layout holds the class Br at .props[\"children\"][0], not a component. Call it to make one: Br(...)",
    ),
    "an int past 64 bits": (
        lambda: html.Div(title=2**70),
        'The layout holds int 1180591620717411303424 at .props["title"], which JSON cannot hold. '
        "Integers must fit in 64 bits",
    ),
    "numpy numbers as a dict's keys": (
        lambda: html.Div(title={np.int64(1952): "1952"}),
        "A dict's keys must be strings or plain Python numbers, and numpy's (a DataFrame column's values) are "
        "neither: convert each key, e.g. {str(key): value for key, value in ...}.",
    ),
    "a component inside itself": (
        div_inside_itself,
        'The layout holds itself: at .props["children"][1] it holds a component or list that it is already inside '
        "of, so its JSON would never end. Make a new component for each place it appears",
    ),
    "components 600 deep": (
        lambda: divs_nested(600),
        "The layout nests 1,200 levels deep (each component counts two: itself and its props), deeper than "
        "JSON is written here (keep it under 200). Flatten it",
    ),
}


@pytest.mark.parametrize("case", list(UNWRITABLE_LAYOUTS))
def test_a_layout_json_cannot_hold_is_a_layout_error_naming_where(case):
    """V-2, W-1, W-8: a layout holding what JSON cannot write (a set, a class, a huge int, itself,
    too many levels) is a LayoutError naming the place and the fix: raised by the harness, and the
    whole text is the JSON 500 of /_dash-layout (not a TypeError or RecursionError, nor a hang)."""
    make, message = UNWRITABLE_LAYOUTS[case]
    app = Dash(__name__)
    app.layout = make
    with pytest.raises(LayoutError) as raised:
        AppHarness(app)
    assert message in str(raised.value)
    app.server.testing = False
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    assert response.get_json()["error"] == {"type": "LayoutError", "message": str(raised.value)}
