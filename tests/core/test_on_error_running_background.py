"""`on_error=` (W-9 step 5), the declaration of `running=` (C-2 item 3) and `background=` on the
server side. Each behaviour is checked against real Dash through Flask's test client: the same
app, built with each library, answers the same request with the same status and body."""
from __future__ import annotations

import dash
import pytest
from dash.exceptions import PreventUpdate as DashPreventUpdate

import learndash
from learndash.exceptions import CallbackDefinitionError, PreventUpdate
from learndash.testing import AppHarness

BODY = {
    "output": "..out.children...note.children..",
    "outputs": [{"id": "out", "property": "children"}, {"id": "note", "property": "children"}],
    "inputs": [{"id": "n", "property": "value", "value": 0}],
    "changedPropIds": ["n.value"],
}


def divide_app(lib, *, handler=None, app_handler=None, raises=ZeroDivisionError):
    """`out = 10 / n` and a note; n = 0 raises (or `raises` is raised)."""
    app = lib.Dash(__name__, on_error=app_handler) if app_handler else lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Input(id="n", value=0), lib.html.Div(id="out"), lib.html.Div(id="note"),
                               lib.html.Div(id="side")])
    options = {"on_error": handler} if handler else {}

    @app.callback(lib.Output("out", "children"), lib.Output("note", "children"), lib.Input("n", "value"), **options)
    def divide(n):
        if raises is not ZeroDivisionError:
            raise raises()
        return 10 / n, "divided"

    return app


def answer(lib, **options):
    response = divide_app(lib, **options).server.test_client().post("/_dash-update-component", json=BODY)
    return response.status_code, response.get_json(silent=True)


def on_both(make_options):
    """The (status, body) of learndash and of Dash, for options built with each library."""
    return [answer(lib, **make_options(lib)) for lib in (learndash, dash)]


def test_on_error_return_value_becomes_the_outputs():
    """W-9 step 5: the handler gets the exception; what it returns is the callback's return value."""
    ours, theirs = on_both(lambda lib: {"handler": lambda error: [f"{type(error).__name__}", "handled"]})
    assert ours == theirs
    assert ours == (200, {"multi": True, "response": {"out": {"children": "ZeroDivisionError"},
                                                      "note": {"children": "handled"}}})


def test_on_error_returning_none_leaves_every_output():
    """W-9 step 5: None from the handler is no_update for all outputs (an empty 200)."""
    ours, theirs = on_both(lambda lib: {"handler": lambda error: None})
    assert ours == theirs == (200, {"multi": True, "response": {}})


def test_on_error_set_props_and_prevent_update():
    """W-9 step 5, W-8: set_props in the handler is a side update; PreventUpdate from it is a 204."""

    def with_side_update(lib):
        def handler(error):
            lib.set_props("side", {"children": str(error)})
            return lib.no_update

        return {"handler": handler}

    ours, theirs = on_both(with_side_update)
    assert ours == theirs
    assert ours[1]["sideUpdate"] == {"side": {"children": "division by zero"}}

    def preventing(prevent_update):
        def handler(error):
            raise prevent_update

        return handler

    statuses = [answer(learndash, handler=preventing(PreventUpdate))[0],
                answer(dash, handler=preventing(DashPreventUpdate))[0]]
    assert statuses == [204, 204]


def test_app_wide_on_error_applies_unless_the_callback_has_its_own():
    """W-9 step 5: Dash(on_error=...) handles every callback; a callback's own on_error wins."""
    app_wide = on_both(lambda lib: {"app_handler": lambda error: ["app", "app"]})
    assert app_wide[0] == app_wide[1] and app_wide[0][1]["response"]["out"] == {"children": "app"}
    both = on_both(lambda lib: {"app_handler": lambda error: ["app", "app"], "handler": lambda error: ["own", "own"]})
    assert both[0] == both[1] and both[0][1]["response"]["out"] == {"children": "own"}


def test_without_on_error_the_exception_is_a_500():
    """O-8: no handler, so the error reaches the page."""
    assert [status for status, _ in on_both(lambda lib: {})] == [500, 500]


def test_on_error_in_the_harness_leaves_no_page_error():
    """W-9 step 5 on the headless page: the handled value is shown and no error is recorded."""
    page = AppHarness(divide_app(learndash, handler=lambda error: ["n must not be 0", "handled"]))
    assert page.text("out") == "n must not be 0" and page.errors == []
    page.set_props("n", {"value": 4})
    assert page.text("out") == "2.5" and page.text("note") == "divided"


def test_an_error_inside_on_error_names_the_handler():
    """O-8: a handler that fails is reported like a callback error, saying it was the handler."""

    def broken(error):
        raise ValueError("oops in the handler")

    page = AppHarness(divide_app(learndash, handler=broken), raise_on_error=False)
    message = str(page.errors[0].exception)
    assert "on_error handler of divide()" in message and "oops in the handler" in message


