"""Dash's wire protocol, served for real through Flask's test client (rules W-1 to W-9).

Where the wire formats must agree, real Dash is the oracle: `build(lib)` builds the same app from
either library's namespace, and the two servers must answer the same requests the same way.

Deliberate difference (issue 2): a malformed or unknown request gets 400 with a JSON message from
learndash, where Dash answers a generic 500; a callback exception is a JSON 500 naming the callback.
"""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import dash
import dash.exceptions
import pytest

import learndash
import learndash.exceptions


def build(lib: Any) -> Any:
    """One app, written once against a library's namespace (`dash` or `learndash`)."""
    Dash, html, dcc = lib.Dash, lib.html, lib.dcc
    Input, Output, State, ALL, MATCH = lib.Input, lib.Output, lib.State, lib.ALL, lib.MATCH
    no_update, ctx, set_props = lib.no_update, lib.ctx, lib.set_props
    PreventUpdate = lib.exceptions.PreventUpdate

    app = Dash(__name__, title="Protocol")
    app.layout = html.Div(
        [
            dcc.Input(id="inp", value="x"),
            html.Div(id="out"),
            dcc.Input(id="st", value="state"),
            html.Div(id="a"),
            html.Div(id="b"),
            html.Button("go", id="btn"),
            html.Div(id="prevented"),
            html.Div(id="nothing"),
            html.Div(id="side"),
            html.Div(id="sp-out"),
            dcc.Input(id={"type": "knob", "index": 0}, value=1),
            dcc.Input(id={"type": "knob", "index": 1}, value=2),
            html.Div(id={"type": "cell", "index": 0}),
            html.Div(id={"type": "cell", "index": 1}),
            dcc.Input(id={"type": "m-in", "index": 7}, value="seven"),
            html.Div(id={"type": "m-out", "index": 7}),
            html.Button("one", id="x1"),
            html.Button("two", id={"kind": "x", "n": 2}),
            html.Div(id="trig"),
            dcc.Input(id="p", value="P"),
            dcc.Input(id="q", value="Q"),
            dcc.Input(id="r", value="R"),
            html.Div(id="order"),
            html.Div(id="numbers"),
            dcc.Dropdown(["a", "b"], "a", id="dd"),
        ]
    )

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def single(value):
        return f"hi {value}"

    @app.callback([Output("a", "children"), Output("b", "title")], Input("inp", "value"), State("st", "value"))
    def multi(value, state):
        return value, f"{value}/{state}"

    @app.callback(Output("prevented", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def prevent(n):
        if not n or n < 2:
            raise PreventUpdate
        return f"clicked {n}"

    @app.callback(Output("nothing", "children"), Output("out", "title"), Input("btn", "n_clicks"))
    def unchanged(n):
        return no_update, (no_update if n is None else n)

    @app.callback(Output("sp-out", "children"), Input("btn", "n_clicks"), State("st", "value"), prevent_initial_call=True)
    def with_side_updates(n, state):
        set_props("side", {"children": f"side {n}", "title": "first"})
        set_props("side", {"title": "second"})
        return "done"

    @app.callback(Output({"type": "cell", "index": ALL}, "children"), Input({"type": "knob", "index": ALL}, "value"))
    def cells(values):
        return [v * 2 for v in values]

    @app.callback(
        Output({"type": "m-out", "index": MATCH}, "children"),
        Input({"type": "m-in", "index": MATCH}, "value"),
        State({"type": "m-in", "index": MATCH}, "id"),
    )
    def matched(value, component_id):
        return f"{component_id['index']}:{value}"

    @app.callback(Output("trig", "children"), Input("x1", "n_clicks"), Input({"kind": "x", "n": 2}, "n_clicks"))
    def triggered(one, two):
        return {"id": ctx.triggered_id, "triggered": list(ctx.triggered), "truthy": bool(ctx.triggered)}

    @app.callback(Output("order", "children"), Input("p", "value"), State("q", "value"), Input("r", "value"))
    def order(p, q, r):
        return [p, q, r]

    @app.callback(Output("numbers", "children"), Input("dd", "value"))
    def numbers(value):
        return {"tuple": (1, 2), "float": 10.0, "half": 2.5, "none": None}

    @app.callback(Input("dd", "value"))
    def no_output(value):
        set_props("side", {"children": f"dd {value}"})

    @app.callback(Output("out", "children", allow_duplicate=True), Input("st", "value"), prevent_initial_call=True)
    def duplicate(value):
        return f"dup {value}"

    return app


@pytest.fixture
def ld_app():
    return build(learndash)


@pytest.fixture(scope="module")
def both():
    """Test clients for the same app on Dash and on learndash (servers keep no state, W-9)."""
    return SimpleNamespace(dash=build(dash).server.test_client(), ld=build(learndash).server.test_client())


def post(client: Any, body: Any) -> tuple[int, Any]:
    response = client.post("/_dash-update-component", json=body)
    if response.status_code == 204:
        return 204, None
    return response.status_code, json.loads(response.data)


def essential(entry: dict) -> dict:
    """The fields of a `/_dash-dependencies` entry a clone must reproduce (W-5)."""
    return {k: entry.get(k) for k in ("output", "inputs", "state", "clientside_function", "prevent_initial_call", "no_output")}


def deps_of(client: Any) -> list[dict]:
    response = client.get("/_dash-dependencies")
    assert response.status_code == 200
    return response.get_json()


def entry_for(client: Any, output: str) -> dict:
    [entry] = [d for d in deps_of(client) if d["output"] == output]
    return entry


def body_for(output: str, inputs: list, *, outputs: Any, state: list | None = None, changed: list | None = None) -> dict:
    body = {"output": output, "outputs": outputs, "inputs": inputs, "changedPropIds": changed or []}
    if state is not None:
        body["state"] = state
    return body


# Bodies as the renderer sends them (W-6), one per callback of `build`.
SINGLE = body_for(
    "out.children",
    [{"id": "inp", "property": "value", "value": "y"}],
    outputs={"id": "out", "property": "children"},
    changed=["inp.value"],
)
MULTI = body_for(
    "..a.children...b.title..",
    [{"id": "inp", "property": "value", "value": "v"}],
    outputs=[{"id": "a", "property": "children"}, {"id": "b", "property": "title"}],
    state=[{"id": "st", "property": "value", "value": "S"}],
    changed=["inp.value"],
)
PREVENTED = body_for(
    "prevented.children",
    [{"id": "btn", "property": "n_clicks", "value": 1}],
    outputs={"id": "prevented", "property": "children"},
    changed=["btn.n_clicks"],
)
UNCHANGED = body_for(
    "..nothing.children...out.title..",
    [{"id": "btn", "property": "n_clicks"}],
    outputs=[{"id": "nothing", "property": "children"}, {"id": "out", "property": "title"}],
)
PARTIAL = body_for(
    "..nothing.children...out.title..",
    [{"id": "btn", "property": "n_clicks", "value": 3}],
    outputs=[{"id": "nothing", "property": "children"}, {"id": "out", "property": "title"}],
    changed=["btn.n_clicks"],
)
SIDE = body_for(
    "sp-out.children",
    [{"id": "btn", "property": "n_clicks", "value": 4}],
    outputs={"id": "sp-out", "property": "children"},
    state=[{"id": "st", "property": "value", "value": "s"}],
    changed=["btn.n_clicks"],
)
CELLS = body_for(
    '{"index":["ALL"],"type":"cell"}.children',
    [[{"id": {"type": "knob", "index": 0}, "property": "value", "value": 5}, {"id": {"index": 1, "type": "knob"}, "property": "value", "value": 6}]],
    outputs=[{"id": {"type": "cell", "index": 0}, "property": "children"}, {"id": {"type": "cell", "index": 1}, "property": "children"}],
    changed=['{"index":1,"type":"knob"}.value'],
)
CELLS_EMPTY = body_for(
    '{"index":["ALL"],"type":"cell"}.children',
    [[]],
    outputs=[],
)
MATCHED = body_for(
    '{"index":["MATCH"],"type":"m-out"}.children',
    [{"id": {"type": "m-in", "index": 7}, "property": "value", "value": "typed"}],
    outputs={"id": {"type": "m-out", "index": 7}, "property": "children"},
    state=[{"id": {"type": "m-in", "index": 7}, "property": "id", "value": {"type": "m-in", "index": 7}}],
    changed=['{"index":7,"type":"m-in"}.value'],
)
TRIGGERED_DICT = body_for(
    "trig.children",
    [{"id": "x1", "property": "n_clicks"}, {"id": {"kind": "x", "n": 2}, "property": "n_clicks", "value": 1}],
    outputs={"id": "trig", "property": "children"},
    changed=['{"kind":"x","n":2}.n_clicks', "x1.n_clicks"],
)
TRIGGERED_INITIAL = body_for(
    "trig.children",
    [{"id": "x1", "property": "n_clicks"}, {"id": {"kind": "x", "n": 2}, "property": "n_clicks"}],
    outputs={"id": "trig", "property": "children"},
)
ORDER = body_for(
    "order.children",
    [{"id": "p", "property": "value", "value": 1}, {"id": "r", "property": "value", "value": 3}],
    outputs={"id": "order", "property": "children"},
    state=[{"id": "q", "property": "value", "value": 2}],
    changed=["r.value"],
)
NUMBERS = body_for(
    "numbers.children",
    [{"id": "dd", "property": "value", "value": "b"}],
    outputs={"id": "numbers", "property": "children"},
    changed=["dd.value"],
)


# -- the oracle: same bodies, same answers ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [SINGLE, MULTI, PARTIAL, SIDE, CELLS, CELLS_EMPTY, MATCHED, TRIGGERED_DICT, TRIGGERED_INITIAL, ORDER, NUMBERS],
    ids=["single", "multi", "partial-no_update", "sideUpdate", "ALL", "ALL-empty", "MATCH", "ctx-dict-id", "ctx-initial", "interleaved", "numbers"],
)
def test_update_component_answers_like_dash(both, body):
    """W-6, W-7, W-9: for the same request body, learndash's 200 answer carries the same
    `response` and `sideUpdate` as Dash's."""
    dash_status, dash_body = post(both.dash, body)
    ld_status, ld_body = post(both.ld, body)
    assert (ld_status, dash_status) == (200, 200)
    assert ld_body["multi"] is True
    assert ld_body["response"] == dash_body["response"]
    assert ld_body.get("sideUpdate") == dash_body.get("sideUpdate")



@pytest.mark.parametrize("body", [SINGLE, MULTI, PARTIAL, SIDE, CELLS, MATCHED], ids=["single", "multi", "partial-no_update", "sideUpdate", "ALL", "MATCH"])
def test_update_component_answer_bytes_equal_dash(both, body):
    """W-7: the 200 answer's bytes equal Dash's, key order included (`multi`, then `sideUpdate`
    when set_props was called, then `response`)."""
    dash_answer = both.dash.post("/_dash-update-component", json=body)
    ld_answer = both.ld.post("/_dash-update-component", json=body)
    assert ld_answer.data == dash_answer.data

def test_prevent_update_is_204_like_dash(both):
    """W-8, O-3: PreventUpdate → 204 with an empty body, on both servers."""
    for client in (both.dash, both.ld):
        response = client.post("/_dash-update-component", json=PREVENTED)
        assert response.status_code == 204
        assert response.data == b""


def test_all_no_update_is_200_with_empty_response_like_current_dash(both):
    """W-7 (current Dash ≥ 3.1): only no_update and no set_props → 200 {"multi": true, "response": {}}."""
    assert post(both.dash, UNCHANGED) == (200, {"multi": True, "response": {}})
    assert post(both.ld, UNCHANGED) == (200, {"multi": True, "response": {}})


def test_no_output_callback_answers_like_dash(both):
    """W-4, W-6, W-7: a no-output callback: the body has no `outputs`; the answer only has sideUpdate."""
    [dash_entry] = [d for d in deps_of(both.dash) if d["no_output"]]
    [ld_entry] = [d for d in deps_of(both.ld) if d["no_output"]]
    assert essential(ld_entry) == essential(dash_entry)
    body = {"output": ld_entry["output"], "inputs": [{"id": "dd", "property": "value", "value": "b"}], "changedPropIds": ["dd.value"]}
    dash_status, dash_body = post(both.dash, body)
    ld_status, ld_body = post(both.ld, body)
    assert ld_status == dash_status == 200
    assert ld_body["sideUpdate"] == dash_body["sideUpdate"] == {"side": {"children": "dd b"}}
    assert ld_body["response"] == dash_body["response"]


def test_allow_duplicate_output_answers_like_dash(both):
    """W-4, V-5: the `@hash` output id is the same as Dash's, and the response prop is cleaned."""
    [dash_entry] = [d for d in deps_of(both.dash) if d["output"].startswith("out.children@")]
    [ld_entry] = [d for d in deps_of(both.ld) if d["output"].startswith("out.children@")]
    assert ld_entry["output"] == dash_entry["output"]
    body = body_for(
        ld_entry["output"],
        [{"id": "st", "property": "value", "value": "z"}],
        outputs={"id": "out", "property": ld_entry["output"].split(".", 1)[1]},
        changed=["st.value"],
    )
    assert post(both.ld, body) == post(both.dash, body) == (200, {"multi": True, "response": {"out": {"children": "dup z"}}})


def test_dependencies_match_dash(both):
    """W-5: `/_dash-dependencies` lists the same callbacks, in order, with the same essential fields."""
    dash_deps = [essential(d) for d in deps_of(both.dash)]
    ld_deps = [essential(d) for d in deps_of(both.ld)]
    assert ld_deps == dash_deps


def test_dependency_entry_shapes(both):
    """W-4, W-5: multi-output ids, wildcard ids as strings with ["ALL"], booleans for prevent_initial_call."""
    multi = entry_for(both.ld, "..a.children...b.title..")
    assert multi["inputs"] == [{"id": "inp", "property": "value"}]
    assert multi["state"] == [{"id": "st", "property": "value"}]
    assert multi["prevent_initial_call"] is False and multi["no_output"] is False
    cells = entry_for(both.ld, '{"index":["ALL"],"type":"cell"}.children')
    assert cells["inputs"] == [{"id": '{"index":["ALL"],"type":"knob"}', "property": "value"}]
    assert entry_for(both.ld, "prevented.children")["prevent_initial_call"] is True
    assert entry_for(both.ld, "order.children")["inputs"] == [{"id": "p", "property": "value"}, {"id": "r", "property": "value"}]


def test_layout_matches_dash(both):
    """W-2: `/_dash-layout` serializes the same component JSON as Dash (type, namespace, explicit props)."""
    dash_layout = both.dash.get("/_dash-layout").get_json()
    ld_response = both.ld.get("/_dash-layout")
    assert ld_response.status_code == 200
    assert ld_response.mimetype == "application/json"
    assert ld_response.get_json() == dash_layout


def test_layout_function_is_called_per_request():
    """W-1, W-2: a layout function is called once per `/_dash-layout` request."""
    app = learndash.Dash(__name__)
    calls = []

    def serve():
        calls.append(1)
        return learndash.html.Div(id="n", children=len(calls))

    app.layout = serve
    client = app.server.test_client()
    first = client.get("/_dash-layout").get_json()
    second = client.get("/_dash-layout").get_json()
    assert first["props"]["children"] != second["props"]["children"]


def test_index_page_for_any_path(ld_app):
    """W-1: GET / and any unmatched path serve the HTML shell with the entry point, the config and the title."""
    client = ld_app.server.test_client()
    for path in ["/", "/reports/2024"]:
        response = client.get(path)
        assert response.status_code == 200
        assert response.mimetype == "text/html"
        page = response.get_data(as_text=True)
        assert '<div id="react-entry-point">' in page
        assert '<script id="_dash-config" type="application/json">' in page
        assert "<title>Protocol</title>" in page


def test_page_config_has_the_renderer_settings(ld_app):
    """W-10: the `_dash-config` JSON carries requests_pathname_prefix, url_base_pathname and
    suppress_callback_exceptions."""
    page = ld_app.server.test_client().get("/").get_data(as_text=True)
    start = page.index('<script id="_dash-config" type="application/json">') + len('<script id="_dash-config" type="application/json">')
    config = json.loads(page[start : page.index("</script>", start)])
    assert config["requests_pathname_prefix"] == "/"
    assert config["url_base_pathname"] == "/"
    assert config["suppress_callback_exceptions"] is False


# -- learndash's own answers --------------------------------------------------------------------


def test_single_output_response_shape(ld_app):
    """W-7: 200 {"multi": true, "response": {idstr: {prop: value}}}; no sideUpdate without set_props."""
    status, body = post(ld_app.server.test_client(), SINGLE)
    assert status == 200
    assert body == {"multi": True, "response": {"out": {"children": "hi y"}}}


def test_wildcard_response_keys_are_stringified_ids(ld_app):
    """W-3, W-7: response keys for dict ids are sorted-key compact JSON strings."""
    _, body = post(ld_app.server.test_client(), CELLS)
    assert body["response"] == {'{"index":0,"type":"cell"}': {"children": 10}, '{"index":1,"type":"cell"}': {"children": 12}}


def test_changed_prop_ids_become_ctx_triggered(ld_app):
    """W-6, X-1, X-3: changedPropIds are ctx.triggered in order; triggered_id is the first, parsed."""
    _, body = post(ld_app.server.test_client(), TRIGGERED_DICT)
    assert body["response"]["trig"]["children"] == {
        "id": {"kind": "x", "n": 2},
        "triggered": [
            {"prop_id": '{"kind":"x","n":2}.n_clicks', "value": 1},
            {"prop_id": "x1.n_clicks", "value": None},
        ],
        "truthy": True,
    }


def test_side_updates_merge_later_call_wins(ld_app):
    """W-7 (test_arb006): sideUpdate merges repeated set_props for an id, prop by prop."""
    _, body = post(ld_app.server.test_client(), SIDE)
    assert body["sideUpdate"] == {"side": {"children": "side 4", "title": "second"}}
    assert body["response"] == {"sp-out": {"children": "done"}}


def test_state_key_may_be_omitted_when_there_is_no_state(ld_app):
    """W-6: `state` is omitted when the callback has no State, and missing `value` keys read as None."""
    body = body_for("out.children", [{"id": "inp", "property": "value"}], outputs={"id": "out", "property": "children"})
    assert post(ld_app.server.test_client(), body) == (200, {"multi": True, "response": {"out": {"children": "hi None"}}})


def test_the_server_keeps_no_state_between_requests(ld_app):
    """W-9: the server keeps no per-user state: the same body always gives the same answer."""
    client = ld_app.server.test_client()
    assert post(client, MULTI) == post(client, MULTI) == (
        200,
        {"multi": True, "response": {"a": {"children": "v"}, "b": {"title": "v/S"}}},
    )


# -- bad requests: 400 with a JSON message (learndash) where Dash gives 500 ---------------------


def error_of(response: Any) -> dict:
    assert response.mimetype == "application/json"
    return response.get_json()["error"]


def test_body_that_is_not_json_is_400(ld_app):
    """W-8 (deliberate difference): a body that is not JSON → 400 with a JSON message."""
    response = ld_app.server.test_client().post(
        "/_dash-update-component", data="{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert "not valid JSON" in error_of(response)["message"]


def test_body_that_is_not_an_object_is_400(ld_app):
    """W-8: a JSON body that is not an object → 400 naming the expected keys."""
    response = ld_app.server.test_client().post("/_dash-update-component", json=[1, 2])
    assert response.status_code == 400
    message = error_of(response)["message"]
    assert "JSON object" in message and "'output'" in message and "list" in message


def test_unknown_output_is_400_with_did_you_mean(both):
    """W-8 (test_cbmf001; deliberate difference): an unknown `output` → 400 naming it and the closest
    known callback. Dash answers 500."""
    body = dict(SINGLE, output="out.childern")
    assert both.dash.post("/_dash-update-component", json=body).status_code == 500
    response = both.ld.post("/_dash-update-component", json=body)
    assert response.status_code == 400
    message = error_of(response)["message"]
    assert "'out.childern'" in message
    assert "Did you mean 'out.children'?" in message


def test_missing_output_key_is_400(ld_app):
    """W-6, W-8: a body without an `output` string."""
    body = {k: v for k, v in SINGLE.items() if k != "output"}
    response = ld_app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 400
    assert "'output'" in error_of(response)["message"]


def test_wrong_number_of_inputs_is_400(both):
    """W-8 ('Inputs do not match callback definition'; deliberate difference): wrong inputs count → 400
    naming the callback and the counts."""
    body = dict(MULTI, inputs=MULTI["inputs"] * 2)
    assert both.dash.post("/_dash-update-component", json=body).status_code == 500
    response = both.ld.post("/_dash-update-component", json=body)
    assert response.status_code == 400
    message = error_of(response)["message"]
    assert "multi()" in message
    assert "1 inputs entries declared" in message and "sent 2" in message


def test_missing_inputs_list_is_400(ld_app):
    """W-6, W-8: `inputs` must be a list."""
    body = dict(SINGLE, inputs={"id": "inp"})
    response = ld_app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 400
    error = error_of(response)
    assert error["field"] == "inputs"
    assert "'inputs' must be a list" in error["message"] and "the object {'id': 'inp'}" in error["message"]


def test_input_spec_for_another_component_is_400(ld_app):
    """W-9 step 4, P-10: an entry whose id or property does not fit the declared dependency."""
    body = dict(SINGLE, inputs=[{"id": "other", "property": "value", "value": 1}])
    response = ld_app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 400
    message = error_of(response)["message"]
    assert "'other'" in message and "single()" in message


def test_bad_outputs_is_400(both):
    """W-8 ('Output does not match callback definition'; deliberate difference): outputs that don't
    fit the definition → 400 naming the callback."""
    for outputs in (
        {"id": "a", "property": "children"},  # a dict where the multi-output wants a list
        [{"id": "a", "property": "children"}],  # one spec for two Outputs
        [{"id": "a", "property": "children"}, {"id": "zzz", "property": "title"}],  # wrong id
    ):
        body = dict(MULTI, outputs=outputs)
        assert both.dash.post("/_dash-update-component", json=body).status_code == 500
        response = both.ld.post("/_dash-update-component", json=body)
        assert response.status_code == 400, outputs
        assert "multi()" in error_of(response)["message"]


def test_wildcard_output_spec_must_fit_the_pattern(ld_app):
    """P-10: concrete output ids are checked against the declared pattern."""
    body = dict(CELLS, outputs=[{"id": {"type": "other", "index": 0}, "property": "children"}])
    response = ld_app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 400


# -- callback errors: 500 JSON naming the callback ----------------------------------------------


def failing_app(debug: bool) -> Any:
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.dcc.Input(id="inp", value=1), learndash.html.Div(id="out")])

    @app.callback(learndash.Output("out", "children"), learndash.Input("inp", "value"))
    def crash(value):
        return value / 0

    app.debug = debug
    return app


