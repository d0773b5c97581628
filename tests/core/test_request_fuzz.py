"""Property-based fuzzing of the three Dash endpoints on chapter apps (W-1, W-6, W-8).

Hypothesis builds requests of every kind: real callback bodies with fields replaced, dropped or
retyped, random JSON, broken and deeply nested text, other Content-Types and methods. Whatever
arrives, the server answers: never a 500 unless a student's callback itself failed (a JSON error
naming the callback), every 4xx a JSON error with a message, every 200 JSON. Examples are bounded
per app, and each request is bounded by hypothesis's deadline (which catches a hang, not slowness).
"""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learndash.protocol import parse_callback_output_id

CHAPTERS = Path(__file__).resolve().parents[2] / "chapters"
FUZZED_APPS = ["02_basic_callbacks", "06_chained_callbacks", "09_pattern_matching"]
STATUSES: Counter = Counter()  # status class -> count, over the whole module (printed with -s)


def chapter_app(folder: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"fuzzed_{folder}", CHAPTERS / folder / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.app


@pytest.fixture(scope="module", params=FUZZED_APPS)
def app(request: pytest.FixtureRequest) -> Any:
    return chapter_app(request.param)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=10,
)


def wire_id(text: str) -> Any:
    """A dependency id from `/_dash-dependencies`: a string, or a dict (wildcards as ["ALL"])."""
    return json.loads(text) if text.startswith("{") else text


def concrete(component_id: Any, index: int) -> Any:
    """The id of one instance: each wildcard replaced by `index`."""
    if isinstance(component_id, dict):
        return {key: index if isinstance(value, list) else value for key, value in component_id.items()}
    return component_id


def is_multi(component_id: Any) -> bool:
    return isinstance(component_id, dict) and any(value in (["ALL"], ["ALLSMALLER"]) for value in component_id.values())


def entry(component_id: Any, prop: str, value: Any, index: int, with_value: bool) -> Any:
    spec = {"id": concrete(component_id, index), "property": prop}
    if with_value:
        spec["value"] = value
    return [spec] if is_multi(component_id) else spec


@st.composite
def callback_bodies(draw: Any, definitions: list[dict]) -> dict[str, Any]:
    """A body the page could send for one of the app's callbacks, with random input values."""
    definition = draw(st.sampled_from(definitions))
    index = draw(st.integers(0, 3))
    outputs = [
        entry(wire_id(id_str), prop, None, index, with_value=False)
        for id_str, prop in parse_callback_output_id(definition["output"])
    ]
    body = {"output": definition["output"], "outputs": outputs if definition["output"].startswith("..") else outputs[0]}
    for key in ("inputs", "state"):
        body[key] = [
            entry(wire_id(dependency["id"]), dependency["property"], draw(json_values), index, with_value=True)
            for dependency in definition[key]
        ]
    body["changedPropIds"] = draw(st.lists(st.sampled_from([f"{d['id']}.{d['property']}" for d in definition["inputs"]]), max_size=2))
    return body


# Values of a type no field has: random JSON alone leans to None, 0 and "", which some fields accept.
wrong_types = st.one_of(
    st.integers(min_value=1), st.just(True), st.floats(0.5, 9.5), st.text(min_size=1, max_size=5),
    st.dictionaries(st.text(max_size=3), json_values, min_size=1, max_size=2), st.lists(json_values, min_size=1, max_size=2),
)


@st.composite
def mutated(draw: Any, body: dict[str, Any]) -> Any:
    """`body` as is, or with one field (top-level or inside an entry) replaced, dropped or retyped."""
    choice = draw(st.sampled_from(["as is", "replace", "retype", "drop", "entry", "whole"]))
    body = json.loads(json.dumps(body))
    keys = ["output", "outputs", "inputs", "state", "changedPropIds"]
    if choice in ("replace", "retype"):
        body[draw(st.sampled_from(keys))] = draw(json_values if choice == "replace" else wrong_types)
    elif choice == "drop":
        body.pop(draw(st.sampled_from(keys)), None)
    elif choice == "entry" and body["inputs"]:
        spec = body["inputs"][0][0] if isinstance(body["inputs"][0], list) and body["inputs"][0] else body["inputs"][0]
        if isinstance(spec, dict):
            spec[draw(st.sampled_from(["id", "property", "value"]))] = draw(st.one_of(json_values, wrong_types))
    elif choice == "whole":
        return draw(json_values)
    return body


raw_texts = st.one_of(
    st.text(max_size=40),
    st.integers(1, 5000).map(lambda depth: "[" * depth + "]" * depth),
    st.integers(1000, 20000).map(lambda depth: '{"output": ' + "[" * depth),
    st.binary(max_size=30).map(lambda data: data.decode("latin-1")),
)


def check_answer(response: Any) -> None:
    """The contract: a 500 only for the student's own callback error, every error JSON."""
    STATUSES[f"{response.status_code // 100}xx"] += 1
    if response.status_code >= 400:
        assert response.mimetype == "application/json", (response.status_code, response.data[:300])
        error = response.get_json()["error"]
        assert error["message"]
    if response.status_code >= 500:
        assert response.status_code == 500 and error.get("callback"), error
    elif response.status_code == 200 and response.mimetype == "application/json":
        response.get_json()


FUZZ = settings(
    max_examples=100,
    deadline=timedelta(seconds=10),  # the "no hang" bound: a request takes milliseconds
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    database=None,
)


@FUZZ
@given(data=st.data())
def test_callback_endpoint_answers_every_body(app: Any, data: Any) -> None:
    """W-6, W-8: real bodies with any field broken, and random JSON, are answered by contract."""
    app.server.testing = False  # a fault must show as the 500 it would be, not a test-client raise
    definitions = app.dependencies()
    body = data.draw(callback_bodies(definitions).flatmap(mutated))
    response = app.server.test_client().post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    check_answer(response)


@FUZZ
@given(text=raw_texts, content_type=st.sampled_from(["application/json", "text/plain", None, "application/x-www-form-urlencoded"]))
def test_callback_endpoint_answers_every_text(app: Any, text: str, content_type: str | None) -> None:
    """W-1, W-8: broken JSON, deep nesting, odd bytes and non-JSON types: a JSON 4xx each."""
    app.server.testing = False
    headers = {"Content-Type": content_type} if content_type else {}
    response = app.server.test_client().post("/_dash-update-component", data=text.encode("utf-8", "surrogatepass"), headers=headers)
    check_answer(response)
    assert 400 <= response.status_code < 500


@settings(FUZZ, max_examples=40)
@given(
    path=st.sampled_from(["/_dash-layout", "/_dash-dependencies", "/_dash-update-component"]),
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]),
    query=st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)
def test_every_method_on_every_endpoint_is_answered(app: Any, path: str, method: str, query: dict) -> None:
    """W-1: the GET endpoints answer JSON to GET and a JSON 405 to anything else."""
    app.server.testing = False
    response = app.server.test_client().open(path, method=method, query_string=query)
    if path == "/_dash-update-component" and method == "GET":
        assert response.status_code == 200 and response.mimetype == "text/html"  # the index page, as Dash
        return
    check_answer(response)


def test_report_statuses(capsys: pytest.CaptureFixture) -> None:
    """Not a rule: prints how many requests were fuzzed, by status class (run with -s to see it)."""
    with capsys.disabled():
        print(f"\nfuzzed {sum(STATUSES.values())} requests: {dict(sorted(STATUSES.items()))}")
    assert sum(STATUSES.values()) > 0
