"""The harness's own API: the virtual clock, and errors raised only once the page has settled
(rules R-10, K-12, I-1, O-8)."""
from __future__ import annotations

import pytest

from learndash import Dash, Input, Output, dcc, html
from learndash.exceptions import CallbackError, LearndashError, ValidationError
from learndash.testing import AppHarness


def timer_app(max_intervals: int = 3) -> Dash:
    """A 100 ms Interval counted into a Div, and a button that raises max_intervals by 2."""
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Interval(id="timer", interval=100, max_intervals=max_intervals), html.Div(id="count"), html.Button(id="more")]
    )

    @app.callback(Output("count", "children"), Input("timer", "n_intervals"))
    def count(n):
        return n

    @app.callback(Output("timer", "max_intervals"), Input("more", "n_clicks"), prevent_initial_call=True)
    def more(n_clicks):
        return 3 + 2 * n_clicks

    return app


def test_advance_ticks_an_interval_as_time_passes():
    """R-10, K-12: 250 ms of a 100 ms Interval is two ticks; each tick runs its callbacks."""
    h = AppHarness(timer_app())
    assert h.get_prop("count", "children") is None
    h.advance(250)
    assert h.get_prop("count", "children") == 2
    h.advance(50)
    assert h.get_prop("count", "children") == 3


def test_advance_stops_at_max_intervals_and_resumes_when_it_is_raised():
    """R-10: the timer stops at max_intervals; a callback raising max_intervals resumes it."""
    h = AppHarness(timer_app())
    h.advance(10_000)
    assert h.get_prop("timer", "n_intervals") == 3
    assert [r.inputs for r in h.calls if r.callback == "count"][-1] == {"timer.n_intervals": 3}
    h.click("more")
    h.advance(10_000)
    assert h.get_prop("count", "children") == 5


def test_advance_skips_a_disabled_interval():
    """K-12: a disabled Interval does not tick however much time passes."""
    app = timer_app()
    app.layout.children[0].disabled = True
    h = AppHarness(app)
    h.advance(1000)
    assert h.get_prop("count", "children") is None


def test_two_intervals_tick_in_time_order():
    """R-10: with a 300 ms and a 200 ms Interval, 600 ms gives 2 and 3 ticks."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Interval(id="slow", interval=300), dcc.Interval(id="fast", interval=200), html.Div(id="log")])

    @app.callback(Output("log", "children"), Input("slow", "n_intervals"), Input("fast", "n_intervals"))
    def log(slow, fast):
        return f"{slow}/{fast}"

    h = AppHarness(app)
    h.advance(600)
    assert h.get_prop("log", "children") == "2/3"


def test_an_error_at_load_is_raised_after_the_load_settled_with_the_harness_reachable():
    """I-1, O-8: the initial callbacks all run before the first error is raised; the exception
    carries the harness, so a test can inspect the settled page."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value=1), html.Div(id="bad"), html.Div(id="good")])

    @app.callback(Output("bad", "children"), Input("inp", "value"))
    def bad(value):
        return value / 0

    @app.callback(Output("good", "children"), Input("inp", "value"))
    def good(value):
        return value + 1

    with pytest.raises(CallbackError) as raised:
        AppHarness(app)
    harness = raised.value.harness
    assert harness.get_prop("good", "children") == 2
    assert raised.value.page is harness.page
    assert [e.title for e in harness.errors] == ["Callback error updating bad.children"]