CRASH = body_for(
    "out.children",
    [{"id": "inp", "property": "value", "value": 3}],
    outputs={"id": "out", "property": "children"},
    changed=["inp.value"],
)


def test_callback_exception_is_500_naming_the_callback():
    """W-8, O-8: an exception in the callback → 500 JSON naming the callback; no traceback without debug."""
    response = failing_app(debug=False).server.test_client().post("/_dash-update-component", json=CRASH)
    assert response.status_code == 500
    error = error_of(response)
    assert error["callback"] == "crash"
    assert "crash()" in error["message"]
    assert "ZeroDivisionError" in error["message"]
    assert "traceback" not in error
    assert "return value / 0" not in error["message"]  # the code stays on the server without debug


def test_callback_exception_in_debug_carries_the_traceback():
    """W-8: with app.debug the 500 JSON carries the student's traceback (their own line, not learndash's)."""
    response = failing_app(debug=True).server.test_client().post("/_dash-update-component", json=CRASH)
    assert response.status_code == 500
    error = error_of(response)
    assert "return value / 0" in error["traceback"]
    assert "test_protocol.py" in error["traceback"]
    assert "learndash/execute.py" not in error["traceback"]
    assert "return value / 0" not in error["message"]  # shown once, as the traceback


def test_wrong_return_arity_is_500_naming_the_callback(ld_app):
    """W-8, O-4: a return value that does not fit the Outputs → 500 with the teaching message."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div(id="root")

    @app.callback([learndash.Output("a", "children"), learndash.Output("b", "children")], learndash.Input("i", "value"))
    def pair(value):
        return "only one"

    body = body_for(
        "..a.children...b.children..",
        [{"id": "i", "property": "value", "value": 1}],
        outputs=[{"id": "a", "property": "children"}, {"id": "b", "property": "children"}],
    )
    response = app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 500
    error = error_of(response)
    assert error["type"] == "InvalidCallbackReturnValue"
    assert error["callback"] == "pair"
    assert "pair() returned one value, 'only one', but has 2 Outputs: a.children, b.children" in error["message"]


def test_global_callbacks_come_after_app_callbacks_in_dependencies():
    """W-5, A: entries list every app.callback first, then the global `@callback`s."""
    app = learndash.Dash(__name__)
    app.layout = learndash.html.Div([learndash.html.Div(id="g"), learndash.html.Div(id="a")])

    @learndash.callback(learndash.Output("g", "children"), learndash.Input("g", "title"))
    def global_one(title):
        return title

    @app.callback(learndash.Output("a", "children"), learndash.Input("a", "title"))
    def app_one(title):
        return title

    outputs = [d["output"] for d in app.server.test_client().get("/_dash-dependencies").get_json()]
    assert outputs == ["a.children", "g.children"]


def build_data_app(lib: Any) -> Any:
    """Callbacks returning numpy, pandas, datetime and plotly values (W-2: Plotly's JSON encoder)."""
    import datetime

    import numpy as np
    import pandas as pd
    import plotly.graph_objects as go

    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="inp", value=3), lib.html.Div(id="data"), lib.dcc.Graph(id="graph")])

    @app.callback(lib.Output("data", "children"), lib.Output("graph", "figure"), lib.Input("inp", "value"))
    def values(n):
        frame = pd.DataFrame({"x": np.arange(n), "y": np.linspace(0.0, 1.0, n)})
        return (
            {
                "array": np.arange(n),
                "floats": np.array([1.5, 2.0]),
                "series": frame["y"],
                "records": frame.to_dict("records"),
                "int64": np.int64(7),
                "date": datetime.date(2024, 1, 2),
                "nan": float("nan"),
            },
            go.Figure(go.Bar(x=frame["x"], y=frame["y"]), layout={"title": {"text": "bars"}}),
        )

    return app


