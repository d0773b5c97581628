"""Hints from evidence (issue 11): what the app showed and which callbacks ran name the cause, never a contradicted one."""
from __future__ import annotations

from learndash import Dash, Input, Output, State, dcc, html, no_update
from learndash.exceptions import PreventUpdate
from learndash.grading import figures
from learndash.grading.evidence import Mistake, hint_for
from learndash.grading.report import CheckResult, Report, format_report
from learndash.grading.trial import Part, StudentApp, browser_rejects, page_value_copy
from learndash.testing import AppHarness

SWAPPED = Mistake("x and y were swapped", shows=[(2, 1)], fix='x="a", y="b".')
EVERY_ROW = Mistake("every row was drawn", shows=lambda points: len(points) > 1, fix="Filter first.")


def opened(app: Dash) -> StudentApp:
    """The app as a check sees it: a harness on its page."""
    return StudentApp(AppHarness(app, raise_on_error=False))


def greeter() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="name", value="Ada"), html.Button(id="go", n_clicks=0), html.Div(id="out")])
    return app


def test_a_matching_mistake_is_named_and_others_are_not():
    """Compare what the app showed with what each known mistake would show: only the ones that match are said."""
    hint = hint_for([(2, 1)], [SWAPPED, EVERY_ROW], "General advice.")
    assert hint == 'Your app shows exactly what it would if x and y were swapped. x="a", y="b".'
    assert "every row" not in hint


def test_no_matching_mistake_falls_back_to_the_general_hint_and_never_empty():
    assert hint_for([(5, 5)], [SWAPPED], "General advice.") == "General advice."
    assert hint_for("anything", [], "")  # an assertion failure always gets some hint


def test_the_trace_outranks_a_guessed_mistake():
    """When no callback ran, a mistake in what the callback computes is contradicted: the trace is said instead."""
    hint = hint_for([(2, 1)], [SWAPPED], "General.", observation="No callback ran.")
    assert hint.splitlines() == ["No callback ran.", "General."]


def test_a_state_that_was_edited_is_named_as_the_cause():
    """R-3 / State: editing a State runs nothing; the hint says which callback has it as State."""
    app = greeter()

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), State("name", "value"))
    def greet(clicks, name):
        return f"Hi {name}"

    student = opened(app)
    student.set_props("name", {"value": "Grace"})
    said = student.observation_about("out", "children")
    assert "name.value is a State of greet" in said and "Make it an Input" in said


def test_an_input_set_to_the_value_it_had_is_not_blamed_as_missing():
    """R-1: setting an Input to its current value triggers nothing; the hint must not say it is no Input."""
    app = greeter()

    @app.callback(Output("out", "children"), Input("name", "value"))
    def greet(name):
        return f"Hi {name}"

    student = opened(app)
    student.set_props("name", {"value": "Ada"})
    assert student.calls_of_last_action() == []
    assert student.observation_about("out", "children") == ""


def test_text_expected_in_children_is_read_as_a_person_reads_it():
    """Pieces and components that show the expected line pass; a different line still fails, showing what it read."""
    from learndash.grading.trial import Trial

    app = greeter()

    @app.callback(Output("out", "children"), Input("name", "value"))
    def greet(name):
        return ["Hello, ", html.B(name), "!"]

    student = opened(app)
    trial = Trial(process=None)
    assert trial.expect_prop(student, "out", "children", "Hello, Ada!")
    assert not trial.expect_prop(student, "out", "children", "Hello Ada!")
    assert trial.parts[-1].actual == "'Hello, Ada!'"


def test_prevent_initial_call_is_named_only_when_the_writer_has_it():
    """I-7: the page-load hint blames prevent_initial_call only for a writer that sets it."""
    held = greeter()

    @held.callback(Output("out", "children"), Input("name", "value"), prevent_initial_call=True)
    def greet(name):
        return name

    assert "greet has prevent_initial_call=True" in opened(held).observation_about("out", "children")

    nobody = greeter()
    said = opened(nobody).observation_about("out", "children")
    assert "prevent_initial_call" not in said and "No callback ran when the page loaded." == said


