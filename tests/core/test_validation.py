"""The checks that teach: each message names what happened, why it is a problem and how to fix it
(rules V-1 to V-6, P-2, P-4, C-9, O-4). Every teaching message's key parts are pinned here."""
from __future__ import annotations

import warnings

import pytest

from learndash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html
from learndash.exceptions import (
    CallbackDefinitionError,
    DuplicateCallbackOutput,
    InvalidCallbackReturnValue,
    InvalidComponentIdError,
    LearndashError,
    ValidationError,
)
from learndash.testing import AppHarness


def greeting_app(**options) -> Dash:
    app = Dash(__name__, **options)
    app.layout = html.Div([dcc.Input(id="name-input", value="Ada"), html.Div(id="greeting")])
    return app


# -- V-1: at registration ---------------------------------------------------------------------


def test_output_after_input_names_the_callback_and_both_items():
    """V-1 (test_cbva001): Outputs first; the message names the callback, the two items, and the fix."""
    app = Dash(__name__)

    def greet(value):
        return value

    with pytest.raises(CallbackDefinitionError) as raised:
        app.callback(Input("name-input", "value"), Output("greeting", "children"))(greet)
    message = str(raised.value)
    assert "greet()" in message
    assert "<Input `name-input.value`>" in message
    assert "<Output `greeting.children`>" in message
    assert "Outputs first" in message
    assert "@callback(Output(...), Input(...), State(...))" in message


def test_state_before_output_is_also_wrong_order():
    """V-1: a State before an Output is the same mistake."""
    app = Dash(__name__)
    with pytest.raises(CallbackDefinitionError, match="<State `s.value`>"):
        app.callback(State("s", "value"), Output("o", "children"), Input("i", "value"))(lambda s, i: i)


def test_interleaved_inputs_and_states_are_allowed():
    """V-1, W-9 step 3: after the Outputs, Inputs and States may interleave."""
    app = Dash(__name__)
    app.callback(Output("o", "children"), Input("i", "value"), State("s", "value"), Input("j", "value"))(
        lambda i, s, j: i
    )
    assert len(app.callback_registry) == 1


def test_non_dependency_argument_names_the_callback_and_the_value():
    """V-1: an argument that is not Output/Input/State; the message shows it with repr and the fix."""
    app = Dash(__name__)

    def greet(value):
        return value

    with pytest.raises(CallbackDefinitionError) as raised:
        app.callback(Output("greeting", "children"), "name-input")(greet)
    message = str(raised.value)
    assert "greet()" in message
    assert "'name-input'" in message
    assert "Output, Input or State" in message
    assert "Input('my-input', 'value')" in message


def test_dot_in_an_id_is_refused():
    """V-1, W-3: string ids used in callbacks must not contain '.' or '{'; the fix suggests a name."""
    with pytest.raises(InvalidComponentIdError) as raised:
        Output("total.value", "children")
    message = str(raised.value)
    assert "'total.value'" in message and "'.'" in message
    assert "'total-value'" in message
    with pytest.raises(InvalidComponentIdError, match="'\\{'"):
        Input("a{b", "value")


def test_empty_property_and_bad_id_types():
    """V-1, P-1: an empty property, a non-string dict key, or an id of the wrong type."""
    with pytest.raises(CallbackDefinitionError, match="component_property must be a non-empty string"):
        Input("a", "")
    with pytest.raises(CallbackDefinitionError, match="keys must be non-empty strings"):
        Input({1: "x"}, "value")
    with pytest.raises(CallbackDefinitionError, match="Id values must be ALL, MATCH, ALLSMALLER or a string"):
        Input({"a": [1]}, "value")
    with pytest.raises(CallbackDefinitionError, match="component_id must be a string or a dict"):
        Input(3, "value")
    with pytest.raises(CallbackDefinitionError, match="component id is empty"):
        Output("", "children")