def test_numpy_pandas_and_figures_serialize_like_dash():
    """W-2 (test_cbsc018): numpy arrays, pandas values, dates, NaN and plotly figures in a response
    serialize as Dash serializes them."""
    body = body_for(
        "..data.children...graph.figure..",
        [{"id": "inp", "property": "value", "value": 3}],
        outputs=[{"id": "data", "property": "children"}, {"id": "graph", "property": "figure"}],
        changed=["inp.value"],
    )
    dash_response = build_data_app(dash).server.test_client().post("/_dash-update-component", json=body)
    ld_response = build_data_app(learndash).server.test_client().post("/_dash-update-component", json=body)
    assert ld_response.status_code == dash_response.status_code == 200
    assert json.loads(ld_response.data)["response"] == json.loads(dash_response.data)["response"]


def test_list_layout_matches_dash():
    """W-2: a layout that is a list of components and strings is sent as a JSON array, like Dash."""

    def layout_json(lib: Any) -> Any:
        app = lib.Dash(__name__)
        app.layout = [lib.html.H1("Title", id="t"), "text", lib.dcc.Slider(0, 10, 1, value=5, id="s")]
        return app.server.test_client().get("/_dash-layout").get_json()

    assert layout_json(learndash) == layout_json(dash)


def test_scripts_the_page_loads_are_served(ld_app):
    """W-1: every script and stylesheet the HTML shell references is served."""
    import re

    client = ld_app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    urls = sorted(set(re.findall(r'(?:src|href)="(/[^"]+)"', page)))
    assert urls, "the page references no local assets"
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        response.close()


