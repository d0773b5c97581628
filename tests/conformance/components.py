"""Components' own writes (rules K-1, K-3, K-7, K-8, K-9, K-12, K-13, K-14, R-6 to R-8; the Location
mount is in initial_load): props a component writes without a callback, and what callbacks see
because of them."""
from __future__ import annotations

from .vocabulary import Scenario, advance, click, load, reload, set_props

SCENARIOS: list[Scenario] = []


def build_click_counts(lib):
    """K-1, K-0a: `n_clicks` reads None until the first click, which gives 1; any html element
    with an id counts clicks, a Div too."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("Click", id="btn"),
        lib.html.Div("Click me too", id="area"),
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("btn", "n_clicks"), lib.Input("area", "n_clicks"))
    def count_clicks(button_clicks, area_clicks):
        return f"button {button_clicks!r}, area {area_clicks!r}"

    return app


SCENARIOS.append(Scenario(
    name="K-1-n-clicks-starts-none-then-counts",
    rule_ids=("K-1", "K-0a"),
    build=build_click_counts,
    steps=[
        load(expect={("btn", "n_clicks"): None, ("out", "children"): "button None, area None"},
             calls={"count_clicks": 1}),
        click("btn", expect={("btn", "n_clicks"): 1, ("out", "children"): "button 1, area None"},
              calls={"count_clicks": 1}),
        click("btn", expect={("out", "children"): "button 2, area None"}, calls={"count_clicks": 1}),
        click("area", expect={("area", "n_clicks"): 1, ("out", "children"): "button 2, area 1"},
              calls={"count_clicks": 1}),
    ],
))


def build_dcc_clicks(lib):
    """K-14, K-1: a dcc.Textarea and Dash 4's dcc.Button count clicks like html elements:
    `n_clicks` reads None until the first click, which writes 1 and `n_clicks_timestamp`."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Textarea(id="note"),
        lib.dcc.Button("Go", id="go"),
        lib.html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("note", "n_clicks"), lib.Input("go", "n_clicks"),
                  lib.State("note", "n_clicks_timestamp"), lib.State("go", "n_clicks_timestamp"))
    def count_clicks(note_clicks, go_clicks, note_stamp, go_stamp):
        stamped = [stamp is not None and stamp > 0 for stamp in (note_stamp, go_stamp)]
        return f"note {note_clicks!r}, go {go_clicks!r}, stamped {stamped}"

    return app


SCENARIOS.append(Scenario(
    name="K-14-textarea-and-dcc-button-count-clicks",
    rule_ids=("K-14", "K-1"),
    build=build_dcc_clicks,
    steps=[
        load(expect={("out", "children"): "note None, go None, stamped [False, False]"}, calls={"count_clicks": 1}),
        click("note", expect={("note", "n_clicks"): 1, ("out", "children"): "note 1, go None, stamped [True, False]"},
              calls={"count_clicks": 1}),
        click("go", expect={("go", "n_clicks"): 1, ("out", "children"): "note 1, go 1, stamped [True, True]"},
              calls={"count_clicks": 1}),
    ],
))


def build_click_bubbles(lib):
    """K-1: a click is a browser event that bubbles, so every html element around the clicked one
    that has an id counts it too (one click, one n_clicks + 1 each, innermost first); an element
    with `disable_n_clicks` skips its own count but still lets the click through to its parents.
    A callback that listens to two of them is called once per click, seeing both counts."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        html.Div(id="outer", children=[
            html.Div(id="middle", disable_n_clicks=True, children=[html.Button("Inner", id="inner")]),
        ]),
        html.Div(id="both"),
        html.Div(id="outer-only"),
    ])

    @app.callback(lib.Output("both", "children"), lib.Input("inner", "n_clicks"), lib.Input("outer", "n_clicks"),
                  prevent_initial_call=True)
    def inner_and_outer(inner, outer):
        return f"inner {inner}, outer {outer}, triggered {sorted(lib.ctx.triggered_prop_ids)}"

    @app.callback(lib.Output("outer-only", "children"), lib.Input("outer", "n_clicks"), prevent_initial_call=True)
    def outer_clicks(outer):
        return f"outer {outer}"

    return app


SCENARIOS.append(Scenario(
    name="K-1-clicks-bubble-to-html-parents",
    rule_ids=("K-1",),
    build=build_click_bubbles,
    steps=[
        load(calls={"inner_and_outer": 0, "outer_clicks": 0}),
        click("inner", expect={("inner", "n_clicks"): 1, ("middle", "n_clicks"): None, ("outer", "n_clicks"): 1,
                               ("both", "children"): "inner 1, outer 1, triggered ['inner.n_clicks', 'outer.n_clicks']",
                               ("outer-only", "children"): "outer 1"},
              calls={"inner_and_outer": 1, "outer_clicks": 1}),
        click("outer", expect={("inner", "n_clicks"): 1, ("outer", "n_clicks"): 2,
                               ("both", "children"): "inner 1, outer 2, triggered ['outer.n_clicks']",
                               ("outer-only", "children"): "outer 2"},
              calls={"inner_and_outer": 1, "outer_clicks": 1}),
    ],
))


def build_disabled_controls(lib):
    """K-1: the browser keeps a click from a disabled control, and Dash's React listens at the
    page's root, so a click on or inside a disabled button counts nowhere: not the button, not a
    Span inside it, not the Div around it. A dcc.Button with `disabled`, and a button inside a
    disabled Fieldset, count nothing either. Only after `disabled` is turned off do clicks count."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Div(id="around", children=[html.Button(html.Span("Save", id="label"), id="save", disabled=True)]),
        dcc.Button("Send", id="send", disabled=True),
        html.Fieldset(id="form", disabled=True, children=[html.Button("Reset", id="reset")]),
        html.Div(id="counts"),
    ])

    @app.callback(lib.Output("counts", "children"), [lib.Input(name, "n_clicks") for name in ("label", "save", "around", "send", "reset", "form")])
    def show_counts(*counts):
        return " ".join(str(count) for count in counts)

    return app


