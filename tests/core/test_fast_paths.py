"""The fast paths of a callback request give what the readable paths give, byte for byte (rules W-6 to W-9).

- `to_json` writes plain values with orjson directly; plotly's encoder (`to_json_plotly`, what
  Dash uses) is the readable path, and must write the same text for every value.
- `loads_like_javascript` reads float-free text with orjson; `json.loads` with JavaScript's number
  rule is the readable path, and must give the same values, of the same types.
- `LeanUpdateRoute` answers `/_dash-update-component` without Flask; the Flask route, and the
  readable pipeline (json.loads → update_component_answer → plotly's encoder), must answer the
  same request bytes with the same status, headers and bytes.
"""
from __future__ import annotations

import datetime
import enum
import json
import math
from collections import OrderedDict
from typing import Any

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import pytest
from hypothesis import given
from hypothesis import strategies as st
from plotly.io.json import to_json_plotly
from werkzeug.test import Client

import learndash
from learndash import dcc, html
from learndash.execute import update_component_answer
from learndash.protocol import _javascript_integer, _javascript_number, loads_like_javascript, stringify_id
from learndash.serialize import plain_json, to_json
from test_protocol import (
    CELLS, CELLS_EMPTY, MATCHED, MULTI, NUMBERS, ORDER, PARTIAL, PREVENTED, SIDE, SINGLE,
    TRIGGERED_DICT, TRIGGERED_INITIAL, UNCHANGED, build,
)


class Colour(enum.Enum):
    RED = "red"


PLAIN_VALUES = [
    "Hello Ada",
    "</script><b>&amp;</b> a/b \u2028 \u2029 é 中文 😀",
    [1, 2.5, -0.0, 1e300, 10.0, True, False, None],
    {"nested": {"list": [[], {}, ()], "tuple": (1, "two")}, 3: "int key", None: "none key"},
    float("nan"),
    2**63 - 1,
    html.Div([html.P("one", id="p"), dcc.Input(id={"type": "x", "index": 1}, value=3.5), "text", 7, None]),
    dcc.Graph(id="g", figure={"data": [{"x": [1, 2], "y": [3, 4], "type": "bar"}], "layout": {"title": {"text": "</t>"}}}),
    {"multi": True, "response": {"out": {"children": [html.Span("a"), html.B("b", style={"color": "red"})]}}},
    go.Figure(data=[{"type": "scatter", "x": [1, 2], "y": [3, 4]}]).to_dict(),
    # plotly 6+ figures hold their arrays as base64 dicts, so they are plain too.
    go.Figure(data=[go.Scatter(x=np.arange(3), y=np.arange(3) ** 2)]),
    px.scatter(px.data.iris().head(20), x="sepal_width", y="sepal_length", color="species"),
    Colour.RED,
]
OTHER_VALUES = [
    np.arange(5),
    np.array([1.5, np.nan]),
    pd.Series([1, 2, 3]),
    {"when": datetime.datetime(2024, 5, 6, 7, 8, 9), "day": datetime.date(2024, 5, 6)},
    OrderedDict(b=1, a=2),
    html.Div(np.int64(3)),
    html.Div(id="d", children=[html.P(children=pd.Timestamp("2024-01-01"))]),
]


@pytest.mark.parametrize("value", PLAIN_VALUES + OTHER_VALUES, ids=lambda v: type(v).__name__)
def test_to_json_writes_what_plotlys_encoder_writes(value):
    """W-2, W-7: the same JSON text as plotly's encoder (Dash's), for plain and special values alike."""
    assert to_json(value) == to_json_plotly(value)


@pytest.mark.parametrize("value", PLAIN_VALUES, ids=lambda v: type(v).__name__)
def test_plain_values_take_the_fast_path(value):
    """The plain values above are really written by the orjson path (else the test above proves little)."""
    assert plain_json(value) is not None