def test_unsupported_dash_keyword_is_a_type_error():
    """A, V-1: Dash() with an unknown keyword raises TypeError naming it."""
    with pytest.raises(TypeError, match="bogus"):
        Dash(__name__, bogus=1)


def test_an_unknown_callback_keyword_is_ignored_as_in_dash_with_a_warning():
    """A (Dash's cbop001/cbop002 pass `prevent_inital_call=True`, misspelt, and expect the
    initial call): callback() ignores a keyword it does not know, and warns with a suggestion."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="out")])
    with pytest.warns(UserWarning, match=r"show\(\): callback\(\) ignores the keyword argument prevent_inital_call=") as caught:
        @app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_inital_call=True)
        def show(n_clicks):
            return f"clicked {n_clicks}"
    assert "Did you mean 'prevent_initial_call'?" in str(caught[0].message)
    assert caught[0].filename == __file__
    assert AppHarness(app).get_prop("out", "children") == "clicked None"


def test_a_dash_callback_feature_learndash_lacks_is_a_type_error_unless_left_off():
    """A: `api_endpoint=`, `websocket=True` ... ask Dash for features learndash does not have: a
    TypeError naming the keyword, as the app would not do what it says. The same keyword at its
    default (websocket=False) is accepted without a warning."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="out")])
    with pytest.raises(TypeError, match=r"<lambda>\(\): callback\(api_endpoint=\.\.\.\) asks for a Dash feature learndash does not have"):
        app.callback(Output("out", "children"), Input("btn", "n_clicks"), api_endpoint="/api/show")(lambda n: n)
    with warnings.catch_warnings():
        warnings.simplefilter("error")

        @app.callback(Output("out", "children"), Input("btn", "n_clicks"), websocket=False, hidden=None)
        def show(n_clicks):
            return f"clicked {n_clicks}"

    assert AppHarness(app).get_prop("out", "children") == "clicked None"


# -- V-3, V-5: duplicate outputs --------------------------------------------------------------


def test_duplicate_output_across_callbacks_names_both_and_the_fixes():
    """V-3 (test_dvcv004): two callbacks writing one prop; the message names both functions, the
    prop, and the two fixes (merge with ctx.triggered_id, or allow_duplicate)."""
    app = Dash(__name__)

    @app.callback(Output("greeting", "children"), Input("name-input", "value"))
    def greet(value):
        return value

    def shout(value):
        return value.upper()

    with pytest.raises(DuplicateCallbackOutput) as raised:
        app.callback(Output("greeting", "children"), Input("other", "value"))(shout)
    message = str(raised.value)
    assert "shout() writes greeting.children, which greet() already writes" in message
    assert "ctx.triggered_id" in message
    assert "Output('greeting', 'children', allow_duplicate=True)" in message
    assert "prevent_initial_call=True" in message


def test_a_callback_registered_again_by_code_that_runs_twice_is_told_to_move_to_the_top_level():
    """V-3: the same `def` registered twice (here from inside a callback, which runs on every click)
    is not two callbacks to merge: the message says the decorator ran twice and where it belongs."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="button"), html.Div(id="count"), html.Div(id="echo")])

    @app.callback(Output("count", "children"), Input("button", "n_clicks"), prevent_initial_call=True)
    def count(clicks):
        @app.callback(Output("echo", "children"), Input("count", "children"))
        def echo(value):
            return value

        return clicks

    page = AppHarness(app, raise_on_error=False)
    page.click("button")
    page.click("button")
    message = str(page.errors[-1])
    assert "echo() is registered a second time (it writes echo.children)" in message
    assert "at the top level of your module" in message and "Merge" not in message


def test_duplicate_output_within_one_callback():
    """V-3 (test_dvcv003): the same prop twice in one callback's Outputs."""
    app = Dash(__name__)
    with pytest.raises(DuplicateCallbackOutput) as raised:
        app.callback(Output("a", "children"), Output("a", "children"), Input("b", "value"))(lambda v: (v, v))
    message = str(raised.value)
    assert "a.children twice" in message
    assert "<lambda>()" in message


