"""Chained callbacks: readiness, merging, exactly one call per callback, consistent values
(rules C-2, C-4, C-9, C-11, I-5, K-9)."""
from __future__ import annotations

from learndash import Dash, Input, Output, State, dcc, html, set_props
from learndash.exceptions import PreventUpdate
from learndash.testing import AppHarness

ALL_OPTIONS = {
    "America": ["New York City", "San Francisco", "Cincinnati"],
    "Canada": ["Montréal", "Toronto", "Ottawa"],
}


def countries_app(seen: list) -> Dash:
    """The tutorial's chained radios: countries → cities options → city value → text (C-11a)."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.RadioItems(list(ALL_OPTIONS), "America", id="countries-radio"),
            dcc.RadioItems(id="cities-radio"),
            html.Div(id="display-selected-values"),
        ]
    )

    @app.callback(Output("cities-radio", "options"), Input("countries-radio", "value"))
    def set_cities_options(selected_country):
        return [{"label": i, "value": i} for i in ALL_OPTIONS[selected_country]]

    @app.callback(Output("cities-radio", "value"), Input("cities-radio", "options"))
    def set_cities_value(available_options):
        return available_options[0]["value"]

    @app.callback(
        Output("display-selected-values", "children"),
        Input("countries-radio", "value"),
        Input("cities-radio", "value"),
    )
    def set_display_children(selected_country, selected_city):
        seen.append((selected_country, selected_city))
        return f"{selected_city} is a city in {selected_country}"

    return app


def test_countries_and_cities_run_once_each_at_load(names):
    """C-11a, I-5 (test_cbmt013): at load each of the three callbacks runs exactly once, in chain order."""
    seen: list = []
    h = AppHarness(countries_app(seen))
    assert names(h) == ["set_cities_options", "set_cities_value", "set_display_children"]
    assert seen == [("America", "New York City")]
    assert h.text("display-selected-values") == "New York City is a city in America"


def test_countries_and_cities_stay_consistent_after_a_change(calls_of):
    """C-11a, C-4 step 5: picking Canada runs opts, val and disp once each; disp never sees
    'America'/'Montréal' or 'Canada'/'New York City', and is triggered by both upstream props."""
    seen: list = []
    h = AppHarness(countries_app(seen))
    h.set_props("countries-radio", {"value": "Canada"})
    for name in ["set_cities_options", "set_cities_value", "set_display_children"]:
        assert len(calls_of(h, name)) == 2, name
    assert seen == [("America", "New York City"), ("Canada", "Montréal")]
    last = calls_of(h, "set_display_children")[-1]
    assert sorted(last.triggered) == ["cities-radio.value", "countries-radio.value"]
    assert h.text("display-selected-values") == "Montréal is a city in Canada"
    h.set_props("cities-radio", {"value": "Ottawa"})
    assert seen[-1] == ("Canada", "Ottawa")
    assert len(calls_of(h, "set_cities_options")) == 2


def test_direct_chain_runs_each_callback_once(names, calls_of):
    """I-5 (test_cbmt008, test_cbcx006): in a chain a → b → c each runs once at load and per change;
    b's single run at load is triggered by a's output."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="a"), html.Div(id="b"), html.Div(id="c")])

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def step_a(v):
        return v + 1

    @app.callback(Output("b", "children"), Input("a", "children"))
    def step_b(v):
        return v * 10

    @app.callback(Output("c", "children"), Input("b", "children"))
    def step_c(v):
        return v - 1

    h = AppHarness(app)
    assert names(h) == ["step_a", "step_b", "step_c"]
    assert calls_of(h, "step_b")[0].triggered == ["a.children"]
    assert h.get_prop("c", "children") == 19
    h.set_props("inp", {"value": 2})
    assert names(h)[3:] == ["step_a", "step_b", "step_c"]
    assert h.get_prop("c", "children") == 29