@pytest.mark.parametrize("value", OTHER_VALUES, ids=lambda v: type(v).__name__)
def test_special_values_are_left_to_plotlys_encoder(value):
    """Arrays, numpy and pandas scalars, dates and subclasses go to plotly's encoder, which knows them."""
    assert plain_json(value) is None


def many_figures() -> list[Any]:
    """Figures of every kind a course app draws: express charts under several templates, and
    graph_objects figures holding numpy arrays, pandas values, dates, NaN and strings."""
    tips, gapminder = px.data.tips(), px.data.gapminder()
    stocks = px.data.stocks()
    stocks["date"] = pd.to_datetime(stocks["date"])
    rows = gapminder[gapminder["year"] == 2007]
    days = pd.date_range("2024-01-01", periods=4, freq="D")
    grid = np.arange(12, dtype=float).reshape(3, 4)
    figures = [
        px.scatter(rows, x="gdpPercap", y="lifeExp", color="continent", hover_name="country", log_x=True),
        px.scatter(tips, x="total_bill", y="tip", size="size", hover_data=["day", "time"], template="plotly_dark"),
        px.line(stocks, x="date", y=["GOOG", "AAPL"], template="simple_white"),
        px.bar(tips.groupby("day", as_index=False)["tip"].mean(), x="day", y="tip", text_auto=True, template="none"),
        px.histogram(tips, x="total_bill", color="sex", nbins=10, template="ggplot2"),
        go.Figure(go.Scatter(x=days, y=[1.5, np.nan, 3.0, np.inf], mode="lines+markers", name="</script>")),
        go.Figure(go.Scatter(x=days.values, y=np.array([1, 2**40, -3, 4], dtype=np.int64), text=np.array(["a", "b", "c", "d"]))),
        go.Figure(go.Bar(x=pd.Series(["x", "y"], dtype="category"), y=pd.Series([True, False]))),
        go.Figure(go.Heatmap(z=grid[:, ::2], x=[datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)])),
        go.Figure(go.Scatter(x=[datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.timezone.utc)], y=[np.float32(1.25)]),
                  layout={"xaxis": {"range": np.array([0, 10])}, "title": {"text": "a/b \u2028"}}),
        go.Figure(go.Scatter(x=np.array(["2024-01-01", "2024-02-01"], dtype="datetime64[ns]"), y=np.array([1, 2], dtype=np.uint8),
                             customdata=np.array([[1, "one"], [2, "two"]], dtype=object))),
        go.Figure(),
    ]
    return figures


@pytest.mark.parametrize("figure", many_figures(), ids=lambda figure: f"{len(figure.data)}-traces")
def test_a_figure_inside_a_value_is_written_as_plotlys_encoder_writes_it(figure):
    """W-2, W-7: a figure as a callback's answer, inside a dcc.Graph, and alone: plotly's encoder's
    text, byte for byte, though the figure is converted to a dict once (figure_json), not twice."""
    answer = {"multi": True, "response": {"graph": {"figure": figure}, "count": {"children": "142 countries"}}}
    for value in (answer, dcc.Graph(id="g", figure=figure), html.Div([html.H1("</h1>"), dcc.Graph(figure=figure)]), figure):
        assert to_json(value) == to_json_plotly(value)


@pytest.mark.parametrize("value", [{"a": {1, 2}}, html.Div, [2**70]], ids=["set", "class", "huge int"])
def test_to_json_still_refuses_what_plotlys_encoder_refuses(value):
    """O-4: a set, a class or an integer past 64 bits is refused by both paths with a TypeError."""
    with pytest.raises(TypeError):
        to_json_plotly(value)
    with pytest.raises(TypeError):
        to_json(value)


