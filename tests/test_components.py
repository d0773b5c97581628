"""Components: props, JSON, positional order and teaching errors, checked against real Dash."""
from __future__ import annotations

import inspect
import json
import subprocess
import sys
import uuid

import dash
import plotly.graph_objects as go
import plotly.utils
import pytest

from learndash import dcc, html
from learndash.component import Component

# Props Dash has that learndash leaves out on purpose, with the reason.
OMITTED_DCC_PROPS = {
    "componentPath": "set by Dash 4's renderer for its own bookkeeping; users never pass it",
}

CORE_COMPONENTS = dcc.__all__


def as_json(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, sort_keys=True)


def dash_class(component_class):
    library = dash.html if component_class._namespace == "dash_html_components" else dash.dcc
    return getattr(library, component_class._type)


def dash_instance(component_class):
    """A real Dash instance, built with the props Dash requires, to read its prop list."""
    return dash_class(component_class)(**{name: "x" for name in component_class._required})


# Each case builds the same layout with a given library; `lib` has `.html` and `.dcc`.
ORACLE_CASES = {
    "div with id": lambda lib: lib.html.Div(id="out"),
    "input with value": lambda lib: lib.dcc.Input(id="inp", value="x"),
    "button positional": lambda lib: lib.html.Button("B", "btn"),
    "slider positional": lambda lib: lib.dcc.Slider(0, 10, 1, value=5, id="s"),
    "range slider": lambda lib: lib.dcc.RangeSlider(0, 10, value=[2, 3], id="r"),
    "dropdown positional": lambda lib: lib.dcc.Dropdown(["a", "b"], "a", id="d"),
    "explicit none": lambda lib: lib.dcc.Input(id="i", value=None),
    "nested children": lambda lib: lib.html.Div([
        lib.html.H1("Title"),
        lib.html.Div([lib.html.Span("a"), 3, None, lib.dcc.Markdown("*b*")], id="inner"),
        "tail",
    ], id="outer", className="box", style={"color": "red"}),
    "data and aria attributes": lambda lib: lib.html.Div(
        "x", id="a", **{"data-row": 3, "aria-label": "cell"}),
    "dict id": lambda lib: lib.html.Button("+", id={"type": "add", "index": 1}),
    "radio items": lambda lib: lib.dcc.RadioItems(["x", "y"], "x", True, id="radio"),
    "checklist": lambda lib: lib.dcc.Checklist({"a": "A"}, ["a"], id="check"),
    "store and interval": lambda lib: lib.html.Div([
        lib.dcc.Store(id="mem", data={"n": 1}), lib.dcc.Interval(id="tick", interval=500),
    ]),
    "tabs": lambda lib: lib.dcc.Tabs([lib.dcc.Tab("one", "First", "t1")], "t1", id="tabs"),
    "location and link": lambda lib: lib.html.Div([
        lib.dcc.Location(id="url"), lib.dcc.Link("Home", "/", id="home"),
    ]),
    "loading": lambda lib: lib.dcc.Loading(lib.html.Div(id="slow"), type="circle"),
    "graph with figure": lambda lib: lib.dcc.Graph(
        id="g", figure=go.Figure(go.Bar(x=[1, 2], y=[3, 4]))),
    "textarea": lambda lib: lib.dcc.Textarea(value="hi", id="t", rows=3),
    "dcc button": lambda lib: lib.dcc.Button("Go", "theme", id="go", n_clicks=0, type="submit"),
    "script async": lambda lib: lib.html.Script(src="x.js", **{"async": True}),
}


# Dash orders several data-*/aria-* attributes by iterating a set, so its order changes with
# PYTHONHASHSEED; learndash keeps the caller's order. Only their presence is compared.
UNORDERED_CASES = {"data and aria attributes"}


class _Learndash:
    html, dcc = html, dcc


@pytest.mark.parametrize("case", ORACLE_CASES)
def test_json_matches_dash(case):
    """W-2: the component JSON equals Dash's for the same construction."""
    build = ORACLE_CASES[case]
    assert as_json(build(_Learndash)) == as_json(build(dash))