_NO_CLICKS = {("counts", "children"): "None None None None None None"}
SCENARIOS.append(Scenario(
    name="K-1-a-disabled-control-counts-no-click",
    rule_ids=("K-1",),
    build=build_disabled_controls,
    steps=[
        load(expect=_NO_CLICKS, calls={"show_counts": 1}),
        click("label", expect=_NO_CLICKS, calls={"show_counts": 0}),
        click("save", expect=_NO_CLICKS, calls={"show_counts": 0}),
        click("send", expect=_NO_CLICKS, calls={"show_counts": 0}),
        click("reset", expect=_NO_CLICKS, calls={"show_counts": 0}),
        set_props("save", {"disabled": False}),
        click("label", expect={("counts", "children"): "1 1 1 None None None"}, calls={"show_counts": 1}),
    ],
))


def build_form_submission(lib):
    """K-1: an html.Button inside an html.Form is a submit button unless `type="button"`. Its click
    counts and its callback runs, but then the browser loads the form's address with the named
    fields in the query (`?city=Oslo&size=3`; a disabled field is left out),
    so the page starts again: the typed text, the count and the answer are gone, and a Location
    reads the new search. A `type="button"` button in the same form only counts."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Location(id="url"),
        html.Form(id="search", children=[
            dcc.Input(id="city", name="city", value="Bergen"),
            dcc.Input(id="size", name="size", type="number", value=3),
            dcc.Input(id="kept", name="kept", value="x", disabled=True),
            html.Button("Count", id="count", type="button"),
            html.Button("Search", id="submit"),
        ]),
        html.Div(id="answer"),
        html.Div(id="query"),
    ])

    @app.callback(lib.Output("answer", "children"), lib.Input("submit", "n_clicks"), lib.Input("count", "n_clicks"),
                  lib.State("city", "value"))
    def answer(submits, counts, city):
        return f"{submits} {counts} {city}"

    @app.callback(lib.Output("query", "children"), lib.Input("url", "search"))
    def show_query(search):
        return search

    return app


SCENARIOS.append(Scenario(
    name="K-1-a-submit-button-reloads-its-form-address",
    rule_ids=("K-1",),
    build=build_form_submission,
    steps=[
        load(expect={("answer", "children"): "None None Bergen", ("query", "children"): ""}),
        set_props("city", {"value": "Oslo"}),
        click("count", expect={("answer", "children"): "None 1 Oslo"}, calls={"answer": 1, "show_query": 0}),
        click("submit", expect={("answer", "children"): "None None Bergen", ("city", "value"): "Bergen",
                                ("query", "children"): "?city=Oslo&size=3"},
              calls={"answer": 2, "show_query": 1}),
    ],
))


def build_dropdown_stale_value(lib):
    """K-3: when a callback replaces a Dropdown's options, the Dropdown itself removes a value
    that is no longer an option (single → None, multi → filtered), and that write triggers the
    value's listeners."""
    choices = {
        "fruit": ["apple", "banana", "tomato"],
        "veg": ["carrot", "leek", "tomato"],
    }
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.RadioItems(id="kind", options=list(choices), value="fruit"),
        lib.dcc.Dropdown(id="item", options=choices["fruit"], value="apple"),
        lib.dcc.Dropdown(id="basket", options=choices["fruit"], value=["tomato", "apple"], multi=True),
        lib.html.Div(id="chosen"),
        lib.html.Div(id="basket-out"),
    ])

    @app.callback(lib.Output("item", "options"), lib.Output("basket", "options"), lib.Input("kind", "value"))
    def set_options(kind):
        return choices[kind], choices[kind]

    @app.callback(lib.Output("chosen", "children"), lib.Input("item", "value"))
    def show_item(value):
        return f"item {value!r}"

    @app.callback(lib.Output("basket-out", "children"), lib.Input("basket", "value"))
    def show_basket(value):
        return f"basket {value!r}"

    return app


SCENARIOS.append(Scenario(
    name="K-3-dropdown-drops-a-stale-value",
    rule_ids=("K-3",),
    build=build_dropdown_stale_value,
    steps=[
        load(expect={("chosen", "children"): "item 'apple'", ("basket-out", "children"): "basket ['tomato', 'apple']"},
             calls={"set_options": 1, "show_item": 1, "show_basket": 1}),
        set_props("kind", {"value": "veg"},
                  expect={("item", "value"): None, ("basket", "value"): ["tomato"],
                          ("chosen", "children"): "item None", ("basket-out", "children"): "basket ['tomato']"},
                  calls={"set_options": 1, "show_item": 1, "show_basket": 1}),
        set_props("item", {"value": "leek"}, expect={("chosen", "children"): "item 'leek'"},
                  calls={"show_item": 1, "show_basket": 0}),
    ],
))