def test_overlapping_wildcard_outputs_name_both_outputs():
    """V-3 (test_dvcv003): `{"t": ALL}` and `{"t": 1}` in one callback overlap; both are named."""
    app = Dash(__name__)

    def fill(value):
        return [value], value

    with pytest.raises(DuplicateCallbackOutput) as raised:
        app.callback(Output({"t": ALL}, "children"), Output({"t": 1}, "children"), Input("b", "value"))(fill)
    message = str(raised.value)
    assert "fill()" in message
    assert '{"t":["ALL"]}.children' in message
    assert '{"t":1}.children' in message


def test_overlapping_wildcard_outputs_across_callbacks():
    """V-3 (test_dvcv011): a MATCH output overlaps a fixed dict output of another callback."""
    app = Dash(__name__)

    @app.callback(Output({"t": 1}, "children"), Input("b", "value"))
    def fixed(value):
        return value

    def matched(value):
        return value

    with pytest.raises(DuplicateCallbackOutput, match="matched\\(\\) writes"):
        app.callback(Output({"t": MATCH}, "children"), Input({"t": MATCH}, "value"))(matched)


def test_allow_duplicate_needs_prevent_initial_call():
    """V-5: allow_duplicate=True without prevent_initial_call is refused with the fix."""
    app = Dash(__name__)

    def second(value):
        return value

    with pytest.raises(DuplicateCallbackOutput) as raised:
        app.callback(Output("y", "children", allow_duplicate=True), Input("b", "value"))(second)
    message = str(raised.value)
    assert "second()" in message and "y.children" in message
    assert "prevent_initial_call=True" in message and "'initial_duplicate'" in message


def test_app_wide_prevent_initial_callbacks_satisfies_allow_duplicate():
    """V-5: the app-wide default counts as prevent_initial_call for allow_duplicate."""
    app = Dash(__name__, prevent_initial_callbacks=True)
    app.callback(Output("y", "children"), Input("a", "value"))(lambda v: v)
    app.callback(Output("y", "children", allow_duplicate=True), Input("b", "value"))(lambda v: v)
    assert len(app.callback_registry) == 2


def test_global_and_app_callback_writing_one_output_clash():
    """V-1: the same output through `@callback` and `app.callback` is a duplicate when the app adopts it."""
    from learndash import callback

    app = greeting_app()

    @app.callback(Output("greeting", "children"), Input("name-input", "value"))
    def by_app(value):
        return value

    @callback(Output("greeting", "children"), Input("name-input", "value"))
    def by_global(value):
        return value

    with pytest.raises(DuplicateCallbackOutput, match="by_global\\(\\) writes greeting.children, which by_app\\(\\)"):
        AppHarness(app)


# -- P-2, P-4: wildcard rules -----------------------------------------------------------------


def test_allsmaller_in_output():
    """P-2: 'Allowed wildcards for Outputs are: ALL, MATCH'."""
    with pytest.raises(CallbackDefinitionError) as raised:
        Output({"i": ALLSMALLER}, "children")
    assert "Allowed wildcards for Outputs are: ALL, MATCH" in str(raised.value)


def test_mismatched_match_across_outputs():
    """P-4 (test_dvcv006): every Output must use MATCH on the same keys as Output 0."""
    app = Dash(__name__)

    def both(value):
        return value, value

    with pytest.raises(CallbackDefinitionError) as raised:
        app.callback(Output({"a": MATCH}, "children"), Output({"b": ALL, "c": 1}, "children"), Input({"a": MATCH}, "value"))(both)
    message = str(raised.value)
    assert "both()" in message
    assert "Output 1" in message and "Output 0" in message
    assert "MATCH on the same keys" in message
    assert "ALL wildcards need not agree" in message