def side_then_prevent_app(lib: Any) -> Any:
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("b", id="btn"), lib.html.Div(id="out"), lib.html.Div(id="side")])

    @app.callback(lib.Output("out", "children"), lib.Input("btn", "n_clicks"))
    def half(n):
        lib.set_props("side", {"children": "lost"})
        if n == 1:
            raise lib.exceptions.PreventUpdate
        if n == 2:
            return {1, 2}
        return lib.no_update

    return app


def click_body(n: int) -> dict:
    return body_for(
        "out.children",
        [{"id": "btn", "property": "n_clicks", "value": n}],
        outputs={"id": "out", "property": "children"},
        changed=["btn.n_clicks"],
    )


def test_prevent_update_after_set_props_is_204_like_dash():
    """W-8, O-3: PreventUpdate → 204 and the run's set_props are lost, on both servers."""
    for lib in (dash, learndash):
        response = side_then_prevent_app(lib).server.test_client().post("/_dash-update-component", json=click_body(1))
        assert response.status_code == 204, lib.__name__
        assert response.data == b""


def test_only_side_updates_is_200_like_dash():
    """W-7: all outputs no_update but a set_props → 200 with an empty response and the sideUpdate."""
    dash_answer = post(side_then_prevent_app(dash).server.test_client(), click_body(3))
    ld_answer = post(side_then_prevent_app(learndash).server.test_client(), click_body(3))
    assert ld_answer == dash_answer == (200, {"multi": True, "response": {}, "sideUpdate": {"side": {"children": "lost"}}})