def build_dropdown_drop_after_outputs(lib):
    """K-3, C-4: a callback's answer is written whole, and its listeners requested, before a
    Dropdown answers its new options by dropping its stale value; so a callback listening to both
    is called once, with the callback's output first in `ctx.triggered_prop_ids`."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="kind", value="fruit"),
        lib.dcc.Dropdown(id="item", options=["apple", "leek"], value="apple"),
        lib.dcc.Store(id="note"),
        lib.html.Div(id="seen"),
    ])

    @app.callback(lib.Output("note", "data"), lib.Output("item", "options"), lib.Input("kind", "value"),
                  prevent_initial_call=True)
    def set_options(kind):
        return kind, ["carrot"]

    @app.callback(lib.Output("seen", "children"), lib.Input("note", "data"), lib.Input("item", "value"),
                  prevent_initial_call=True)
    def note_and_item(note, item):
        return f"{note} {item} {list(lib.ctx.triggered_prop_ids)}"

    return app


SCENARIOS.append(Scenario(
    name="K-3-dropdown-drops-its-value-after-the-answer-is-written",
    rule_ids=("K-3", "C-4"),
    build=build_dropdown_drop_after_outputs,
    steps=[
        load(calls={"set_options": 0, "note_and_item": 0}),
        set_props("kind", {"value": "veg"},
                  expect={("item", "value"): None, ("seen", "children"): "veg None ['note.data', 'item.value']"},
                  calls={"set_options": 1, "note_and_item": 1}),
    ],
))


def build_dropdown_checks_at_mount(lib):
    """K-3, R-5, R-6: a Dropdown checks its value against its options when it mounts (late, as
    its code loads lazily, so the initial call still saw the layout value): a value it does not
    offer is dropped, and that write runs the listeners again. One that mounted empty checks the
    first value it gets, so a callback's value outside the options is dropped too; one that has
    checked keeps such a value until its options change."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Dropdown(id="single", options=["a", "b"], value="z"),
        dcc.Dropdown(id="multi", options=["a", "b"], value=["a", "z"], multi=True),
        dcc.Dropdown(id="empty", options=["a", "b"]),
        html.Button("write", id="write"),
        html.Div(id="single-out"), html.Div(id="multi-out"), html.Div(id="empty-out"),
    ])

    @app.callback(lib.Output("single-out", "children"), lib.Input("single", "value"))
    def show_single(value):
        return f"{value!r} by {lib.ctx.triggered_id}"

    @app.callback(lib.Output("multi-out", "children"), lib.Input("multi", "value"))
    def show_multi(value):
        return f"{value!r} by {lib.ctx.triggered_id}"

    @app.callback(lib.Output("empty-out", "children"), lib.Input("empty", "value"))
    def show_empty(value):
        return f"{value!r} by {lib.ctx.triggered_id}"

    @app.callback(lib.Output("empty", "value"), lib.Output("single", "value"), lib.Input("write", "n_clicks"),
                  prevent_initial_call=True)
    def write_values(n_clicks):
        return "q", "w"

    return app


SCENARIOS.append(Scenario(
    name="K-3-dropdown-checks-its-value-when-it-mounts",
    rule_ids=("K-3", "R-5", "R-6"),
    build=build_dropdown_checks_at_mount,
    steps=[
        load(expect={("single", "value"): None, ("single-out", "children"): "None by single",
                     ("multi", "value"): ["a"], ("multi-out", "children"): "['a'] by multi",
                     ("empty", "value"): None, ("empty-out", "children"): "None by None"},
             calls={"show_single": 2, "show_multi": 2, "show_empty": 1}),
        click("write", expect={("empty", "value"): None, ("empty-out", "children"): "None by empty",
                               ("single", "value"): "w", ("single-out", "children"): "'w' by single"},
              calls={"write_values": 1, "show_empty": 1, "show_single": 1}),
    ],
))


def build_dropdown_keeps_booleans_apart(lib):
    """K-3, R-5: a Dropdown compares its value with its options as JavaScript does, so True is not
    the option 1 and False is not the option 0: such a value is not offered and is dropped."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Dropdown(id="false-for-zero", options=[0, 1], value=False),
        dcc.Dropdown(id="one-for-true", options=[True, "x"], value=1),
        dcc.Dropdown(id="mixed", options=[1, "a"], value=[True, 1, "a"], multi=True),
    ])
    return app


SCENARIOS.append(Scenario(
    name="K-3-dropdown-keeps-booleans-and-numbers-apart",
    rule_ids=("K-3", "R-5"),
    build=build_dropdown_keeps_booleans_apart,
    steps=[
        load(expect={("false-for-zero", "value"): None, ("one-for-true", "value"): None, ("mixed", "value"): [1, "a"]}),
    ],
))


def build_lazy_code_arrives_once(lib):
    """R-6, K-3, C-8: Dash loads the code of Dropdown and of the sliders on first use. Inserted
    while no component of that kind was on the page, they mount after the insertion's requests
    were sent, so listeners of `drag_value` and of a Dropdown's checked value run twice; once
    that code has arrived, later ones mount at once and their writes join those requests."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        html.Button("insert", id="insert"),
        html.Div(id="slot"), html.Div(id="drag-out"), html.Div(id="choice-out"),
    ])

    @app.callback(lib.Output("slot", "children"), lib.Input("insert", "n_clicks"), prevent_initial_call=True)
    def insert(n_clicks):
        return [dcc.Slider(0, 10, 1, id="slider", value=n_clicks),
                dcc.Dropdown(id="choice", options=["a", "b"], value=["a", "z"], multi=True)]

    @app.callback(lib.Output("drag-out", "children"), lib.Input("slider", "drag_value"))
    def show_drag(drag_value):
        return f"drag {drag_value}"

    @app.callback(lib.Output("choice-out", "children"), lib.Input("choice", "value"))
    def show_choice(value):
        return f"choice {value}"

    return app


SCENARIOS.append(Scenario(
    name="R-6-lazy-components-mount-late-only-until-their-code-arrives",
    rule_ids=("R-6", "K-3", "C-8"),
    build=build_lazy_code_arrives_once,
    steps=[
        load(calls={"insert": 0, "show_drag": 0, "show_choice": 0}),
        click("insert", expect={("drag-out", "children"): "drag 1", ("choice-out", "children"): "choice ['a']"},
              calls={"insert": 1, "show_drag": 2, "show_choice": 2}),
        click("insert", expect={("drag-out", "children"): "drag 2", ("choice-out", "children"): "choice ['a']"},
              calls={"insert": 1, "show_drag": 1, "show_choice": 1}),
    ],
))


