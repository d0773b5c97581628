"""Every way of declaring a callback's dependencies (rules O-1, W-9 step 3, X-3, R-11): keywords and
positions mixed, dicts and lists nested at any depth, and the arguments, `ctx.args_grouping` and
`ctx.outputs_grouping` the function then sees. Each form is declared once for learndash and once
for real Dash; the same request must give the same response and the same dependencies."""
from __future__ import annotations

import json
from typing import Any, Callable

import dash
import pytest

import learndash
from learndash.exceptions import CallbackDefinitionError, InvalidCallbackReturnValue
from learndash.protocol import parse_callback_output_id, parse_id

VALUES = {"a": "A", "b": "B", "s": "S"}


def layout(lib):
    return lib.html.Div(
        [lib.dcc.Input(id=name, value=value) for name, value in VALUES.items()]
        + [lib.html.Div(id=name) for name in ("out", "x", "y", "z")]
    )


def reporter(lib) -> Callable[..., str]:
    """A callback function that writes what it received, and what `lib.ctx` says, as JSON text."""

    def report(*args, **kwargs) -> str:
        return json.dumps(
            {
                "args": args,
                "kwargs": kwargs,
                "args_grouping": lib.ctx.args_grouping,
                "outputs_grouping": lib.ctx.outputs_grouping,
                "using_args_grouping": lib.ctx.using_args_grouping,
                "using_outputs_grouping": lib.ctx.using_outputs_grouping,
            },
            sort_keys=True,
        )

    return report


def request_body(definition: dict[str, Any]) -> dict[str, Any]:
    """The body the renderer sends for this definition, with every value from VALUES."""
    outputs = [{"id": parse_id(i), "property": p} for i, p in parse_callback_output_id(definition["output"])]
    body = {
        "output": definition["output"],
        "outputs": outputs if definition["output"].startswith("..") else outputs[0],
        "inputs": [dict(item, value=VALUES[item["id"]]) for item in definition["inputs"]],
        "changedPropIds": ["a.value"],
    }
    if definition["state"]:
        body["state"] = [dict(item, value=VALUES[item["id"]]) for item in definition["state"]]
    return body


ESSENTIAL = ("output", "inputs", "state", "prevent_initial_call", "no_output")


def run_on_both(declare: Callable[[Any], tuple[tuple, dict]], function_for: Callable[[Any], Any] = reporter):
    """Declare the callback on both libraries, send one request, and return (definition, answers)."""
    answers, definitions = [], []
    for lib in (learndash, dash):
        app = lib.Dash(__name__)
        app.layout = layout(lib)
        args, kwargs = declare(lib)
        app.callback(*args, **kwargs)(function_for(lib))
        client = app.server.test_client()
        definition = client.get("/_dash-dependencies").get_json()[0]
        definitions.append({key: definition[key] for key in ESSENTIAL})
        response = client.post("/_dash-update-component", json=request_body(definitions[0]))
        answers.append((response.status_code, response.get_json(silent=True)))
    assert definitions[0] == definitions[1], "the dependencies differ from Dash's"
    return definitions[0], answers


def received(answers) -> dict[str, Any]:
    """The report the callback wrote into out.children (learndash's answer)."""
    return json.loads(answers[0][1]["response"]["out"]["children"])


