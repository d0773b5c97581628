"""Graph-aware diagnostics: what is wrong with the callbacks, said once, at the top of the report."""
from __future__ import annotations

from learndash.grading import format_report, grade, grader_for
from learndash.grading.diagnostics import diagnose, written_outputs
from learndash.grading.loading import load_submission
from learndash.testing import AppHarness

from .conftest import SOLUTIONS, SUBMISSIONS

GREETER_OUTPUTS = ["greeting.children"]


def diagnostics_of(tmp_path, source: str, expected=GREETER_OUTPUTS) -> tuple[str, ...]:
    path = tmp_path / "app.py"
    path.write_text("from learndash import Dash, Input, Output, State, dcc, html\napp = Dash(__name__)\n" + source)
    app = load_submission(path).app
    return diagnose(lambda: AppHarness(app, raise_on_error=False), expected_outputs=expected)


def test_an_input_id_not_in_the_layout_suggests_the_close_one(tmp_path):
    """V-3: an Input id missing from the layout is named, with 'Did you mean' the id that is there."""
    found = diagnostics_of(tmp_path, """
app.layout = html.Div([dcc.Slider(id="year-slider", min=1, max=2, value=1), html.Div(id="greeting")])
@app.callback(Output("greeting", "children"), Input("year-slidr", "value"))
def show(year):
    return str(year)
""")
    assert found[0].startswith("ID not found in layout")
    assert "Did you mean 'year-slider'?" in found[0]


def test_an_output_nobody_writes_is_named(tmp_path):
    """An output the exercise needs that no callback writes gets its own line, with the close one."""
    found = diagnostics_of(tmp_path, """
app.layout = html.Div([dcc.Input(id="name-input", value="x"), html.Div(id="greet")])
@app.callback(Output("greet", "children"), Input("name-input", "value"))
def show(name):
    return name
""")
    assert len(found) == 1
    assert "nothing in your app writes greeting.children" in found[0]
    assert "Did you mean 'greet.children'?" in found[0]


def test_a_cycle_is_named(tmp_path):
    """C-9: two callbacks that trigger each other are reported as a cycle."""
    found = diagnostics_of(tmp_path, """
app.layout = html.Div([dcc.Input(id="a", value=1), dcc.Input(id="b", value=1), html.Div(id="greeting")])
@app.callback(Output("b", "value"), Input("a", "value"))
def one(a):
    return a
@app.callback(Output("a", "value"), Input("b", "value"))
def two(b):
    return b
""", expected=[])
    assert any(line.startswith("Circular Dependencies") and "a.value" in line for line in found)


def test_a_callback_that_raises_on_load_is_named(tmp_path):
    """A callback that raises while the page loads: its name, the error, and the student's line."""
    found = diagnostics_of(tmp_path, """
app.layout = html.Div([dcc.Input(id="name-input", value=""), html.Div(id="greeting")])
@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def show(name):
    return name[0]
""")
    assert any("show()" in line and "IndexError" in line for line in found)


def test_a_correct_app_has_no_diagnostics():
    app = load_submission(SOLUTIONS / "02_basic_callbacks.py").app
    assert diagnose(lambda: AppHarness(app, raise_on_error=False), expected_outputs=GREETER_OUTPUTS) == ()


def test_reference_outputs_are_read_from_the_solution_in_a_child():
    """The reference solution runs in a child like any app; what it writes names the missing output."""
    report = grade(grader_for("02"), SUBMISSIONS / "02" / "wrong_id.py", reference=SOLUTIONS / "02_basic_callbacks.py")
    assert any("greeting.children" in line and "Did you mean 'greet.children'" in line for line in report.diagnostics)
    without = grade(grader_for("02"), SUBMISSIONS / "02" / "wrong_id.py", reference=SOLUTIONS / "no_such_file.py")
    assert not any("Output nobody writes" in line for line in without.diagnostics)
    assert "life-graph.figure" in written_outputs(load_submission(SOLUTIONS / "03_slider_graph.py").app.callback_registry)


def test_the_report_shows_diagnostics_before_the_checks():
    """`learndash check` prints the diagnostics above the first check line."""
    report = grade(grader_for("02"), SUBMISSIONS / "02" / "wrong_id.py", expected_outputs=GREETER_OUTPUTS)
    text = format_report(report)
    assert text.index("Output nobody writes") < text.index("[PART] 1.")


def test_a_class_run_names_the_output_nobody_writes_from_the_reference_it_grades(tmp_path):
    """In a class run each reference is graded once, and the page its grading opens first tells what
    it writes: a student whose callback writes another id reads the diagnostic, the reference scores full."""
    from learndash.grading.classroom import grade_class

    (tmp_path / "class" / "renamed").mkdir(parents=True)
    renamed = (SOLUTIONS / "02_basic_callbacks.py").read_text().replace('"greeting"', '"greet"')
    (tmp_path / "class" / "renamed" / "02_basic_callbacks.py").write_text(renamed)
    run = grade_class(tmp_path / "class", out=tmp_path / "grades", exercises=["02"], solutions=SOLUTIONS)
    assert run.warnings == []
    (graded,) = run.graded
    assert any("nothing in your app writes greeting.children" in line for line in graded.report.diagnostics)