def build_graph_autosize(lib):
    """R-6, K-7: once plotly has drawn a Graph, Dash refits it to its box, which plotly reports as
    `relayoutData = {"autosize": True}`: a `relayoutData` listener runs at load with None, then
    once more with both graphs' writes merged. A figure that fixes width and height is not
    refitted, and a Graph a callback inserts writes again after it is drawn."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Graph(id="line", figure={"data": [{"x": [1, 2], "y": [3, 4]}]}),
        dcc.Graph(id="empty"),
        dcc.Graph(id="fixed", figure={"data": [], "layout": {"width": 300, "height": 200}}),
        html.Button("add", id="add"), html.Div(id="slot"),
        html.Div(id="sizes"), html.Div(id="fixed-out"), html.Div(id="added-out"),
    ])

    @app.callback(lib.Output("sizes", "children"), lib.Input("line", "relayoutData"), lib.Input("empty", "relayoutData"))
    def show_sizes(line, empty):
        return f"{line} {empty} by {sorted(t['prop_id'] for t in lib.ctx.triggered)}"

    @app.callback(lib.Output("fixed-out", "children"), lib.Input("fixed", "relayoutData"))
    def show_fixed(relayout):
        return f"fixed {relayout}"

    @app.callback(lib.Output("slot", "children"), lib.Input("add", "n_clicks"), prevent_initial_call=True)
    def add_graph(n_clicks):
        return dcc.Graph(id="added", figure={"data": [{"y": [n_clicks]}]})

    @app.callback(lib.Output("added-out", "children"), lib.Input("added", "relayoutData"))
    def show_added(relayout):
        return f"added {relayout}"

    return app


SCENARIOS.append(Scenario(
    name="R-6-graph-writes-relayout-data-after-drawing",
    rule_ids=("R-6", "K-7"),
    build=build_graph_autosize,
    steps=[
        load(expect={("line", "relayoutData"): {"autosize": True}, ("empty", "relayoutData"): {"autosize": True},
                     ("sizes", "children"): "{'autosize': True} {'autosize': True} by ['empty.relayoutData', 'line.relayoutData']",
                     ("fixed", "relayoutData"): None, ("fixed-out", "children"): "fixed None"},
             calls={"show_sizes": 2, "show_fixed": 1}),
        click("add", expect={("added", "relayoutData"): {"autosize": True}, ("added-out", "children"): "added {'autosize': True}"},
              calls={"add_graph": 1, "show_added": 2, "show_sizes": 0}),
    ],
))


def build_store_equal_data(lib):
    """K-9: a Store writes `modified_timestamp` only when `data` differs from what it holds; a
    callback that returns equal data still triggers the listeners of `data` (C-2 item 2), but
    not those of `modified_timestamp`."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Store(id="store", data={"n": 1}),
        html.Button("same", id="same"), html.Button("other", id="other"),
        html.Div(id="by-data"), html.Div(id="by-stamp"),
    ])

    @app.callback(lib.Output("store", "data"), lib.Input("same", "n_clicks"), lib.Input("other", "n_clicks"),
                  prevent_initial_call=True)
    def write_data(same, other):
        return {"n": 1} if lib.ctx.triggered_id == "same" else {"n": other + 1}

    @app.callback(lib.Output("by-data", "children"), lib.Input("store", "data"))
    def on_data(data):
        return f"data {data}"

    @app.callback(lib.Output("by-stamp", "children"), lib.Input("store", "modified_timestamp"), lib.State("store", "data"))
    def on_stamp(timestamp, data):
        return f"stamp {data}"

    return app


SCENARIOS.append(Scenario(
    name="K-9-store-equal-data-writes-no-timestamp",
    rule_ids=("K-9", "C-2"),
    build=build_store_equal_data,
    steps=[
        load(expect={("by-data", "children"): "data {'n': 1}", ("by-stamp", "children"): "stamp {'n': 1}"},
             calls={"on_data": 1, "on_stamp": 1}),
        click("same", expect={("by-data", "children"): "data {'n': 1}"}, calls={"write_data": 1, "on_data": 1, "on_stamp": 0}),
        click("other", expect={("by-data", "children"): "data {'n': 2}", ("by-stamp", "children"): "stamp {'n': 2}"},
              calls={"write_data": 1, "on_data": 1, "on_stamp": 1}),
    ],
))

def build_store_timestamp(lib):
    """K-9, I-9 (cbmt006): a Store writes `modified_timestamp` when it mounts with data and after
    every callback update of `data`, so `Input(store, "modified_timestamp")` with
    `State(store, "data")` fires once per update and sees the new data."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Store(id="store", data={"clicks": 0}),
        lib.html.Button("Add", id="add"),
        lib.html.Div(id="shown"),
    ])

    @app.callback(lib.Output("store", "data"), lib.Input("add", "n_clicks"), lib.State("store", "data"),
                  prevent_initial_call=True)
    def bump(n_clicks, data):
        return {"clicks": data["clicks"] + 1}

    @app.callback(lib.Output("shown", "children"), lib.Input("store", "modified_timestamp"),
                  lib.State("store", "data"))
    def show_store(timestamp, data):
        stamped = timestamp is not None and timestamp > 0
        return f"{data['clicks']} clicks, stamped={stamped}"

    return app


SCENARIOS.append(Scenario(
    name="K-9-store-modified-timestamp-follows-data",
    rule_ids=("K-9", "I-9"),
    build=build_store_timestamp,
    steps=[
        load(expect={("shown", "children"): "0 clicks, stamped=True"}, calls={"bump": 0}),
        click("add", expect={("store", "data"): {"clicks": 1}, ("shown", "children"): "1 clicks, stamped=True"},
              calls={"bump": 1, "show_store": 1}),
        click("add", expect={("shown", "children"): "2 clicks, stamped=True"}, calls={"bump": 1, "show_store": 1}),
    ],
))


def build_tabs(lib):
    """K-13, I-9: Tabs without a value select their first Tab's value as they mount (or "tab-1"
    when the Tabs have no values); choosing a tab writes `value`."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Tabs(id="tabs", children=[dcc.Tab(label="A", value="a"), dcc.Tab(label="B", value="b")]),
        html.Div(id="tab-content"),
        dcc.Tabs(id="plain-tabs", children=[dcc.Tab(label="X"), dcc.Tab(label="Y")]),
        html.Div(id="plain-content"),
    ])

    @app.callback(lib.Output("tab-content", "children"), lib.Input("tabs", "value"))
    def render_tab(value):
        return f"showing {value}"

    @app.callback(lib.Output("plain-content", "children"), lib.Input("plain-tabs", "value"))
    def render_plain_tab(value):
        return f"showing {value}"

    return app