def test_a_callback_skipped_at_load_because_its_input_was_prevented_is_explained():
    """I-6: a reader of a prevented callback's output does not run at load; the hint says why."""
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="go", n_clicks=0), dcc.Store(id="store", data=0), html.Div(id="out")])

    @app.callback(Output("store", "data"), Input("go", "n_clicks"))
    def bump(clicks):
        if not clicks:
            raise PreventUpdate
        return clicks

    @app.callback(Output("out", "children"), Input("store", "data"))
    def show(value):
        return str(value)

    said = opened(app).observation_about("out", "children")
    assert "show did not run when the page loaded" in said and "bump" in said


def test_one_hint_line_is_printed_once_per_report():
    """The same cause under three failed parts is said once; the other parts keep their own lines."""
    parts = tuple(Part(what=f"part {n}", passed=False, expected="x", actual="y", hint=f"Same cause.\nPart {n} only.")
                  for n in (1, 2, 3))
    result = CheckResult(name="c", title="A check.", number="1", weight=1, score=0, status="failed", parts=parts)
    text = format_report(Report(exercise="00", title="t", path="p", results=(result,)))
    assert text.count("Same cause.") == 1
    assert all(f"Part {n} only." in text for n in (1, 2, 3))


def test_a_page_value_copy_is_equal_and_shares_nothing_with_the_page():
    """get_prop answers a copy: the same value, of the same types, and changing it leaves the page alone."""
    from collections import OrderedDict

    page_value = {"data": [{"x": [1, 2.5, None], "name": "a", "on": True}], "layout": {"title": {"text": "t"}},
                  "ordered": OrderedDict(b=1), "pair": (1, [2])}
    copied = page_value_copy(page_value)
    assert copied == page_value and type(copied["ordered"]) is OrderedDict and type(copied["pair"]) is tuple
    copied["data"][0]["x"].append(3)
    copied["layout"]["title"]["text"] = "changed"
    copied["pair"][1].append(3)
    assert page_value["data"][0]["x"] == [1, 2.5, None] and page_value["layout"]["title"]["text"] == "t"
    assert page_value["pair"] == (1, [2])


def test_a_callback_that_gave_the_prop_no_value_is_said_to_have_left_it():
    """W-6: an answer with no value for an Output leaves it as it was (Dash raises nothing); the hint says so."""
    app = greeter()
    app.layout.children.append(html.Div(id="other"))

    @app.callback(Output("out", "children"), Output("other", "children"), Input("name", "value"))
    def greet(name):
        return no_update, f"Hi {name}"

    student = opened(app)
    student.set_props("name", {"value": "Grace"})
    said = student.observation_about("out", "children")
    assert said.startswith("greet ran but gave out.children no value") and "one value per Output" in said
    assert student.observation_about("other", "children") == ""


def test_a_component_a_callback_creates_is_not_said_to_lack_an_input():
    """R-1 and C-8: a title the page callback creates is written whole by it; setting the path to the
    one it had runs nothing, and the hint must not claim the title needs an Input."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page")])

    @app.callback(Output("page", "children"), Input("url", "pathname"))
    def route(pathname):
        return html.H1("Welcome", id="title")

    student = opened(app)
    student.set_props("url", {"pathname": "/"})
    assert student.observation_about("title", "children") == ""


def test_a_held_back_callback_of_an_added_component_is_named():
    """C-8: prevent_initial_call also holds a callback back when its components are added by another."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button(id="add", n_clicks=0), html.Div(id="box")])

    @app.callback(Output("box", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(clicks):
        return [dcc.Input(id="miles", value=1), html.Div(id="km")]

    @app.callback(Output("km", "children"), Input("miles", "value"), prevent_initial_call=True)
    def convert(miles):
        return f"{miles} km"

    student = opened(app)
    student.click("add")
    said = student.observation_about("km", "children")
    assert said.startswith("convert has prevent_initial_call=True") and "added km" in said


def test_a_figure_returned_in_a_list_fails_its_part_with_the_fix():
    """A graph's figure set to [fig] (a list for one Output, which Dash stores as it is) cannot be read as a
    figure: the part fails and says to return the figure itself, and a check comparing the app with itself
    (`as_meant`) reads the figure inside the list instead of stopping."""
    from learndash.grading.trial import Trial

    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="n", value=1), dcc.Graph(id="graph")])

    @app.callback(Output("graph", "figure"), Input("n", "value"))
    def draw(n):
        return [{"data": [{"x": [n], "y": [n]}]}]

    student = opened(app)
    trial = Trial(process=None)
    assert not trial.expect_prop(student, "graph", "figure", [(1.0, 1.0)], read=figures.points)
    assert "not `[fig]`" in trial.parts[-1].hint
    at_load = figures.as_meant(figures.points)(student.get_prop("graph", "figure"))
    assert trial.expect_prop(student, "graph", "figure", at_load, read=figures.as_meant(figures.points))