def test_branched_chain_with_shared_grandparent(calls_of):
    """I-5, C-4 step 5 (test_cbmt009, test_cbmt010): a diamond top → (left, right) → bottom runs
    bottom once, after both branches, with both new values."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="top", value=1), html.Div(id="left"), html.Div(id="right"), html.Div(id="bottom")]
    )
    seen = []

    @app.callback(Output("left", "children"), Input("top", "value"))
    def left(v):
        return v * 2

    @app.callback(Output("right", "children"), Input("top", "value"))
    def right(v):
        return v * 3

    @app.callback(Output("bottom", "children"), Input("left", "children"), Input("right", "children"), Input("top", "value"))
    def bottom(l, r, t):
        seen.append((l, r, t))
        return l + r + t

    h = AppHarness(app)
    assert seen == [(2, 3, 1)]
    h.set_props("top", {"value": 10})
    assert seen == [(2, 3, 1), (20, 30, 10)]
    assert len(calls_of(h, "left")) == len(calls_of(h, "right")) == 2
    assert sorted(calls_of(h, "bottom")[-1].triggered) == ["left.children", "right.children", "top.value"]


def test_canceled_branch_join_runs_once_with_old_value(calls_of):
    """C-11b (test_cbmt002): set_b prevents, set_c updates; set_out runs once per keystroke with
    b keeping its old value."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="a", value="x"), html.Div(id="b", children="b0"), html.Div(id="c"), html.Div(id="out")]
    )
    seen = []

    @app.callback(Output("b", "children"), Input("a", "value"))
    def set_b(a):
        raise PreventUpdate

    @app.callback(Output("c", "children"), Input("a", "value"))
    def set_c(a):
        return f"c-{a}"

    @app.callback(Output("out", "children"), Input("a", "value"), Input("b", "children"), Input("c", "children"))
    def set_out(a, b, c):
        seen.append((a, b, c))
        return f"{a} {b} {c}"

    h = AppHarness(app)
    seen.clear()
    for text in ["xy", "xyz"]:
        h.set_props("a", {"value": text})
    assert seen == [("xy", "b0", "c-xy"), ("xyz", "b0", "c-xyz")]


def test_join_still_runs_once_when_every_upstream_prevents(calls_of):
    """C-11b: when both upstreams prevent, a user-triggered join still runs once (its own request
    came from the user; group dropping is only for initial and chunk requests, I-6)."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="a", value="x"), html.Div(id="b", children="b0"), html.Div(id="c", children="c0"), html.Div(id="out")]
    )

    @app.callback(Output("b", "children"), Input("a", "value"))
    def set_b(a):
        raise PreventUpdate

    @app.callback(Output("c", "children"), Input("a", "value"))
    def set_c(a):
        raise PreventUpdate

    @app.callback(Output("out", "children"), Input("a", "value"), Input("b", "children"), Input("c", "children"))
    def set_out(a, b, c):
        return f"{a} {b} {c}"

    h = AppHarness(app)
    before = len(calls_of(h, "set_out"))
    h.set_props("a", {"value": "new"})
    assert len(calls_of(h, "set_out")) == before + 1
    assert calls_of(h, "set_out")[-1].triggered == ["a.value"]
    assert h.get_prop("out", "children") == "new b0 c0"


def test_returning_the_same_value_still_triggers_downstream(calls_of):
    """C-2 item 2 (test_cbpu003): every returned prop triggers listeners, even if its value is unchanged."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="const"), html.Div(id="after")])

    @app.callback(Output("const", "children"), Input("inp", "value"))
    def constant(value):
        return "same"

    @app.callback(Output("after", "children"), Input("const", "children"))
    def follow(value):
        return value

    h = AppHarness(app)
    h.set_props("inp", {"value": "b"})
    h.set_props("inp", {"value": "c"})
    assert len(calls_of(h, "follow")) == 3


def test_self_loop_runs_once_per_change(calls_of):
    """C-4 step 1, V-3 (test_cbsc015, test_dvcv005): Output = Input is legal and the chain does not
    re-enter it; a follower sees the final value."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="num", value=1), html.Div(id="follower")])

    @app.callback(Output("num", "value"), Input("num", "value"))
    def clamp(value):
        return min(value, 3)

    @app.callback(Output("follower", "children"), Input("num", "value"))
    def follow(value):
        return f"value {value}"

    h = AppHarness(app, raise_on_error=False)
    assert h.errors == []
    h.set_props("num", {"value": 10})
    assert len(calls_of(h, "clamp")) == 2
    assert h.get_prop("num", "value") == 3
    assert h.get_prop("follower", "children") == "value 3"


def test_cycle_between_two_callbacks_terminates():
    """C-9, C-4 steps 1 and 6 (test_rdmo004): a real cycle is reported, and each callback in it runs
    at most once per chain, so the page does not hang."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="c", value=0), dcc.Input(id="f", value=32)])

    @app.callback(Output("f", "value"), Input("c", "value"))
    def to_f(c):
        return c * 9 / 5 + 32

    @app.callback(Output("c", "value"), Input("f", "value"))
    def to_c(f):
        return (f - 32) * 5 / 9

    h = AppHarness(app, raise_on_error=False)
    assert any(e.title == "Circular Dependencies" for e in h.errors)
    count = len(h.calls)
    h.set_props("c", {"value": 100})
    assert h.get_prop("f", "value") == 212
    new_calls = [r.callback for r in h.calls[count:]]
    assert new_calls.count("to_f") == 1
    assert new_calls.count("to_c") <= 1