def test_a_validation_error_is_raised_after_the_initial_callbacks_ran():
    """V-4, I-1: a layout problem is raised once the page has loaded, with its state inside."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="inp", value="x"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("inp", "value"), Input("missing", "value"))
    def both(value, other):
        return "ran"

    @app.callback(Output("inp", "placeholder"), Input("inp", "value"))
    def hint(value):
        return f"was {value}"

    with pytest.raises(ValidationError) as raised:
        AppHarness(app)
    assert raised.value.harness.get_prop("inp", "placeholder") == "was x"


def echo_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value="x"), html.Div(id="out"), html.Button("b", id="btn")])

    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return value

    return app


def holding_itself() -> list:
    rows: list = ["first"]
    rows.append(rows)
    return rows


MISTAKEN_EDITS = {
    "a typo in a prop": (
        lambda h: h.set_props("in", {"vale": "y"}),
        LearndashError,
        "set_props('in', {'vale': ...}): dcc.Input has no property 'vale', so no person could change it. Did you mean 'value'?",
    ),
    "props not a dict": (
        lambda h: h.set_props("in", "value"),
        TypeError,
        "set_props('in', 'value'): the second argument must be a dict from property names to values, "
        "e.g. set_props('in', {'value': 3}).",
    ),
    "the id": (
        lambda h: h.set_props("in", {"id": "other"}),
        LearndashError,
        "set_props('in', {'id': ...}): a person cannot change a component's id, only its other props.",
    ),
    "a set": (
        lambda h: h.set_props("in", {"value": {1, 2}}),
        TypeError,
        "set_props('in', {'value': ...}): the page holds props as JSON, but this value is set {1, 2}, which JSON "
        "cannot hold. Props can only be components",
    ),
    "a list holding itself": (
        lambda h: h.set_props("in", {"value": holding_itself()}),
        TypeError,
        "but this value is one that holds itself at [1], so its JSON would never end.",
    ),
    "a list as the id": (
        lambda h: h.set_props(["in"], {"value": "y"}),
        TypeError,
        "['in'] is not a component id: an id is a string or a dict, e.g. 'total' or {'type': 'row', 'index': 3}.",
    ),
    "a tick of a button": (
        lambda h: h.tick("btn"),
        LearndashError,
        "tick('btn'): only a dcc.Interval ticks, but 'btn' is a html.Button. Change its props the way a person "
        "would, e.g. click('btn')",
    ),
}


@pytest.mark.parametrize("mistake", list(MISTAKEN_EDITS))
def test_an_edit_no_person_could_make_is_named_and_changes_nothing(mistake):
    """C-12: the harness does what a person can do on the page: change a prop the component has,
    to a value the page can hold (JSON). A test asking for anything else gets an error naming the
    call, why, and the fix (not a silent no-op, an AttributeError or a RecursionError), and the
    page is left as it was, ready for the next action."""
    act, kind, message = MISTAKEN_EDITS[mistake]
    h = AppHarness(echo_app())
    with pytest.raises(kind) as raised:
        act(h)
    assert message in str(raised.value)
    assert h.get_props("in") == {"id": "in", "value": "x"} and h.get_prop("out", "children") == "x"
    h.set_props("in", {"value": "y"})
    assert h.get_prop("out", "children") == "y"


def test_the_harness_opens_only_a_learndash_app_and_says_how_to_drive_another():
    """C-12: AppHarness(app) runs a learndash app in this process; anything else (here real Dash)
    is a TypeError pointing at AppHarness.connect(url)."""
    import dash

    with pytest.raises(TypeError, match=r"AppHarness\(app\) opens a learndash Dash app .* but got dash\.dash\.Dash .*AppHarness\.connect\(url\)"):
        AppHarness(dash.Dash(__name__))


@pytest.mark.parametrize("ms", [float("inf"), -200, float("nan"), "10", True])
def test_advance_takes_a_finite_number_of_milliseconds(ms):
    """R-10: virtual time moves forward by a finite amount. Infinity would tick a running Interval
    forever (the call never returned), a negative or NaN amount put the clock back or broke it for
    good; each is a ValueError saying what to pass, and the clock is unchanged."""
    h = AppHarness(timer_app(max_intervals=-1))
    h.advance(250)
    with pytest.raises(ValueError, match=r"must be a finite number of milliseconds, 0 or more, e\.g\. advance\(1000\)"):
        h.advance(ms)
    assert h.clock.now_ms == 250
    h.advance(100)
    assert h.get_prop("timer", "n_intervals") == 3


def test_a_reloaded_page_keeps_the_browsers_clock():
    """K-1, K-9: the page's time only moves forward, also across a reload, as the browser's
    Date.now() does: a page that stamped writes ahead of the wall clock (strictly increasing
    stamps, several in one millisecond) hands its clock to the next page."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button("b", id="b")])
    harness = AppHarness(app)
    ahead = harness.page.now_ms() + 10**9
    harness.page.clock_ms = ahead
    harness.reload()
    assert harness.page.now_ms() > ahead


@pytest.mark.parametrize("href", ["https://example.org/elsewhere", "javascript:alert(1)"])
def test_a_location_sent_to_another_site_leaves_the_headless_page_where_it_is(href):
    """K-8, R-7: an `href` with a scheme or a host leaves the app in a browser (or is blocked, for a
    script URL); the headless page has no other site to load, so it stays, and never reloads this
    app at that URL's path."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Location(id="url"), html.Button(id="go"), html.Div(id="loads")])

    @app.callback(Output("url", "href"), Input("go", "n_clicks"), prevent_initial_call=True)
    def leave(_):
        return href

    @app.callback(Output("loads", "children"), Input("url", "pathname"))
    def show(pathname):
        return pathname

    h = AppHarness(app)
    h.click("go")
    # the same page: its load's call of show() and the click's call of leave(), no new page load
    assert (h.page.url, h.get_prop("loads", "children"), len(h.calls)) == ("/", "/", 2)