def test_unserializable_return_is_500_naming_callback_and_type():
    """W-8, O-4 (test_cbva002): a value JSON cannot hold → 500 (Dash too); learndash's JSON names
    the callback, the Output and the type."""
    assert side_then_prevent_app(dash).server.test_client().post("/_dash-update-component", json=click_body(2)).status_code == 500
    response = side_then_prevent_app(learndash).server.test_client().post("/_dash-update-component", json=click_body(2))
    assert response.status_code == 500
    error = error_of(response)
    assert error["callback"] == "half"
    assert "out.children" in error["message"] and "set" in error["message"]


def test_optional_inputs_are_flagged_in_dependencies_like_dash():
    """W-5: an Input or State declared with `allow_optional=True` carries `"allow_optional": true` in
    `/_dash-dependencies` (and only then), so the renderer reads it as None while it is missing."""

    def optional_app(lib: Any) -> Any:
        app = lib.Dash(__name__)
        app.layout = lib.html.Div([lib.html.Div(id="out"), lib.dcc.Input(id="here")])

        @app.callback(
            lib.Output("out", "children"),
            lib.Input("here", "value"),
            lib.Input("later", "value", allow_optional=True),
            lib.State("gone", "value", allow_optional=True),
        )
        def show(here, later, gone):
            return f"{here}/{later}/{gone}"

        return app

    answers = []
    for lib in (learndash, dash):
        (entry,) = optional_app(lib).server.test_client().get("/_dash-dependencies").get_json()
        answers.append((entry["inputs"], entry["state"]))
    assert answers[0] == answers[1]
    assert answers[0][0] == [{"id": "here", "property": "value"}, {"id": "later", "property": "value", "allow_optional": True}]