SCENARIOS.append(Scenario(
    name="K-13-tabs-select-first-tab-on-mount",
    rule_ids=("K-13", "I-9"),
    build=build_tabs,
    steps=[
        load(expect={("tabs", "value"): "a", ("tab-content", "children"): "showing a",
                     ("plain-tabs", "value"): "tab-1", ("plain-content", "children"): "showing tab-1"}),
        set_props("tabs", {"value": "b"}, expect={("tab-content", "children"): "showing b"},
                  calls={"render_tab": 1, "render_plain_tab": 0}),
    ],
))


def build_tabs_mount_value(lib):
    """K-13: Tabs write their value at mount only when `value` is absent: `value=None` given in the
    layout stays None. The value written is text, the first Tab's value as a string (1 gives "1"),
    or "tab-1" when the first Tab has none, whatever later Tabs hold."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Tabs(id="none-tabs", value=None, children=[dcc.Tab(label="A", value="a")]),
        dcc.Tabs(id="number-tabs", children=[dcc.Tab(label="One", value=1), dcc.Tab(label="Two", value=2)]),
        dcc.Tabs(id="first-bare", children=[dcc.Tab(label="X"), dcc.Tab(label="Y", value="y")]),
        html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("none-tabs", "value"), lib.Input("number-tabs", "value"),
                  lib.Input("first-bare", "value"))
    def show_values(none_value, number_value, bare_value):
        return f"{none_value!r} {number_value!r} {bare_value!r}"

    return app


SCENARIOS.append(Scenario(
    name="K-13-tabs-write-a-text-value-only-when-none-is-given",
    rule_ids=("K-13", "I-9"),
    build=build_tabs_mount_value,
    steps=[
        load(expect={("none-tabs", "value"): None, ("number-tabs", "value"): "1", ("first-bare", "value"): "tab-1",
                     ("out", "children"): "None '1' 'tab-1'"},
             calls={"show_values": 1}),
    ],
))


def build_slider_drag_value_follows_only_numbers(lib):
    """R-6, K-4: a slider copies `value` to `drag_value` as it mounts and whenever `value`
    changes, but only a value it can show: a RangeSlider mounted with `value=[]` writes no
    `drag_value`, and a callback writing `value=None` leaves `drag_value` as it was."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Slider(0, 10, 1, value=3, id="single"),
        dcc.RangeSlider(0, 10, 1, value=[], id="empty-range"),
        html.Button("none", id="none"), html.Button("five", id="five"),
    ])

    @app.callback(lib.Output("single", "value"), lib.Input("none", "n_clicks"), lib.Input("five", "n_clicks"),
                  prevent_initial_call=True)
    def set_value(none_clicks, five_clicks):
        return None if lib.ctx.triggered_id == "none" else 5

    return app


SCENARIOS.append(Scenario(
    name="R-6-slider-drag-value-follows-only-values-it-can-show",
    rule_ids=("R-6", "K-4"),
    build=build_slider_drag_value_follows_only_numbers,
    steps=[
        load(expect={("single", "drag_value"): 3, ("empty-range", "drag_value"): None}),
        click("none", expect={("single", "value"): None, ("single", "drag_value"): 3}, calls={"set_value": 1}),
        click("five", expect={("single", "value"): 5, ("single", "drag_value"): 5}, calls={"set_value": 1}),
    ],
))


def build_interval(lib):
    """K-12, K-0a: an Interval's `n_intervals` reads None until its first tick, which gives 1.
    (`max_intervals=0` stops the real timer, so only the scenario's edits tick it.)"""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.dcc.Interval(id="timer", interval=1000, max_intervals=0), lib.html.Div(id="ticks")])

    @app.callback(lib.Output("ticks", "children"), lib.Input("timer", "n_intervals"))
    def count_ticks(n_intervals):
        return f"ticks={n_intervals}"

    return app


SCENARIOS.append(Scenario(
    name="K-12-interval-starts-at-none",
    rule_ids=("K-12", "K-0a"),
    build=build_interval,
    steps=[
        load(expect={("ticks", "children"): "ticks=None"}, calls={"count_ticks": 1}),
        set_props("timer", {"n_intervals": 1}, expect={("ticks", "children"): "ticks=1"}, calls={"count_ticks": 1}),
        set_props("timer", {"n_intervals": 2}, expect={("ticks", "children"): "ticks=2"}, calls={"count_ticks": 1}),
    ],
))