ARGUMENT_FORMS = {
    # rule O-1: positional, Inputs and States interleaved, in declared order
    "interleaved": lambda lib: ((lib.Output("out", "children"), lib.Input("a", "value"), lib.State("s", "value"),
                                 lib.Input("b", "value")), {}),
    # a single positional Input: the leaf itself is ctx.args_grouping
    "single": lambda lib: ((lib.Output("out", "children"), lib.Input("a", "value")), {}),
    # W-9 step 3: one positional dict means keyword arguments, nested values rebuilt
    "positional-dict": lambda lib: ((lib.Output("out", "children"),
                                     {"first": lib.Input("a", "value"), "rest": [lib.State("s", "value"), lib.Input("b", "value")]}), {}),
    # a list inside a list is one argument holding a list
    "positional-nested-list": lambda lib: ((lib.Output("out", "children"), lib.Input("a", "value"),
                                            [[lib.Input("b", "value"), lib.State("s", "value")]]), {}),
    "keyword-dicts": lambda lib: ((), dict(output=lib.Output("out", "children"),
                                           inputs=dict(first=lib.Input("a", "value"), second=lib.Input("b", "value")),
                                           state=dict(kept=lib.State("s", "value")))),
    "keyword-nested": lambda lib: ((), dict(output=lib.Output("out", "children"),
                                            inputs=[lib.Input("a", "value"), {"k": (lib.Input("b", "value"), lib.State("s", "value"))}])),
    # keywords and positions mixed
    "R-11-positional-inputs-keyword-output": lambda lib: ((lib.Input("a", "value"), lib.State("s", "value")),
                                                          dict(output=lib.Output("out", "children"))),
    "R-11-positional-output-keyword-inputs": lambda lib: ((lib.Output("out", "children"),), dict(inputs=lib.Input("a", "value"))),
    "R-11-positional-output-keyword-inputs-state": lambda lib: ((lib.Output("out", "children"),),
                                                                dict(inputs=[lib.Input("a", "value")], state=[lib.State("s", "value")])),
    "R-11-keyword-output-positional-inputs-and-prevent": lambda lib: ((lib.Input("b", "value"), False),
                                                                      dict(output=lib.Output("out", "children"))),
}


@pytest.mark.parametrize("form", ARGUMENT_FORMS, ids=list(ARGUMENT_FORMS))
def test_argument_forms_match_dash(form):
    """O-1, W-9 step 3, X-3, R-11: the function gets the same arguments, ctx the same groupings,
    and /_dash-dependencies the same entry as on real Dash."""
    _, answers = run_on_both(ARGUMENT_FORMS[form])
    assert answers[0] == answers[1]
    assert answers[0][0] == 200


def test_nested_grouping_rebuilds_the_declared_shape():
    """W-9 step 3: `{"first": Input a, "rest": [State s, Input b]}` arrives as first="A",
    rest=["S", "B"]; on the wire the Inputs still come before the States."""
    definition, answers = run_on_both(ARGUMENT_FORMS["positional-dict"])
    assert [i["id"] for i in definition["inputs"]] == ["a", "b"] and [s["id"] for s in definition["state"]] == ["s"]
    seen = received(answers)
    assert seen["args"] == [] and seen["kwargs"] == {"first": "A", "rest": ["S", "B"]}
    assert seen["args_grouping"]["rest"][0]["id"] == "s" and seen["using_args_grouping"] is True


def test_single_input_grouping_is_the_leaf_itself():
    """X-3: with one positional Input, ctx.args_grouping is that Input's leaf, not a list."""
    _, answers = run_on_both(ARGUMENT_FORMS["single"])
    grouping = received(answers)["args_grouping"]
    assert grouping == {"id": "a", "property": "value", "value": "A", "str_id": "a", "triggered": True}


def test_r11_inputs_before_an_output_keyword():
    """R-11: `@callback(Input, State, output=Output)` reads the Output from the keyword."""
    definition, answers = run_on_both(ARGUMENT_FORMS["R-11-positional-inputs-keyword-output"])
    assert definition["output"] == "out.children"
    assert received(answers)["args"] == ["A", "S"]


def test_keyword_output_list_of_one_returns_a_list():
    """O-1: `output=[Output(...)]` (a list of one, by keyword) is answered by a list of one value, as in Dash."""
    def declare(lib):
        return (), dict(output=[lib.Output("out", "children")], inputs=[lib.Input("a", "value")], state=[lib.State("s", "value")])

    _, answers = run_on_both(declare, lambda lib: lambda a, s: [f"{a}{s}"])
    assert answers[0] == answers[1]
    assert answers[0][0] == 200


def grouped_outputs(lib):
    return ((lib.Input("a", "value"),),
            dict(output={"first": lib.Output("x", "children"), "rest": [lib.Output("y", "children"), lib.Output("z", "children")]}))