def test_allsmaller_needs_a_match_in_the_outputs():
    """P-4: ALLSMALLER always needs MATCH on the same key in the Outputs."""
    app = Dash(__name__)

    def smaller(values):
        return values

    with pytest.raises(CallbackDefinitionError) as raised:
        app.callback(Output("total", "children"), Input({"i": ALLSMALLER}, "value"))(smaller)
    message = str(raised.value)
    assert "smaller()" in message
    assert '{"i":["ALLSMALLER"]}.value' in message
    assert "['i']" in message
    assert "MATCH" in message


def test_input_match_keys_must_be_among_the_output_match_keys():
    """P-4 (test_dvcv006): when the Outputs use MATCH, an Input's MATCH keys must be a subset."""
    app = Dash(__name__)

    def extra(value):
        return value

    with pytest.raises(CallbackDefinitionError) as raised:
        app.callback(Output({"a": MATCH, "b": 1}, "children"), Input({"a": MATCH, "b": MATCH}, "value"))(extra)
    message = str(raised.value)
    assert "extra()" in message
    assert "MATCH on ['b'] where the Outputs do not" in message


def test_input_may_use_fewer_match_keys_than_the_outputs():
    """P-4: Inputs need not use every MATCH key of the Outputs."""
    app = Dash(__name__)
    app.callback(Output({"a": MATCH, "b": MATCH}, "children"), Input({"a": MATCH, "b": 1}, "value"))(lambda v: v)
    assert len(app.callback_registry) == 1


def test_match_input_without_match_output_is_allowed():
    """P-4 (current Dash 4.2, test_dvcv017): a MATCH Input with a fixed or no Output is legal."""
    app = Dash(__name__)
    app.callback(Output("fixed", "children"), Input({"i": MATCH}, "n_clicks"))(lambda n: n)
    app.callback(Input({"j": MATCH}, "n_clicks"))(lambda n: None)
    assert len(app.callback_registry) == 2


def test_no_input_and_prevent_initial_call_can_never_run():
    """V-3, I-10 (test_dvcv001b): no Input plus prevent_initial_call=True is an error with the fix."""
    app = Dash(__name__)

    def lonely():
        return "x"

    with pytest.raises(CallbackDefinitionError) as raised:
        app.callback(Output("o", "children"), prevent_initial_call=True)(lonely)
    message = str(raised.value)
    assert "lonely() has no Input and prevent_initial_call=True" in message
    assert "can never run" in message


# -- V-4: the callbacks against the layout ----------------------------------------------------


def test_unknown_id_says_did_you_mean_and_lists_the_ids():
    """V-4: 'ID not found in layout' names the callback, role, id, suggests the close id and
    suppress_callback_exceptions."""
    app = greeting_app()

    @app.callback(Output("greting", "children"), Input("name-input", "value"))
    def greet(value):
        return value

    with pytest.raises(ValidationError) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "greet() has Output('greting', 'children')" in message
    assert "no component in the layout has the id 'greting'" in message
    assert "Did you mean 'greeting'?" in message
    assert "['greeting', 'name-input']" in message
    assert "suppress_callback_exceptions=True" in message
    h = AppHarness(app, raise_on_error=False)
    assert [e.title for e in h.errors] == ["ID not found in layout"]


def test_unknown_input_and_state_ids_are_reported_too():
    """V-4: missing Input and State ids are reported with their role."""
    app = greeting_app()

    @app.callback(Output("greeting", "children"), Input("name-inptu", "value"), State("nope", "value"))
    def greet(value, other):
        return value

    h = AppHarness(app, raise_on_error=False)
    messages = [e.message for e in h.errors if e.title == "ID not found in layout"]
    assert any("Input('name-inptu', 'value')" in m and "Did you mean 'name-input'?" in m for m in messages)
    assert any("State('nope', 'value')" in m for m in messages)