def build_store_empty_at_mount(lib):
    """R-8, K-9: as it mounts a Store compares its `data` with what its storage holds. The
    browser's storage reads null when empty, so a local Store without `data` writes `data=None`
    and `modified_timestamp=-1` (joining the initial calls, whose trigger they become); a memory Store's own memory is
    undefined, which differs from `data=None` but not from no data. A callback writing None then
    counts as new data only where the memory held nothing (undefined is not null)."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Store(id="empty-local", storage_type="local"),
        dcc.Store(id="none-memory", data=None),
        dcc.Store(id="bare-memory"),
        html.Button("write None", id="write"),
        html.Div(id="local-data"), html.Div(id="local-stamp"), html.Div(id="none-stamp"), html.Div(id="bare-stamp"),
    ])

    def shown(value):
        triggered = [t["prop_id"] for t in lib.ctx.triggered]
        return f"{'stamped' if isinstance(value, int) and value > 0 else value} by {triggered}"

    @app.callback(lib.Output("local-data", "children"), lib.Input("empty-local", "data"))
    def show_local_data(data):
        return shown(data)

    @app.callback(lib.Output("local-stamp", "children"), lib.Input("empty-local", "modified_timestamp"))
    def show_local_stamp(stamp):
        return shown(stamp)

    @app.callback(lib.Output("none-stamp", "children"), lib.Input("none-memory", "modified_timestamp"))
    def show_none_stamp(stamp):
        return shown(stamp)

    @app.callback(lib.Output("bare-stamp", "children"), lib.Input("bare-memory", "modified_timestamp"))
    def show_bare_stamp(stamp):
        return shown(stamp)

    @app.callback(lib.Output("empty-local", "data"), lib.Output("none-memory", "data"), lib.Output("bare-memory", "data"),
                  lib.Input("write", "n_clicks"), prevent_initial_call=True)
    def write_none(n_clicks):
        return None, None, None

    return app


SCENARIOS.append(Scenario(
    name="R-8-store-compares-with-empty-storage-at-mount",
    rule_ids=("R-8", "K-9", "I-9"),
    build=build_store_empty_at_mount,
    steps=[
        load(expect={("empty-local", "modified_timestamp"): -1,
                     ("local-data", "children"): "None by ['empty-local.data']",
                     ("local-stamp", "children"): "-1 by ['empty-local.modified_timestamp']",
                     ("none-memory", "modified_timestamp"): -1,
                     ("none-stamp", "children"): "-1 by ['none-memory.modified_timestamp']",
                     ("bare-memory", "modified_timestamp"): None,
                     ("bare-stamp", "children"): "None by ['.']"},
             calls={"show_local_data": 1, "show_local_stamp": 1, "show_none_stamp": 1, "show_bare_stamp": 1}),
        click("write", expect={("empty-local", "modified_timestamp"): -1,
                               ("none-stamp", "children"): "stamped by ['none-memory.modified_timestamp']",
                               ("bare-stamp", "children"): "stamped by ['bare-memory.modified_timestamp']"},
              calls={"write_none": 1, "show_local_data": 1, "show_local_stamp": 0, "show_none_stamp": 1, "show_bare_stamp": 1}),
    ],
))


def build_location_push_only(lib):
    """R-7, K-8: a Location with `refresh=False` whose `search` or `pathname` a callback (or the
    user) writes only pushes a history entry: its other URL props, `href` too, keep their old
    values and their listeners do not run."""
    app = lib.Dash(__name__)
    html, dcc = lib.html, lib.dcc
    app.layout = html.Div([
        dcc.Location(id="url", refresh=False),
        html.Button("search", id="search"),
        html.Div(id="search-out"), html.Div(id="path-out"), html.Div(id="href-out"),
    ])

    @app.callback(lib.Output("url", "search"), lib.Input("search", "n_clicks"), prevent_initial_call=True)
    def set_search(n_clicks):
        return f"?page={n_clicks}"

    @app.callback(lib.Output("search-out", "children"), lib.Input("url", "search"))
    def show_search(search):
        return f"search {search!r}"

    @app.callback(lib.Output("path-out", "children"), lib.Input("url", "pathname"))
    def show_path(pathname):
        return f"path {pathname!r}"

    @app.callback(lib.Output("href-out", "children"), lib.Input("url", "href"))
    def show_href(href):
        return "href ends " + href.rsplit("/", 1)[-1]

    return app


SCENARIOS.append(Scenario(
    name="R-7-location-without-refresh-writes-only-what-was-set",
    rule_ids=("R-7", "K-8"),
    build=build_location_push_only,
    steps=[
        load(expect={("search-out", "children"): "search ''", ("href-out", "children"): "href ends "}),
        click("search", expect={("url", "search"): "?page=1", ("search-out", "children"): "search '?page=1'",
                                ("href-out", "children"): "href ends "},
              calls={"set_search": 1, "show_search": 1, "show_href": 0, "show_path": 0}),
        set_props("url", {"pathname": "/next"}, expect={("path-out", "children"): "path '/next'",
                                                         ("href-out", "children"): "href ends "},
                  calls={"show_path": 1, "show_href": 0, "show_search": 0}),
    ],
))


def build_link_click(lib):
    """K-14, K-8: clicking a dcc.Link (refresh=False) pushes its address without loading a page,
    and every Location writes the URL props that changed, in one edit: one call of a callback
    reading several of them. A second Link to the same path changes only `search`."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Location(id="url"),
        dcc.Link("to p", href="/p?q=1#h", id="to-p"),
        dcc.Link("to p again", href="/p?q=2#h", id="to-p-again"),
        html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("url", "pathname"), lib.Input("url", "search"),
                  lib.Input("url", "hash"))
    def show_url(pathname, search, hash_):
        return f"{pathname} {search} {hash_} by {sorted(t['prop_id'] for t in lib.ctx.triggered)}"

    return app


SCENARIOS.append(Scenario(
    name="K-14-link-click-writes-the-changed-url-props",
    rule_ids=("K-14", "K-8"),
    build=build_link_click,
    steps=[
        load(expect={("url", "pathname"): "/", ("url", "search"): ""}, calls={"show_url": 1}),
        click("to-p", expect={("url", "pathname"): "/p", ("url", "search"): "?q=1", ("url", "hash"): "#h",
                              ("out", "children"): "/p ?q=1 #h by ['url.hash', 'url.pathname', 'url.search']"},
              calls={"show_url": 1}),
        click("to-p-again", expect={("out", "children"): "/p ?q=2 #h by ['url.search']"}, calls={"show_url": 1}),
    ],
))