@pytest.mark.parametrize(
    "returned, status",
    [
        ({"first": 1, "rest": [2, 3]}, 200),
        ({"first": 1, "rest": [learndash.no_update, 3]}, 200),  # no_update at a leaf skips that Output
        ({"first": [1, 2], "rest": [{"k": 2}, 3]}, 200),  # any value may stand at a leaf
        ({"first": 1, "rest": [2]}, 500),  # a list of the wrong length
        ({"first": 1, "rest": 2}, 500),  # a value where a list is declared
        ({"first": 1, "other": [2, 3]}, 500),  # the wrong keys
    ],
    ids=["exact", "no-update-leaf", "lists-at-leaves", "short-list", "not-a-list", "wrong-keys"],
)
def test_nested_output_groupings_take_their_shape_back(returned, status):
    """O-1, O-4: a nested output grouping returns a value of the same nesting; each mismatch is a 500."""

    def answer(a):
        return json.loads(json.dumps(returned, default=lambda value: {"_dash_no_update": "_dash_no_update"}))

    _, answers = run_on_both(grouped_outputs, lambda lib: answer)
    assert [code for code, _ in answers] == [status, status]
    if status == 200:
        assert answers[0][1] == answers[1][1]


def test_outputs_grouping_mirrors_the_declared_outputs():
    """X-3: ctx.outputs_grouping has the declared nesting with {id, property} leaves."""

    def answer_for(lib):
        def answer(a):
            return {"first": json.dumps(lib.ctx.outputs_grouping, sort_keys=True), "rest": [a, a]}

        return answer

    _, answers = run_on_both(grouped_outputs, answer_for)
    assert answers[0] == answers[1]
    assert json.loads(answers[0][1]["response"]["x"]["children"]) == {
        "first": {"id": "x", "property": "children"},
        "rest": [{"id": "y", "property": "children"}, {"id": "z", "property": "children"}],
    }


def test_nested_output_mismatch_names_the_place_and_the_outputs():
    """O-4: the message says where the returned value differs and which Outputs live there."""
    app = learndash.Dash(__name__)
    app.layout = layout(learndash)
    app.callback(*grouped_outputs(learndash)[0], **grouped_outputs(learndash)[1])(lambda a: {"first": 1, "rest": 2})
    from learndash.testing import AppHarness

    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "['rest']" in message and "y.children, z.children" in message and "list of 2" in message


@pytest.mark.parametrize(
    "args, kwargs, needle",
    [
        # Dash refuses state= without inputs= (ValueError) ...
        (("OUT", "A"), {"state": "S"}, "needs inputs="),
        # ... and positional dependencies next to inputs= (IncorrectTypeException)
        (("OUT", "S"), {"inputs": ["A"]}, "move it into inputs="),
        (("OUT",), {"output": "OUT", "inputs": ["A"]}, "both as output= and positionally"),
        (("A", "OUT"), {}, "list all Outputs first"),
        (("OUT", {"k": "A", "j": "OUT"}), {}, "mixes Outputs with Inputs"),
        (("OUT", {"k": "not a dependency"}), {}, "'not a dependency'"),
    ],
    ids=["state-without-inputs", "positional-next-to-inputs", "output-twice", "output-after-input",
         "mixed-grouping", "not-a-dependency"],
)
def test_forms_dash_refuses_are_refused_with_the_fix(args, kwargs, needle):
    """R-11, V-1: the mixes real Dash refuses fail at declaration on both, learndash's with a fix."""
    def resolve(lib, item):
        names = {"OUT": lib.Output("out", "children"), "A": lib.Input("a", "value"), "S": lib.State("s", "value")}
        if isinstance(item, dict):
            return {key: resolve(lib, value) for key, value in item.items()}
        if isinstance(item, list):
            return [resolve(lib, value) for value in item]
        return names.get(item, item)

    for lib in (dash, learndash):
        app = lib.Dash(__name__)
        with pytest.raises(Exception) as raised:
            app.callback(*resolve(lib, list(args)), **resolve(lib, kwargs))(reporter(lib))
        if lib is learndash:
            assert isinstance(raised.value, CallbackDefinitionError)
            assert needle in str(raised.value) and "report()" in str(raised.value)