def test_suppress_callback_exceptions_hides_missing_ids():
    """V-4, I-8: suppress_callback_exceptions (also set after construction) hides 'ID not found'."""
    app = greeting_app()

    @app.callback(Output("later", "children"), Input("name-input", "value"))
    def later(value):
        return value

    with pytest.raises(ValidationError):
        AppHarness(app)
    app.config.suppress_callback_exceptions = True
    h = AppHarness(app)
    assert h.errors == []


def test_suppress_callback_exceptions_set_as_a_config_item():
    """V-4: older Dash tutorials write app.config["suppress_callback_exceptions"] = True; Dash 4.4.1's
    config accepts item assignment and the setting takes effect, as with attribute assignment."""
    app = greeting_app()

    @app.callback(Output("later", "children"), Input("name-input", "value"))
    def later(value):
        return value

    app.config["suppress_callback_exceptions"] = True
    assert AppHarness(app).errors == []


def test_an_unknown_config_key_is_refused():
    """Dash 4.4.1 refuses a config key it does not have ("Invalid config key"): a misspelt setting
    must not be stored and silently ignored."""
    app = greeting_app()
    with pytest.raises(AttributeError, match="suppress_callback_exceptions"):
        app.config["supress_callback_exceptions"] = True
    with pytest.raises(AttributeError, match="no setting 'supress_callback_exceptions'"):
        app.config.supress_callback_exceptions = True


def test_every_key_of_dashs_config_is_accepted_and_update_sets_several():
    """Dash 4.4.1's app.config has more keys than learndash uses (title, compress, ...); setting one
    is not a typo, so it is accepted as Dash accepts it, and `update` sets several at once."""
    import dash

    dash_keys = set(dash.Dash(__name__).config)
    app = greeting_app()
    for key in sorted(dash_keys):
        app.config[key] = app.config[key] if hasattr(app.config, key) else None
    app.config.update({"suppress_callback_exceptions": True}, prevent_initial_callbacks=True)
    assert (app.config.suppress_callback_exceptions, app.config.prevent_initial_callbacks) == (True, True)


def test_unknown_prop_says_did_you_mean_even_when_suppressed():
    """V-4: 'Invalid prop for this component' names the prop, id, role, component type and the
    close prop; it is reported even with suppress_callback_exceptions."""
    app = greeting_app(suppress_callback_exceptions=True)

    @app.callback(Output("greeting", "children"), Input("name-input", "valeu"))
    def greet(value):
        return value

    with pytest.raises(ValidationError) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "Invalid prop for this component" in message
    assert "greet() uses the property 'valeu' of 'name-input' as an Input" in message
    assert "dcc.Input has no such property" in message
    assert "Did you mean 'value'?" in message
    assert "value, type" in message


def test_unknown_prop_on_an_html_output():
    """V-4: the same check for an html component used as Output."""
    app = greeting_app()

    @app.callback(Output("greeting", "childern"), Input("name-input", "value"))
    def greet(value):
        return value

    with pytest.raises(ValidationError) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "html.Div has no such property" in message
    assert "Did you mean 'children'?" in message
    assert "as an Output" in message