def build_click_inside_a_link(lib):
    """K-14, K-1: a click on an element inside a dcc.Link bubbles up to the Link, which follows its
    address: the Span's own n_clicks counts, and the Location reads the new pathname."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Location(id="url"),
        dcc.Link(html.Span("to q", id="label"), href="/q", id="to-q"),
        html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("url", "pathname"), lib.Input("label", "n_clicks"))
    def show(pathname, clicks):
        return f"{pathname} after {clicks} clicks"

    return app


SCENARIOS.append(Scenario(
    name="K-14-a-click-inside-a-link-follows-it",
    rule_ids=("K-14", "K-1"),
    build=build_click_inside_a_link,
    steps=[
        load(expect={("out", "children"): "/ after None clicks"}, calls={"show": 1}),
        click("label", expect={("label", "n_clicks"): 1, ("url", "pathname"): "/q", ("out", "children"): "/q after 1 clicks"}),
    ],
))


def build_location_redirects(lib):
    """K-8: a Location with `refresh=True` (its default) loads the page again at its address, so
    everything starts over there (the buttons' `n_clicks` read None again): a callback returning
    `dcc.Location(id="go", pathname="/home")` redirects as that Location mounts, and a callback
    writing `pathname` sends the page to the new address."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Location(id="url"),
        html.Button("log in", id="log-in"), html.Button("next", id="next"),
        html.Div(id="page"), html.Div(id="redirect"),
    ])

    @app.callback(lib.Output("page", "children"), lib.Input("url", "pathname"))
    def display_page(pathname):
        return f"page {pathname}"

    @app.callback(lib.Output("redirect", "children"), lib.Input("log-in", "n_clicks"), prevent_initial_call=True)
    def log_in(n_clicks):
        return dcc.Location(id="go", pathname="/home")

    @app.callback(lib.Output("url", "pathname"), lib.Input("next", "n_clicks"), prevent_initial_call=True)
    def go_next(n_clicks):
        return "/next"

    return app


SCENARIOS.append(Scenario(
    name="K-8-location-with-refresh-loads-the-page-at-its-address",
    rule_ids=("K-8",),
    build=build_location_redirects,
    steps=[
        load(expect={("page", "children"): "page /"}, calls={"display_page": 1}),
        click("log-in", expect={("url", "pathname"): "/home", ("page", "children"): "page /home",
                                ("log-in", "n_clicks"): None},
              absent=("go",), calls={"log_in": 1, "display_page": 1}),
        click("next", expect={("url", "pathname"): "/next", ("page", "children"): "page /next",
                              ("next", "n_clicks"): None}, calls={"go_next": 1}),
        click("log-in", expect={("url", "pathname"): "/home", ("log-in", "n_clicks"): None}, absent=("go",)),
    ],
))


def build_pushed_address_reloads(lib):
    """R-7, K-8: the address a Location with `refresh=False` pushed is the page's address: the
    browser's reload button loads the page there, and a Location mounting there reads it."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([dcc.Location(id="url", refresh=False), html.Button("search", id="search"), html.Div(id="out")])

    @app.callback(lib.Output("url", "search"), lib.Input("search", "n_clicks"), prevent_initial_call=True)
    def set_search(n_clicks):
        return f"?page={n_clicks}"

    @app.callback(lib.Output("out", "children"), lib.Input("url", "search"))
    def show_search(search):
        return f"search {search!r}"

    return app


SCENARIOS.append(Scenario(
    name="R-7-a-pushed-address-is-where-the-page-reloads",
    rule_ids=("R-7", "K-8"),
    build=build_pushed_address_reloads,
    steps=[
        load(expect={("out", "children"): "search ''"}),
        click("search", expect={("out", "children"): "search '?page=1'"}, calls={"show_search": 1}),
        reload(expect={("url", "search"): "?page=1", ("out", "children"): "search '?page=1'",
                       ("search", "n_clicks"): None}, calls={"show_search": 1}),
    ],
))


def build_anchor_clicks(lib):
    """K-1, K-8: a click on an html.A is counted, then the browser follows its `href`: to another
    address of the app it loads the page there (everything starts over, `n_clicks` read None
    again); to a `#fragment` of this page it only moves the address, and the Location reads the
    new `hash`, with the rest of the page as it was."""
    app = lib.Dash(__name__)
    html = lib.html
    app.layout = html.Div([
        lib.dcc.Location(id="url"),
        html.A("to p", href="/p?x=1", id="to-p"), html.A("to section", href="#sec", id="to-section"),
        html.Button("count", id="count"), html.Div(id="out"),
    ])

    @app.callback(lib.Output("out", "children"), lib.Input("url", "pathname"), lib.Input("url", "search"),
                  lib.Input("url", "hash"))
    def show_url(pathname, search, hash_):
        return f"{pathname} {search} {hash_}"

    return app


SCENARIOS.append(Scenario(
    name="K-1-an-anchor-click-is-counted-then-followed",
    rule_ids=("K-1", "K-8"),
    build=build_anchor_clicks,
    steps=[
        load(expect={("out", "children"): "/  "}, calls={"show_url": 1}),
        click("count", expect={("count", "n_clicks"): 1}),
        click("to-p", expect={("url", "pathname"): "/p", ("url", "search"): "?x=1", ("out", "children"): "/p ?x=1 ",
                              ("count", "n_clicks"): None, ("to-p", "n_clicks"): None}),
        click("count", expect={("count", "n_clicks"): 1}),
        click("to-section", expect={("url", "hash"): "#sec", ("out", "children"): "/p ?x=1 #sec",
                                    ("count", "n_clicks"): 1, ("to-section", "n_clicks"): 1}, calls={"show_url": 1}),
    ],
))


def build_time_goes_on_across_reloads(lib):
    """K-1, K-9: a page loaded again keeps the browser's clock: a click after the reload is
    stamped later than the session Store's data saved before it."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Store(id="saved", storage_type="session"),
        html.Button("save", id="save"), html.Button("compare", id="compare"), html.Div(id="out"),
    ])

    @app.callback(lib.Output("saved", "data"), lib.Input("save", "n_clicks"), prevent_initial_call=True)
    def save(n_clicks):
        return n_clicks

    @app.callback(lib.Output("out", "children"), lib.Input("compare", "n_clicks"),
                  lib.State("compare", "n_clicks_timestamp"), lib.State("saved", "modified_timestamp"),
                  prevent_initial_call=True)
    def compare(n_clicks, clicked_at, saved_at):
        return f"clicked after saving: {clicked_at > saved_at}"

    return app