ORDERED_CASES = [case for case in ORACLE_CASES if case not in UNORDERED_CASES]
# A go.Figure's repr is long; its JSON is compared above.
REPR_CASES = [case for case in ORDERED_CASES if case != "graph with figure"]


@pytest.mark.parametrize("case", ORDERED_CASES)
def test_prop_order_in_json_matches_dash(case):
    """W-2: props are listed in Dash's order (it decides the key order on the wire)."""
    build = ORACLE_CASES[case]
    ours, theirs = build(_Learndash).to_plotly_json(), build(dash).to_plotly_json()
    assert list(ours["props"]) == list(theirs["props"])


@pytest.mark.parametrize("case", REPR_CASES)
def test_repr_matches_dash(case):
    """W-2: repr shows the set props the way Dash does, e.g. Div(children='x', id='a')."""
    build = ORACLE_CASES[case]
    assert repr(build(_Learndash)) == repr(build(dash))


def test_only_explicit_props_are_serialized():
    """W-2: props holds only what was passed; dcc.Input has no children key."""
    assert dcc.Input(id="inp", value="x").to_plotly_json() == {
        "props": {"value": "x", "id": "inp"},
        "type": "Input",
        "namespace": "dash_core_components",
    }


def test_children_key_is_always_present_when_declared():
    """W-2: a class that declares children always serializes it, null when not passed."""
    assert html.Div(id="out").to_plotly_json()["props"] == {"children": None, "id": "out"}
    assert dcc.Markdown().to_plotly_json()["props"] == {"children": None}
    assert dcc.Graph().to_plotly_json()["props"] == {}


def test_explicit_none_counts_as_set():
    """W-2: an explicit None is serialized; an omitted prop is not."""
    assert dcc.Input(value=None).to_plotly_json()["props"] == {"value": None}


def test_js_defaults_read_as_none():
    """K-0a: JS-side defaults (n_clicks 0, n_intervals 0) never appear and read as None."""
    button = html.Button("B", "btn")
    interval = dcc.Interval(id="tick")
    assert button.n_clicks is None and interval.n_intervals is None
    assert "n_clicks" not in button.to_plotly_json()["props"]
    assert html.Button._js_defaults == {"n_clicks": 0, "n_clicks_timestamp": -1}


def test_js_defaults_follow_the_k_rules():
    """K-2..K-12: the documented browser defaults of the core components."""
    assert dcc.Graph._js_defaults["figure"] == {"data": [], "layout": {}, "frames": []}
    assert dcc.Interval._js_defaults == {"interval": 1000, "n_intervals": 0, "max_intervals": -1}
    assert {k: dcc.Dropdown._js_defaults[k] for k in ("multi", "clearable", "searchable")} == {
        "multi": False, "clearable": True, "searchable": True}
    assert dcc.Slider._js_defaults["updatemode"] == "mouseup"
    assert dcc.Store._js_defaults["storage_type"] == "memory"
    assert dcc.Store._js_defaults["modified_timestamp"] == -1
    assert dcc.Input._js_defaults["type"] == "text"
    assert dcc.Input._js_defaults["n_submit"] == 0


def test_html_element_set_matches_dash():
    """K-1: learndash.html offers exactly the elements Dash's html module has."""
    def elements(module, base):
        return {name for name, value in vars(module).items()
                if isinstance(value, type) and issubclass(value, base) and value is not base}

    dash_elements = elements(dash.html, dash.development.base_component.Component)
    assert elements(html, Component) == dash_elements
    assert set(html.__all__) == dash_elements


@pytest.mark.parametrize("name", html.__all__)
def test_html_props_and_positional_order_match_dash(name):
    """K-1: each element has Dash's props, in Dash's order, and Dash's positional order."""
    ours = getattr(html, name)
    theirs = getattr(dash.html, name)
    assert list(ours._prop_names) == theirs()._prop_names
    dash_positional = [p for p in inspect.signature(theirs).parameters if p != "kwargs"]
    assert list(ours._positional) == dash_positional
    assert ours._namespace == "dash_html_components" and ours._type == name