def test_data_and_aria_props_are_valid():
    """V-4 (test_cbsc008): data-* and aria-* props pass the prop check."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="v"), html.Div(id="out", **{"data-x": "1"})])

    @app.callback(Output("out", "data-x"), Output("out", "aria-label"), Input("inp", "value"))
    def attrs(value):
        return value, f"label {value}"

    h = AppHarness(app)
    assert h.get_prop("out", "data-x") == "v"
    assert h.get_prop("out", "aria-label") == "label v"


def test_pattern_ids_are_not_checked_for_existence():
    """V-4 (test_dvcv008): wildcard ids may match nothing at load without an error."""
    app = greeting_app()

    @app.callback(Output({"type": "card", "index": MATCH}, "children"), Input({"type": "knob", "index": MATCH}, "value"))
    def card(value):
        return value

    h = AppHarness(app)
    assert h.errors == []


def _layout_error_titles(app: Dash) -> list[str]:
    return [error.title for error in AppHarness(app, raise_on_error=False).errors]


def test_a_missing_id_is_one_error_however_many_callbacks_name_it():
    """V-4 (Dash 4.4.1's page, cbpi003 with its layout inserted by a callback): the page checks
    ids, not callbacks, so Input('a') of two callbacks is one error that names both; plain
    Outputs come first, then Inputs: 7 missing Output ids and 4 missing Input ids give 11."""
    app = Dash(__name__)
    app.layout = html.Div(id="content")
    ids = "abcdefg"
    app.callback([Output("a", "children"), Output("b", "children")], Input("btn", "n_clicks"))(lambda n: (n, n))
    app.callback([Output("c", "children"), Output("d", "children")], Input("a", "children"), Input("b", "children"))(
        lambda a, b: (a, b))

    @app.callback([Output("e", "children"), Output("f", "children")], Input("a", "children"))
    def set_ef(a):
        return a, a

    app.callback(Output("g", "children"), Input("f", "children"))(lambda f: f)
    harness = AppHarness(app, raise_on_error=False)
    assert [e.title for e in harness.errors] == ["ID not found in layout"] * (len(ids) + 4)
    shared = [e.message for e in harness.errors if "Input('a', 'children')" in e.message]
    assert len(shared) == 1 and shared[0].startswith("<lambda>() and set_ef() have Input('a', 'children')")


def test_states_are_checked_only_for_callbacks_with_an_output_on_the_page():
    """V-4 (Dash 4.4.1's page): a callback's States are checked once one of its Outputs is found,
    so a missing State of a callback whose Output is missing too is not reported; allow_optional
    does not exempt a State."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="out")])
    app.callback(Output("nowhere", "children"), Input("btn", "n_clicks"), State("gone", "value"))(lambda n, g: n)
    assert _layout_error_titles(app) == ["ID not found in layout"]

    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="btn"), html.Div(id="out")])
    app.callback(Output("out", "children"), Input("btn", "n_clicks"), State("gone", "value", allow_optional=True))(
        lambda n, g: n)
    assert _layout_error_titles(app) == ["ID not found in layout"]


def test_a_wrong_prop_on_a_pattern_is_reported_per_matching_component():
    """V-4 (Dash 4.4.1's page): an invalid prop on an ALL pattern is one error per component it
    matches, and one pattern used by two callbacks is checked once."""
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="o1"), html.Div(id="o2"), *[html.Div(id={"k": i}) for i in range(3)]])
    app.callback(Output("o1", "children"), Input({"k": ALL}, "valu"))(lambda v: 1)
    app.callback(Output("o2", "children"), Input({"k": ALL}, "valu"))(lambda v: 2)
    assert _layout_error_titles(app) == ["Invalid prop for this component"] * 3


# -- C-9: cycles ------------------------------------------------------------------------------


def test_cycle_is_reported_with_the_chain():
    """C-9 (test_dvcv013): 'Circular Dependencies' with the chain a.value -> b.value -> c.value -> a.value."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="a"), dcc.Input(id="b"), dcc.Input(id="c")])
    app.callback(Output("b", "value"), Input("a", "value"))(lambda v: v)
    app.callback(Output("c", "value"), Input("b", "value"))(lambda v: v)
    app.callback(Output("a", "value"), Input("c", "value"))(lambda v: v)
    with pytest.raises(ValidationError) as raised:
        AppHarness(app)
    message = str(raised.value)
    assert "Circular Dependencies" in message
    assert "a.value -> b.value -> c.value -> a.value" in message
    assert "Break the loop" in message


def test_two_step_cycle_through_one_multi_output():
    """C-9 (test_dvcv012, test_dvcv016): a two-callback cycle is found too."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="a"), html.Div(id="b")])
    app.callback(Output("b", "children"), Input("a", "value"))(lambda v: v)
    app.callback(Output("a", "value"), Input("b", "children"))(lambda v: v)
    h = AppHarness(app, raise_on_error=False)
    [cycle] = [e for e in h.errors if e.title == "Circular Dependencies"]
    assert "a.value -> b.children -> a.value" in cycle.message