SCENARIOS.append(Scenario(
    name="K-9-timestamps-grow-across-reloads",
    rule_ids=("K-9", "K-1"),
    build=build_time_goes_on_across_reloads,
    steps=[
        load(),
        click("save", expect={("saved", "data"): 1}),
        reload(expect={("saved", "data"): 1}),
        click("compare", expect={("out", "children"): "clicked after saving: True"}, calls={"compare": 1}),
    ],
))


def build_tabs_mount_the_selected_tab(lib):
    """K-13, I-9, R-6, K-9: only the selected Tab's children are drawn, so only they mount: a Graph
    in another Tab writes its `relayoutData` and a Store its `modified_timestamp` when their Tab
    is selected, and a Store mounts again (a new timestamp) each time its Tab comes back."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Tabs([
            dcc.Tab(dcc.Graph(id="graph-a", figure={"data": []}), label="A", value="a"),
            dcc.Tab([dcc.Graph(id="graph-b", figure={"data": []}), dcc.Store(id="store-b", data=1)], label="B", value="b"),
        ], id="tabs", value="a"),
        html.Div(id="sized"), html.Div(id="stamped"),
    ])

    @app.callback(lib.Output("sized", "children"), lib.Input("graph-a", "relayoutData"), lib.Input("graph-b", "relayoutData"))
    def show_sizes(relayout_a, relayout_b):
        return f"a {relayout_a}, b {relayout_b}"

    @app.callback(lib.Output("stamped", "children"), lib.Input("store-b", "modified_timestamp"), lib.State("store-b", "data"))
    def show_stamp(stamp, data):
        return f"stamped {stamp is not None}, data {data}"

    return app


SCENARIOS.append(Scenario(
    name="K-13-only-the-selected-tab-mounts-its-children",
    rule_ids=("K-13", "I-9", "R-6", "K-9"),
    build=build_tabs_mount_the_selected_tab,
    steps=[
        load(expect={("sized", "children"): "a {'autosize': True}, b None", ("store-b", "modified_timestamp"): None,
                     ("stamped", "children"): "stamped False, data 1"}),
        set_props("tabs", {"value": "b"}, expect={("sized", "children"): "a {'autosize': True}, b {'autosize': True}",
                                                  ("stamped", "children"): "stamped True, data 1"},
                  calls={"show_sizes": 1, "show_stamp": 1}),
        set_props("tabs", {"value": "a"}, calls={"show_sizes": 0, "show_stamp": 0}),
        set_props("tabs", {"value": "b"}, expect={("stamped", "children"): "stamped True, data 1"},
                  calls={"show_sizes": 0, "show_stamp": 1}),
    ],
))


def build_hidden_tab_filled(lib):
    """K-13, K-9: components a callback writes into an unselected Tab are in the layout (their
    callbacks fire) but not drawn: a Store there writes its `modified_timestamp` only once its Tab
    is selected."""
    app = lib.Dash(__name__, suppress_callback_exceptions=True)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Tabs([dcc.Tab("first", label="A", value="a"), dcc.Tab(id="tab-b", label="B", value="b")], id="tabs", value="a"),
        html.Button("fill", id="fill"), html.Div(id="stamped"),
    ])

    @app.callback(lib.Output("tab-b", "children"), lib.Input("fill", "n_clicks"), prevent_initial_call=True)
    def fill_tab(n_clicks):
        return dcc.Store(id="filled", data=n_clicks)

    @app.callback(lib.Output("stamped", "children"), lib.Input("filled", "modified_timestamp"), prevent_initial_call=True)
    def show_stamp(stamp):
        return f"stamped {stamp is not None}"

    return app


SCENARIOS.append(Scenario(
    name="K-13-children-written-into-a-hidden-tab-mount-when-it-is-selected",
    rule_ids=("K-13", "K-9"),
    build=build_hidden_tab_filled,
    steps=[
        load(),
        click("fill", expect={("stamped", "children"): "stamped False", ("filled", "modified_timestamp"): None},
              calls={"fill_tab": 1, "show_stamp": 1}),
        set_props("tabs", {"value": "b"}, expect={("stamped", "children"): "stamped True"}, calls={"show_stamp": 1}),
    ],
))


def build_interval_in_hidden_tab(lib):
    """K-13, K-12: an Interval in an unselected Tab is not drawn, so its timer does not run:
    `n_intervals` stays None until its Tab is selected, then it ticks up to `max_intervals`."""
    app = lib.Dash(__name__)
    dcc, html = lib.dcc, lib.html
    app.layout = html.Div([
        dcc.Tabs([dcc.Tab("first", label="A", value="a"),
                  dcc.Tab(dcc.Interval(id="timer", interval=100, max_intervals=3), label="B", value="b")],
                 id="tabs", value="a"),
        html.Div(id="ticks"),
    ])

    @app.callback(lib.Output("ticks", "children"), lib.Input("timer", "n_intervals"))
    def show_ticks(n_intervals):
        return f"ticks {n_intervals}"

    return app


SCENARIOS.append(Scenario(
    name="K-13-an-interval-in-a-hidden-tab-does-not-tick",
    rule_ids=("K-13", "K-12"),
    build=build_interval_in_hidden_tab,
    steps=[
        load(expect={("ticks", "children"): "ticks None"}),
        advance(600, expect={("timer", "n_intervals"): None, ("ticks", "children"): "ticks None"}, calls={"show_ticks": 0}),
        set_props("tabs", {"value": "b"}),
        advance(1000, expect={("timer", "n_intervals"): 3, ("ticks", "children"): "ticks 3"}),
    ],
))