@pytest.mark.parametrize("name", CORE_COMPONENTS)
def test_dcc_props_and_positional_order_match_dash(name):
    """K-2..K-14: each core component has Dash's props and positional order (minus omissions)."""
    ours = getattr(dcc, name)
    theirs = dash_instance(ours)
    assert list(ours._prop_names) == [p for p in theirs._prop_names if p not in OMITTED_DCC_PROPS]
    dash_positional = [p for p in inspect.signature(type(theirs)).parameters
                       if p != "kwargs" and p not in OMITTED_DCC_PROPS]
    assert list(ours._positional) == dash_positional
    assert sorted(ours._component_props) == sorted(theirs._base_nodes)
    assert ours._namespace == "dash_core_components" and ours._type == name


def test_positional_arguments_follow_dash_order():
    """K-1, K-4: html takes children, id; Slider takes min, max, step, marks, value."""
    assert html.Button("B", "btn").to_plotly_json()["props"] == {"children": "B", "id": "btn"}
    slider = dcc.Slider(0, 10, 1, {0: "zero"}, 5)
    assert (slider.min, slider.max, slider.step, slider.marks, slider.value) == (
        0, 10, 1, {0: "zero"}, 5)


def test_unknown_keyword_is_a_teaching_type_error():
    """V-1: an unknown keyword names the component, the keyword, a close match, the valid props."""
    with pytest.raises(TypeError) as error:
        html.Div("x", id="box", classname="wide")
    message = str(error.value)
    assert "html.Div(id='box') has no prop 'classname'. Did you mean 'className'?" in message
    assert "Valid props: accessKey, children, className," in message
    assert "and any aria-* / data-*." in message


def test_unknown_keyword_on_core_component_suggests_close_matches():
    """V-1: a misspelled dcc prop gets "Did you mean" with the nearest names."""
    expected = r"dcc\.Dropdown has no prop 'mutli'\. Did you mean 'multi'\?"
    with pytest.raises(TypeError, match=expected):
        dcc.Dropdown(["a"], mutli=True)


def test_unknown_attribute_is_a_teaching_attribute_error():
    """V-1: reading a prop the component does not have fails loudly, with a suggestion."""
    with pytest.raises(AttributeError, match="has no prop 'vaule'. Did you mean 'value'"):
        dcc.Input(id="i").vaule


def test_setting_a_prop_attribute_stores_it_and_typos_fail():
    """W-2: assigning a valid prop sets it explicitly; a misspelled one is refused."""
    div = html.Div(id="out")
    div.children = [html.P("new")]
    assert div.to_plotly_json()["props"]["children"][0].children == "new"
    with pytest.raises(TypeError, match="has no prop 'childern'"):
        div.childern = "oops"


def test_data_and_aria_attributes_are_accepted():
    """W-2: data-* and aria-* keywords pass and are serialized after the declared props."""
    div = html.Div(**{"data-row": 3, "aria-label": "x"})
    assert list(div.to_plotly_json()["props"]) == ["children", "data-row", "aria-label"]
    assert getattr(div, "data-row") == 3
    with pytest.raises(TypeError, match="has no prop 'data-row'"):
        dcc.Input(**{"data-row": 3})


def test_too_many_positional_arguments():
    """V-1: more positional arguments than the component takes is a TypeError."""
    with pytest.raises(TypeError, match=r"dcc\.Interval takes at most 5 positional arguments"):
        dcc.Interval("tick", 1000, False, 0, -1, "extra")


def test_component_in_a_non_children_prop_is_refused():
    """V-1: a Component in a prop other than children means children were not wrapped."""
    with pytest.raises(TypeError) as error:
        html.Div(html.P("a"), html.P("b"))
    assert "html.Div got a component for `id`: P('b')." in str(error.value)
    assert "html.Div([html.P('a'), html.P('b')])" in str(error.value)