def test_self_loop_is_not_a_cycle():
    """V-3 (test_dvcv005): an Output that is also an Input of the same callback is legal."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="a", value=1)])
    app.callback(Output("a", "value"), Input("a", "value"))(lambda v: v)
    h = AppHarness(app)
    assert h.errors == []


# -- O-4: at run time -------------------------------------------------------------------------


def test_wrong_number_of_returned_values_message():
    """O-4 (house-style example in STYLE.md): the exact teaching message for a wrong arity."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="price", value=1)] + [html.Div(id=i) for i in ["total", "tax", "note"]])

    @app.callback(Output("total", "children"), Output("tax", "children"), Output("note", "children"), Input("price", "value"))
    def update_total(price):
        return price, price

    with pytest.raises(InvalidCallbackReturnValue) as raised:
        AppHarness(app)
    assert str(raised.value) == (
        "update_total() returned 2 values but has 3 Outputs: total.children, tax.children, "
        "note.children. Return one value per Output, in the same order (use no_update to leave one unchanged)."
    )


def test_all_learndash_errors_share_a_base_class():
    """V (§7): every teaching error is a LearndashError, so graders can catch them together."""
    for error in (CallbackDefinitionError, DuplicateCallbackOutput, InvalidCallbackReturnValue, ValidationError):
        assert issubclass(error, LearndashError)


def test_two_no_output_callbacks_with_the_same_inputs_are_refused():
    """W-4, V-3: a no-output callback is named by its Inputs, so two with the same Inputs cannot be
    told apart; the second is refused at registration, naming both functions."""
    from learndash.exceptions import DuplicateCallbackOutput

    app = Dash(__name__)

    @app.callback(Input("go", "n_clicks"), prevent_initial_call=True)
    def log_x(n):
        return None

    with pytest.raises(DuplicateCallbackOutput, match=r"log_y\(\) and log_x\(\) have no Output and the same Inputs \(go\.n_clicks\).*Merge"):

        @app.callback(Input("go", "n_clicks"), prevent_initial_call=True)
        def log_y(n):
            return None


def test_two_allow_duplicate_callbacks_with_the_same_inputs_are_refused():
    """W-4, V-5: an allow_duplicate Output is named by its prop and a hash of the Inputs only (not
    the States), so two such callbacks with the same Inputs share one name; Dash 4.4.1 then runs
    the one registered last for both (an error when their States differ). learndash refuses the
    second at registration and says which prop and Inputs they share."""
    from learndash.exceptions import DuplicateCallbackOutput

    app = Dash(__name__)

    @app.callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"), prevent_initial_call=True)
    def first(n):
        return "first"

    with pytest.raises(DuplicateCallbackOutput, match=r"second\(\) and first\(\) write out\.children with "
                                                     r"allow_duplicate=True and have the same Inputs \(go\.n_clicks\).*Merge"):

        @app.callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"), State("s", "children"),
                      prevent_initial_call=True)
        def second(n, s):
            return "second"


def test_a_cycle_through_an_output_that_is_also_an_input_is_found():
    """C-9: a callback whose Input is also its Output loses only that self-edge; its other
    outputs still follow from the input, so x → y → x through a second callback is a cycle."""
    from learndash.validation import find_cycle

    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="x"), dcc.Input(id="y")])

    @app.callback(Output("x", "value"), Output("y", "value"), Input("x", "value"))
    def both(x):
        return x, x

    @app.callback(Output("x", "value", allow_duplicate=True), Input("y", "value"), prevent_initial_call=True)
    def back(y):
        return y

    assert find_cycle(app.callback_registry) in (["x.value", "y.value", "x.value"], ["y.value", "x.value", "y.value"])