def typed(value: Any) -> Any:
    """A value with every number's type spelled out, so 1, 1.0 and True differ when compared."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, value)


TEXTS = [
    '{"output":"out.children","inputs":[{"id":"inp","property":"value","value":"y"}],"changedPropIds":["inp.value"]}',
    '{"a":10.0,"b":2.5,"c":1e3,"d":-0.0,"e":1E-7}',
    '[1,-2,0,9007199254740993,123456789012345678901234567890]',
    '{"text":"version 1.0 and 2e5 inside a string"}',
    '{"x":[true,false,null,"é","\\u00e9","\\ud83d\\ude00"]}',
    '[NaN, Infinity, -Infinity]',
    '["\\ud800"]',
    '{"a":1,"a":2}',
    ' \n[ 1 , { "k" : [ ] } ]\t',
]


@pytest.mark.parametrize("text", TEXTS)
def test_loads_like_javascript_reads_what_json_reads(text):
    """W-9, W-2: the same values, of the same types, as `json.loads` with JavaScript's number rules
    (an integer past 2**53 is rounded to a double, as the browser holds it)."""
    expected = json.loads(text, parse_float=_javascript_number, parse_int=_javascript_integer)
    assert typed(loads_like_javascript(text)) == typed(expected)


@pytest.mark.parametrize("text", ["{", '{"a":}', "[1,]", "", '{"a":1} x'])
def test_loads_like_javascript_refuses_what_json_refuses(text):
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        loads_like_javascript(text)


REQUESTS = [SINGLE, MULTI, PREVENTED, UNCHANGED, PARTIAL, SIDE, CELLS, CELLS_EMPTY, MATCHED, TRIGGERED_DICT,
            TRIGGERED_INITIAL, ORDER, NUMBERS]
RAW_REQUESTS = [
    json.dumps(body, separators=(",", ":")).encode() for body in REQUESTS
] + [
    json.dumps(SINGLE).encode(),  # spaces after separators, as Python writes it
    b'{"output":"nope.children","inputs":[],"changedPropIds":[]}',  # 400: no such callback
    b'{"output": "out.children"',  # 400: not JSON
    b"\xff\xfe not utf-8",  # 400: not text
    b"[1, 2]",  # 400: not an object
]


def answer(wsgi_app: Any, data: bytes) -> tuple[str, list[tuple[str, str]], bytes]:
    response = Client(wsgi_app).post("/_dash-update-component", data=data, content_type="application/json")
    return response.status, sorted(response.headers.to_wsgi_list()), response.get_data()


@pytest.fixture(scope="module")
def app() -> Any:
    return build(learndash)


@pytest.mark.parametrize("data", RAW_REQUESTS)
def test_lean_route_answers_as_the_flask_route(app, data):
    """W-6 to W-8: status, headers and body are the same whether Flask's route answers or the lean one."""
    lean = app.server.wsgi_app
    flask_route = lean.wsgi_app  # the Flask app's own wsgi_app, which the lean route wraps
    assert answer(lean, data) == answer(flask_route, data)


@pytest.mark.parametrize("body", REQUESTS, ids=lambda b: b["output"])
def test_lean_route_answers_as_the_readable_pipeline(app, body, monkeypatch):
    """W-7, W-9: the bytes the lean route sends are what json.loads → the callback → plotly's encoder give."""
    data = json.dumps(body, separators=(",", ":")).encode()
    monkeypatch.setattr("learndash.execute.to_json", to_json_plotly)  # the answer written by plotly's encoder
    status, readable_text = update_component_answer(
        app.callback_registry, json.loads(data, parse_float=_javascript_number), debug=False
    )
    monkeypatch.undo()
    lean_status, _, lean_bytes = answer(app.server.wsgi_app, data)
    assert int(lean_status.split()[0]) == status
    assert lean_bytes == (b"" if readable_text is None else readable_text.encode())


def test_a_server_with_request_hooks_keeps_the_flask_route():
    """An app that checks requests itself (a before_request hook, say for a login) sees every callback request."""
    app = build(learndash)
    seen = []
    app.server.before_request(lambda: seen.append(1))
    Client(app.server.wsgi_app).post("/_dash-update-component", json=SINGLE)
    assert seen == [1]