@pytest.mark.parametrize(
    "component_id",
    ["out", {"type": "item", "index": 1}, {"b": True, "a": "x y", "ü": 2.5}, {"index": learndash.MATCH, "type": "chart"}],
)
def test_ids_round_trip_through_their_wire_form(component_id):
    """W-3: `parse_id(stringify_id(id))` gives the id back, wildcards included; keys are sorted
    and non-ASCII is kept as is."""
    from learndash.protocol import parse_id, stringify_id

    text = stringify_id(component_id)
    assert parse_id(text) == component_id
    if isinstance(component_id, dict):
        assert list(json.loads(text)) == sorted(component_id)


def test_callback_output_ids_round_trip():
    """W-4: the `output` field of a single and of a multi-output callback parses back into its
    (id, property) pairs, splitting each at the last dot."""
    from learndash.protocol import callback_output_id, parse_callback_output_id

    pairs = [("out2", "children"), ('{"index":["ALL"],"type":"cell"}', "children")]
    multi = callback_output_id([f"{i}.{p}" for i, p in pairs], multi=True)
    assert multi == '..out2.children...{"index":["ALL"],"type":"cell"}.children..'
    assert parse_callback_output_id(multi) == pairs
    assert parse_callback_output_id(callback_output_id(["out.children"], multi=False)) == [("out", "children")]


def test_dependencies_bytes_are_dashs(both):
    """W-5: `/_dash-dependencies` is the same bytes as Dash's, fields of unused features included
    (background, dynamic_creator, optional, hidden, websocket, persistent), so a client that reads
    them finds them where Dash puts them."""
    assert both.ld.get("/_dash-dependencies").data == both.dash.get("/_dash-dependencies").data


def test_clientside_running_and_optional_entries_are_dashs():
    """W-5 for the entries the fixture app has none of: a clientside callback (its creator is known,
    `dynamic_creator: false`), `running=` (listed last) and `optional=True`."""
    def entries(lib):
        app = lib.Dash(__name__)
        app.layout = lib.html.Div([lib.html.Button(id="a"), lib.html.Div(id="b"), lib.html.Div(id="c")])
        app.callback(lib.Output("b", "children"), lib.Input("a", "n_clicks"), optional=True,
                     running=[(lib.Output("a", "disabled"), True, False)])(lambda n: n)
        app.clientside_callback("function (b) { return b; }", lib.Output("c", "children"), lib.Input("b", "children"))
        return app.server.test_client().get("/_dash-dependencies").data

    assert entries(learndash) == entries(dash)