def test_set_props_side_update_triggers_listeners(calls_of):
    """C-2 item 3, W-7: set_props writes another component and its listeners fire."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out"), html.Div(id="status"), html.Div(id="echo")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def work(n):
        set_props("status", {"children": f"clicked {n}"})
        return "done"

    @app.callback(Output("echo", "children"), Input("status", "children"), prevent_initial_call=True)
    def echo(status):
        return status

    h = AppHarness(app)
    h.click("go")
    assert h.get_prop("status", "children") == "clicked 1"
    assert h.get_prop("echo", "children") == "clicked 1"
    assert h.get_prop("out", "children") == "done"
    assert calls_of(h, "echo")[0].triggered == ["status.children"]


def test_set_props_repeated_for_one_id_merge_later_wins():
    """W-7 (test_arb006): repeated set_props for one id merge prop by prop, the later call winning."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="target")])

    @app.callback(Input("go", "n_clicks"), prevent_initial_call=True)
    def many(n):
        set_props("target", {"children": "first", "title": "kept"})
        set_props("target", {"children": "second"})

    h = AppHarness(app)
    h.click("go")
    assert h.get_prop("target", "children") == "second"
    assert h.get_prop("target", "title") == "kept"


def test_components_inserted_by_set_props_get_no_initial_calls(calls_of):
    """C-2 item 3 (test_arb008): set_props children updates the page but runs no chunk discovery."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="slot")])

    @app.callback(Input("go", "n_clicks"), prevent_initial_call=True)
    def insert(n):
        set_props("slot", {"children": [dcc.Input(id="new-input", value="v"), html.Div(id="new-out")]})

    @app.callback(Output("new-out", "children"), Input("new-input", "value"))
    def inner(value):
        return value

    h = AppHarness(app)
    h.click("go")
    assert h.has_component("new-input")
    assert calls_of(h, "inner") == []
    h.set_props("new-input", {"value": "typed"})
    assert h.get_prop("new-out", "children") == "typed"


def test_store_timestamp_follows_each_data_update(calls_of):
    """K-9 (test_cbmt006): the Store writes modified_timestamp after each data change, so
    Input(modified_timestamp) + State(data) fires after every update."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("add", id="add"), dcc.Store(id="store"), html.Div(id="out")])

    @app.callback(Output("store", "data"), Input("add", "n_clicks"), prevent_initial_call=True)
    def save(n):
        return {"clicks": n}

    @app.callback(Output("out", "children"), Input("store", "modified_timestamp"), State("store", "data"))
    def show(stamp, data):
        return (data or {}).get("clicks", 0)

    h = AppHarness(app)
    assert h.get_prop("out", "children") == 0
    h.click("add")
    h.click("add")
    assert h.get_prop("out", "children") == 2
    assert len(calls_of(h, "show")) == 3


def test_prevented_chain_start_does_not_block_unrelated_initial_callbacks(names):
    """I-6 (test_cbmt007): an early PreventUpdate in the init chain does not block unrelated callbacks."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="inp", value="x"), html.Div(id="a"), html.Div(id="b"), html.Div(id="other")]
    )

    @app.callback(Output("a", "children"), Input("inp", "value"))
    def first(v):
        raise PreventUpdate

    @app.callback(Output("b", "children"), Input("a", "children"))
    def second(a):
        return "should not run at load"

    @app.callback(Output("other", "children"), Input("inp", "value"))
    def unrelated(v):
        return v

    h = AppHarness(app)
    assert "second" not in names(h)
    assert h.get_prop("other", "children") == "x"
    assert sorted(names(h)) == ["first", "unrelated"]


def test_output_removed_while_its_callback_runs_is_ignored(calls_of):
    """C-4 step 4, C-7 (test_cbmo004): when a callback's output leaves the page in the same batch, its
    response is ignored without an error."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="inp", value="a"), html.Div(id="box", children=html.Div(id="doomed"))])

    @app.callback(Output("box", "children"), Input("inp", "value"), prevent_initial_call=True)
    def replace(value):
        return "gone"

    @app.callback(Output("doomed", "children"), Input("inp", "value"), prevent_initial_call=True)
    def write_doomed(value):
        return value

    h = AppHarness(app)
    h.set_props("inp", {"value": "b"})
    assert h.errors == []
    assert not h.has_component("doomed")
    assert h.get_prop("box", "children") == "gone"