def test_only_a_plain_json_post_takes_the_lean_route(app):
    """A form post, or a body past 1 MB, is answered by the Flask route and its rules."""
    lean = app.server.wsgi_app
    client = Client(lean)
    assert lean.serves(client.post("/_dash-update-component", json=SINGLE).request.environ)
    form = {"output": "out.children"}
    assert not lean.serves(client.post("/_dash-update-component", data=form).request.environ)
    big = dict(SINGLE, padding="x" * (1024 * 1024))
    assert not lean.serves(client.post("/_dash-update-component", json=big).request.environ)


def test_remembered_id_texts_are_the_texts_written_afresh():
    """W-3: `stringify_id` remembers the texts of ids it has written; each is still the text the
    readable writer gives, also for values Python holds equal but JavaScript does not (`1`, `1.0`,
    `True`), asked for in any order."""
    from learndash.protocol import _stringify_items, stringify_id

    ids = [
        {"type": "item", "index": 1}, {"index": True, "type": "item"}, {"type": "item", "index": 1.0},
        {"type": "item", "index": 1.5}, {"index": "1", "type": "item"}, {"b": "é", "a": False},
        {"type": "item", "index": learndash.MATCH}, {"type": "item", "index": learndash.ALL},
        {"list": [1, 2]},
    ]
    for component_id in ids + list(reversed(ids)) + ids:
        assert stringify_id(component_id) == _stringify_items(component_id.items())
    assert len({stringify_id(i) for i in ids[:3]}) == 2  # 1 and 1.0 are one id; True is another


#: Id values of every kind the two writers could disagree on: any text (control characters, non-ASCII,
#: lone surrogates), integers past 64 bits, booleans, floats, and str subclasses.
class _Tag(str, enum.Enum):
    ROW = "row"


ID_VALUES = st.one_of(
    st.text(), st.integers(), st.integers(min_value=-(2**70), max_value=2**70), st.booleans(),
    st.floats(allow_nan=False), st.just(_Tag.ROW),
)


@given(st.dictionaries(st.text(), ID_VALUES, max_size=4))
def test_the_fast_id_writer_writes_what_the_readable_one_does(component_id):
    """W-3: ids of strings and integers are written by orjson; every id's text is still exactly the
    readable writer's (sorted keys, compact, non-ASCII kept), whatever its keys and values hold."""
    from learndash.protocol import _stringify_items, stringify_id

    assert stringify_id(component_id) == _stringify_items(component_id.items())


def test_a_fault_of_the_server_itself_is_json_on_both_routes(monkeypatch, caplog):
    """W-8: when the server (not a callback) fails while answering, both routes answer the same
    JSON 500 naming the exception, and the traceback goes to the server's log."""
    app = build(learndash)
    lean = app.server.wsgi_app

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the registry is gone")

    monkeypatch.setattr("learndash.update_route.update_component_answer", broken)
    data = json.dumps(SINGLE).encode()
    lean_status, _, lean_bytes = answer(lean, data)
    flask_status, _, flask_bytes = answer(lean.wsgi_app, data)
    assert lean_status.startswith("500") and flask_status.startswith("500")
    assert json.loads(lean_bytes) == json.loads(flask_bytes) == {"error": {
        "type": "RuntimeError",
        "message": "The app failed while answering /_dash-update-component: RuntimeError: 'the registry is gone'. "
                   "The traceback is in the server's log.",
    }}
    assert "the registry is gone" in caplog.text


# -- the request body's checks ----------------------------------------------------------------

SPEC_VARIANTS = [
    {"id": "inp", "property": "value", "value": 1}, {"id": {"type": "row", "index": 0}, "property": "value"},
    {"id": {"type": "row", "index": [1]}, "property": "value"}, {"id": 5, "property": "value"}, {"property": "value"},
    {"id": "inp", "property": 3}, {"id": "inp"}, "inp.value", None, [], [{"id": "a", "property": "value"}],
    [{"id": "a", "property": "value"}, {"id": "b"}], [[{"id": "a", "property": "value"}]],
]
BODY_VARIANTS = [SINGLE, MULTI, CELLS, MATCHED, 5, {}, {"output": 1}] + [
    {**SINGLE, field: value}
    for field in ("inputs", "state", "outputs")
    for value in [[spec] for spec in SPEC_VARIANTS] + SPEC_VARIANTS + [[SPEC_VARIANTS[0], SPEC_VARIANTS[5]]]
] + [{**SINGLE, "changedPropIds": value} for value in (None, "in.value", [1], ["in.value"])]