def test_components_allowed_where_dash_allows_them():
    """V-1: Tab.label and Loading.custom_spinner may hold components, like children."""
    tab = dcc.Tab(label=html.B("bold"))
    assert isinstance(tab.label, html.B)
    assert dcc.Loading(custom_spinner=html.Span("...")).custom_spinner.children == "..."


@pytest.mark.parametrize("bad_id, fragment", [
    ({1: "a"}, "Keys of a dict id must be non-empty strings"),
    ({"": "a"}, "Keys of a dict id must be non-empty strings"),
    ({"index": [1]}, "Values of a dict id must be strings, numbers or booleans"),
    (3, "an id must be a string or a dict"),
    (None, "an id must be a string or a dict"),
])
def test_bad_ids_are_refused(bad_id, fragment):
    """P-1: dict id keys are non-empty strings, values str/int/float/bool; ids are str or dict."""
    with pytest.raises(TypeError, match=fragment):
        html.Div(id=bad_id)


def test_good_dict_id_is_kept():
    """P-1: a dict id with scalar values is stored as given."""
    component_id = {"type": "row", "index": 2, "ratio": 0.5, "on": True}
    assert html.Div(id=component_id).id == component_id


def test_required_props_are_checked():
    """V-1: Store and Location need an id, Link needs an href."""
    with pytest.raises(TypeError, match=r"dcc\.Store requires the `id` prop"):
        dcc.Store(data=1)
    with pytest.raises(TypeError, match=r"dcc\.Link requires the `href` prop"):
        dcc.Link("Home")


def test_set_random_id_gives_a_stable_uuid():
    """W-2: Input(component, prop) gives an id-less component a uuid id, once."""
    div = html.Div()
    new_id = div._set_random_id()
    assert str(uuid.UUID(new_id)) == new_id
    assert div._set_random_id() == new_id == div.id
    assert html.Div(id="kept")._set_random_id() == "kept"


def test_random_id_refused_with_persistence():
    """K-0c: persistence is keyed by id, so a generated id is refused."""
    with pytest.raises(RuntimeError, match="Give it an explicit id"):
        dcc.Input(persistence=True)._set_random_id()


def test_signature_lists_props_for_help_and_autocompletion():
    """K-1: inspect.signature shows the positional props, as Dash's constructors do."""
    parameters = list(inspect.signature(html.Button).parameters)
    assert parameters[:3] == ["children", "id", "n_clicks"]
    assert list(inspect.signature(dcc.Slider).parameters)[:5] == [
        "min", "max", "step", "marks", "value"]


def test_available_properties_lists_dash_names():
    """W-2: available_properties lists every prop, like Dash's attribute of the same name."""
    theirs = dash.dcc.Slider().available_properties
    assert dcc.Slider().available_properties == [p for p in theirs if p not in OMITTED_DCC_PROPS]
    assert html.Div().available_properties == dash.html.Div().available_properties


def test_learndash_components_never_import_dash():
    """The clone stands on its own: building components does not import dash."""
    code = ("import sys; from learndash import html, dcc; html.Div(dcc.Input(id='i')); "
            "assert 'dash' not in sys.modules, 'dash was imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_renderer_mounts_exactly_the_html_elements_python_offers():
    """K-1, W-2: components/html_elements.js lists the html.* class names of html_elements.py, in
    the same order; the renderer mounts only these (any other type shows an error box)."""
    import re
    from pathlib import Path

    from learndash import html_elements

    source = (Path(html_elements.__file__).parent / "static" / "components" / "html_elements.js").read_text()
    listed = re.search(r"ELEMENT_NAMES = new Set\(`(.*?)`", source, re.DOTALL).group(1).split()
    assert listed == list(html_elements.ELEMENTS)
    tag_names = dict(re.findall(r"(\w+): \"(\w+)\"", re.search(r"TAG_NAMES = \{(.*?)\}", source).group(1)))
    assert tag_names == html_elements.TAG_NAMES