def test_inserted_tab_content_fires_only_its_own_callbacks(calls_of):
    """C-8 a (test_cbmt011): outputs created by a callback fire their initial call, using inputs that
    live outside the chunk; callbacks of the other tab are not re-run."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            dcc.Input(id="outer-controls", value="outer"),
            dcc.Tabs(id="tabs", value="tab-1", children=[dcc.Tab(label="1", value="tab-1"), dcc.Tab(label="2", value="tab-2")]),
            html.Div(id="tab-content"),
        ]
    )

    @app.callback(Output("tab-content", "children"), Input("tabs", "value"))
    def render(tab):
        return html.Div(id=f"{tab}-output")

    @app.callback(Output("tab-1-output", "children"), Input("outer-controls", "value"))
    def tab_1(value):
        return f"tab 1 {value}"

    @app.callback(Output("tab-2-output", "children"), Input("outer-controls", "value"))
    def tab_2(value):
        return f"tab 2 {value}"

    h = AppHarness(app)
    assert len(calls_of(h, "tab_1")) == 1 and calls_of(h, "tab_2") == []
    h.set_props("tabs", {"value": "tab-2"})
    assert h.get_prop("tab-2-output", "children") == "tab 2 outer"
    assert len(calls_of(h, "tab_1")) == 1 and len(calls_of(h, "tab_2")) == 1


def test_overlapping_outputs_in_the_init_chain_each_fire_once(calls_of):
    """I-5 (test_cbmt012): callbacks whose outputs feed several others in the init chain each run once."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value=1)] + [html.Div(id=i) for i in ["a", "b", "c", "d"]])

    @app.callback(Output("a", "children"), Output("b", "children"), Input("in", "value"))
    def ab(v):
        return v + 1, v + 2

    @app.callback(Output("c", "children"), Input("a", "children"), Input("b", "children"))
    def c(a, b):
        return a + b

    @app.callback(Output("d", "children"), Input("a", "children"), Input("c", "children"), Input("in", "value"))
    def d(a, c_, v):
        return a + c_ + v

    h = AppHarness(app)
    for name in ["ab", "c", "d"]:
        assert len(calls_of(h, name)) == 1, name
    assert h.get_prop("d", "children") == 2 + 5 + 1


def set_props_ghost_app(**options) -> Dash:
    app = Dash(__name__, **options)
    app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def haunt(n):
        set_props("ghost", {"children": "boo"})
        return "done"

    return app


def test_set_props_for_a_missing_id_is_reported():
    """C-2 item 3, V-6: a set_props aimed at an id that is not on the page is a dev-tools error
    ('ID running component not found in layout') naming the id; the callback's outputs still apply."""
    h = AppHarness(set_props_ghost_app(), raise_on_error=False)
    h.click("go")
    assert h.get_prop("out", "children") == "done"
    assert len(h.errors) == 1
    assert "ghost" in str(h.errors[0])


def test_set_props_for_a_missing_id_is_silent_when_suppressed():
    """C-2 item 3, I-8: with suppress_callback_exceptions the missing set_props target is ignored."""
    h = AppHarness(set_props_ghost_app(suppress_callback_exceptions=True))
    h.click("go")
    assert h.get_prop("out", "children") == "done"
    assert h.errors == []


def test_an_edit_to_an_equal_json_value_triggers_nothing_but_true_is_not_one():
    """C-2 item 1: the edit filter is JavaScript's deep equality: `1` → `1.0` changes nothing and
    fires nothing; `1` → `True` and `[1]` → `[True]` are changes."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Store(id="store", data=1), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("store", "data"), prevent_initial_call=True)
    def show(data):
        return repr(data)

    h = AppHarness(app)
    h.set_props("store", {"data": 1.0})
    assert [c.callback for c in h.calls] == []
    h.set_props("store", {"data": True})
    assert h.get_prop("out", "children") == "True"
    h.set_props("store", {"data": [1]})
    h.set_props("store", {"data": [True]})
    assert h.get_prop("out", "children") == "[True]" and len(h.calls) == 3


def test_a_user_edit_of_children_puts_the_new_components_on_the_page():
    """C-2 item 1, C-1: writing `children` by an edit re-indexes the page, so the new components
    can be read and edited (without initial calls: only callback responses insert chunks, C-8)."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Div(id="holder"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inner", "value"), prevent_initial_call=True)
    def echo(value):
        return f"saw {value}"

    h = AppHarness(app)
    h.set_props("holder", {"children": dcc.Input(id="inner", value="a")})
    assert h.has_component("inner") and h.calls == []
    h.set_props("inner", {"value": "b"})
    assert h.get_prop("out", "children") == "saw b"