def running_app(lib, *, background=None):
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("go", id="btn"), lib.html.Div(id="out"),
                               lib.html.Div(id={"type": "status", "index": 1})])
    options = {} if background is None else {"background": background}

    @app.callback(
        lib.Output("out", "children"), lib.Input("btn", "n_clicks"),
        running=[(lib.Output("btn", "disabled"), True, False),
                 (lib.Output({"type": "status", "index": 1}, "children"), "working", "done")],
        **options,
    )
    def work(n):
        return n

    return app


def test_running_is_declared_in_the_dependencies_as_dash_does():
    """C-2 item 3: /_dash-dependencies carries running's on and off values under each output's
    prop id; background=False changes nothing."""
    entries = [running_app(lib, background=False).server.test_client().get("/_dash-dependencies").get_json()[0]
               for lib in (learndash, dash)]
    assert entries[0]["running"] == entries[1]["running"] == {
        "running": {"btn.disabled": True, '{"index":1,"type":"status"}.children': "working"},
        "runningOff": {"btn.disabled": False, '{"index":1,"type":"status"}.children': "done"},
    }


def test_one_running_triple_need_not_be_wrapped_in_a_list():
    """C-2 item 3: running=(Output, on, off) is read as a list of one, as in Dash."""
    app = learndash.Dash(__name__)
    app.callback(learndash.Output("o", "children"), learndash.Input("i", "value"),
                 running=(learndash.Output("i", "disabled"), True, False))(lambda value: value)
    assert app.dependencies()[0]["running"]["running"] == {"i.disabled": True}


def test_a_malformed_running_item_teaches_the_form():
    """C-2 item 3: each running item is (Output, on, off)."""
    app = learndash.Dash(__name__)
    with pytest.raises(CallbackDefinitionError, match=r"running=\[\(Output\('btn', 'disabled'\), True, False\)\]"):
        app.callback(learndash.Output("o", "children"), learndash.Input("i", "value"),
                     running=[(learndash.Output("i", "disabled"), True)])(lambda value: value)


def test_background_true_is_refused_with_the_reason_and_the_way_out():
    """A: background callbacks need a job manager learndash does not have; the message says so."""
    with pytest.raises(CallbackDefinitionError) as raised:
        running_app(learndash, background=True)
    message = str(raised.value)
    assert "work()" in message and "background=True" in message
    assert "does not support" in message and "Remove background=True" in message and "running= still works" in message


def test_background_only_options_are_refused_without_background():
    """A: progress=, cancel=, manager= only act on background callbacks, so they are refused."""
    app = learndash.Dash(__name__)
    with pytest.raises(CallbackDefinitionError, match="progress= only applies to background callbacks"):
        app.callback(learndash.Output("o", "children"), learndash.Input("i", "value"),
                     progress=[learndash.Output("o", "title")])(lambda value: value)


def test_a_no_output_callback_that_sets_nothing_answers_204():
    """W-7, W-8, W-9 step 5: with no Output and no set_props there is nothing to send, so Dash
    answers 204, also when on_error handled an exception."""

    def answers(lib):
        app = lib.Dash(__name__)
        app.layout = lib.html.Div([lib.dcc.Input(id="n", value=0), lib.html.Div(id="side")])
        app.callback(lib.Input("n", "value"), on_error=lambda error: None)(lambda n: 1 / n)
        app.callback(lib.Input("side", "children"))(lambda children: None)
        client = app.server.test_client()
        return [
            client.post("/_dash-update-component", json={
                "output": definition["output"], "changedPropIds": [],
                "inputs": [dict(definition["inputs"][0], value=0)],
            }).status_code
            for definition in client.get("/_dash-dependencies").get_json()
        ]

    assert answers(learndash) == answers(dash) == [204, 204]


def test_a_running_value_on_the_callbacks_own_input_is_shown_once_as_an_error():
    """C-2 item 3: a callback whose running= writes one of its own Inputs would start itself again
    with every run (Dash's page runs it without end); the headless page says so and shows no
    running= values for it, instead of looping."""
    from learndash import Dash, Input, Output, html
    from learndash.testing import AppHarness

    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="btn"), html.Div("idle", id="status"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), Input("status", "children"),
                  running=[(Output("status", "children"), "busy", "idle")], prevent_initial_call=True)
    def work(n_clicks, status):
        return f"{n_clicks} {status}"

    harness = AppHarness(app, raise_on_error=False)
    harness.click("btn")
    assert (harness.text("out"), len(harness.calls)) == ("1 idle", 1)
    assert "status.children, which is also one of its own Inputs" in harness.errors[-1].message