def refusal(check: Any, body: Any) -> tuple[str, str] | None:
    try:
        check(body)
    except learndash.exceptions.BadRequest as error:
        return str(error), error.field
    return None


def test_the_request_body_check_refuses_what_the_field_by_field_check_refuses(monkeypatch):
    """W-6: a body that passes the quick look passes the field-by-field check too; one that
    fails gets the same error, naming the same field, as when every field is checked by name."""
    from learndash import request_body

    kept = [refusal(request_body.check_request_body, body) for body in BODY_VARIANTS]
    monkeypatch.setattr(request_body, "_is_entry", lambda entry: False)
    monkeypatch.setattr(request_body, "_are_outputs", lambda outputs: False)
    assert [refusal(request_body.check_request_body, body) for body in BODY_VARIANTS] == kept
    assert kept.count(None) > 5 and len(set(kept)) > 10  # both kinds of body were tried


def test_a_spec_fits_its_dependency_as_the_readable_check_says():
    """W-6, P-3: `_fits` (a string id compared directly, the property before it is cleaned) agrees
    with the readable check: a spec `check_request_body` takes, whose cleaned property is the
    declared one and whose id `id_matches` the declared id."""
    from learndash.execute import _fits
    from learndash.patterns import id_matches
    from learndash.protocol import clean_property_name
    from learndash.request_body import _is_spec

    dependencies = [learndash.Input("inp", "value"), learndash.Output("out", "children"),
                    learndash.Input({"type": "row", "index": learndash.MATCH}, "value"),
                    learndash.State({"type": "row", "index": 1}, "value"), learndash.Input("inp", "va@lue")]
    items = SPEC_VARIANTS + [{"id": "inp", "property": "va@lue"}, {"id": "inp", "property": "va"},
        {"id": "out", "property": "children@0a1b"}, {"id": "out", "property": "children"}, {"id": "inp", "property": "value@x"},
        {"id": {"type": "row", "index": True}, "property": "value"}, {"id": {"type": "row", "index": 1.0}, "property": "value"},
        {"id": {"type": "row", "index": None}, "property": "value"}, {"id": {"type": "row", "index": {"a": 1}}, "property": "value"},
        {"id": {"index": 1, "type": "row"}, "property": "value"},
    ]
    for dependency in dependencies:
        for item in items:
            readable = (
                _is_spec(item)
                and clean_property_name(item["property"]) == dependency.component_property
                and id_matches(dependency.component_id, item.get("id"))
            )
            assert _fits(item, dependency) == readable, (dependency, item)


def spec_mutations(spec: dict) -> list[dict]:
    """A spec with its property or one of its id's values made wrong, or only unusual."""
    mutated = [{**spec, "property": prop} for prop in (3, None, spec["property"] + "@0a1b", "@" + spec["property"])]
    mutated += [{k: v for k, v in spec.items() if k != key} for key in ("id", "property")]
    if isinstance(spec["id"], dict):
        for key, value in spec["id"].items():
            mutated += [{**spec, "id": {**spec["id"], key: wrong}} for wrong in ([value], {"v": value}, None, str(value))]
    return mutated


def entry_mutations(entry: Any) -> list[Any]:
    """An entry (a spec, or a list of them for ALL) with one spec mutated, or left out."""
    if isinstance(entry, dict):
        return spec_mutations(entry) + [[entry]]
    mutated: list[Any] = [entry[:position] + entry[position + 1:] for position in range(len(entry))]
    for position, spec in enumerate(entry):
        mutated += [entry[:position] + [wrong] + entry[position + 1:] for wrong in spec_mutations(spec)]
    return mutated + [entry[0] if entry else []]