def test_a_created_component_written_on_another_property_is_named():
    """A component a callback created (not in the first layout) whose own callback wrote another of its
    properties (`km.value` on a Div) is named as such: it was not written whole by the page's callback."""
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Input(id="page", value="converter"), html.Div(id="content")])

    @app.callback(Output("content", "children"), Input("page", "value"))
    def page(name):
        return [dcc.Input(id="miles", type="number", value=1), html.Div(id="km")]

    @app.callback(Output("km", "value"), Input("miles", "value"))
    def convert(miles):
        return f"{miles * 1.609344:.2f} km"

    student = opened(app)
    student.set_props("miles", {"value": 2})
    assert student.observation_about("km", "children") == "No callback writes km.children (the callbacks that ran wrote km.value)."


def test_a_scatter_is_told_from_a_line_through_the_same_points():
    """A go.Scatter with no mode draws 20 points or more as a line (plotly.js), px.line always does; a
    trace through fewer than two points of the data (a trend line) does not count."""
    xs, ys = list(range(25)), [value % 7 for value in range(25)]
    data = set(figures.points({"data": [{"x": xs, "y": ys}]}))
    assert figures.drawn_as({"x": xs[:19], "y": ys[:19]}) == "lines+markers"
    line = figures.way_of_drawing({"data": [{"x": xs, "y": ys}]}, data)
    markers = figures.way_of_drawing({"data": [{"x": xs, "y": ys, "mode": "markers"}]}, data)
    assert (line, markers) == ("lines", "markers")
    assert figures.LINE.drawn_by(line) and not figures.SCATTER.drawn_by(line)
    assert figures.SCATTER.drawn_by(markers) and not figures.LINE.drawn_by(markers)
    scatter_and_trend = {"data": [{"x": xs, "y": ys, "mode": "markers"}, {"x": [0, 24], "y": [1, 5], "mode": "lines"}]}
    assert figures.SCATTER.drawn_by(figures.way_of_drawing(scatter_and_trend, data))
    assert figures.way_of_drawing({"data": [{"type": "bar", "x": xs, "y": ys}]}, data) == "bar"
    assert not figures.SCATTER.drawn_by(figures.way_of_drawing(None, data))


def test_a_number_the_browser_rejects_reaches_the_callback_as_none():
    """K-2: the browser finds a number outside a number box's min / max, or off its step, invalid, and
    Dash writes None; Dash's default step "any" allows every number."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="n", type="number", value=5, min=0, max=10, step=0.5), html.Div(id="out")])
    app.callback(Output("out", "children"), Input("n", "value"))(lambda n: repr(n))
    student = opened(app)
    student.type_number("n", 12)
    assert student.get_prop("out", "children") == "None"
    assert "writes value=None" in student.last_action
    student.type_number("n", 1.5)
    assert student.get_prop("out", "children") == "1.5"
    student.type_number("n", 1.3)
    assert student.get_prop("out", "children") == "None"
    assert not browser_rejects(1.25, {"step": "any"}) and not browser_rejects(-7.1, {})