def body_mutations(body: dict) -> list[Any]:
    """`body` with each field, and each entry of each list field, replaced by every spec variant
    or a mutation of its own, wrapped in a list, dropped, or given an extra entry: bodies near
    the page's own."""
    variants = SPEC_VARIANTS + [[spec] for spec in SPEC_VARIANTS] + [1, "x", {}]
    mutated: list[Any] = [{k: v for k, v in body.items() if k != field} for field in body]
    for field, value in body.items():
        mutated += [{**body, field: variant} for variant in variants + [None, [value], [value, value]]]
        if field == "outputs" and not isinstance(value, list):
            mutated += [{**body, field: wrong} for wrong in entry_mutations(value)]
        if isinstance(value, list):
            for position, entry in enumerate(value):
                wrongs = variants + (entry_mutations(entry) if field != "changedPropIds" else [1, None])
                mutated += [{**body, field: value[:position] + [wrong] + value[position + 1:]} for wrong in wrongs]
            mutated.append({**body, field: value + [SPEC_VARIANTS[0]]})
    return mutated


def test_a_plain_body_names_the_callback_the_field_by_field_checks_name(app):
    """W-6: the page's own bodies take the one-walk check (`_callback_of_plain_body`), and every
    body it takes passes the field-by-field checks (`_checked_callback`) with the same callback;
    any other body it leaves to them (None), so each refusal keeps its wording."""
    from learndash.execute import _callback_of_plain_body, _checked_callback

    registry = app.callback_registry
    [no_output] = [c.output_id for c in registry.by_output_id.values() if c.has_no_output]
    page_bodies = REQUESTS + [{"output": no_output, "inputs": [{"id": "dd", "property": "value", "value": "b"}],
                               "changedPropIds": ["dd.value"]}]
    assert all(_callback_of_plain_body(registry, body) is not None for body in page_bodies)
    bodies = page_bodies + BODY_VARIANTS + [mutated for body in page_bodies for mutated in body_mutations(body)]
    taken = 0
    for body in bodies:
        quick = _callback_of_plain_body(registry, body)
        if quick is not None:
            assert _checked_callback(registry, body) is quick, body
            taken += 1
    assert len(bodies) > 2000 and taken < len(bodies) / 4  # mostly hostile bodies, which go the readable way


def test_validation_looks_at_the_instances_a_full_resolve_finds():
    """V-2, V-4, P-9: `_all_found` gives the id strings of the ids `resolve` finds with no match
    values (in ALL order): the layout check looks at every instance of a pattern, as Dash does."""
    from learndash.dependencies import ALL, ALLSMALLER, MATCH, Input, Output, State
    from learndash.layout import LayoutIndex
    from learndash.patterns import resolve
    from learndash.validation import _all_found

    layout = json.loads(to_json(html.Div([
        html.Div(id={"type": "row", "index": i}) for i in (3, 1, 2)
    ] + [dcc.Input(id={"type": "cell", "index": 1, "col": c}) for c in ("b", "a")] + [html.P(id="plain")])))
    index = LayoutIndex.of(layout)
    dependencies = [
        Input({"type": "row", "index": MATCH}, "children"), Output({"type": "row", "index": ALL}, "children"),
        State({"type": "row", "index": ALLSMALLER}, "children"), Input({"type": "row", "index": 2}, "children"),
        Input({"type": "cell", "index": 1, "col": ALL}, "value"), Input({"type": "cell", "index": 9, "col": MATCH}, "value"),
        Input({"type": "gone", "index": MATCH}, "value"), Input("plain", "children"), Input("missing", "children"),
    ]
    for dependency in (d for d in dependencies if d.is_pattern):
        assert _all_found(dependency, index) == [stringify_id(i) for i in resolve(dependency, index, {})], dependency
    assert _all_found(dependencies[0], index) == [stringify_id({"type": "row", "index": i}) for i in (3, 1, 2)]
