"""The grading framework: every way a submission can fail gives a clear message, never a crash."""
from __future__ import annotations

import json
import types

import pytest
from click.testing import CliRunner

from learndash.cli import main
from learndash.grading import Grader, check, format_report, grade, grader_for
from learndash.grading.limits import TimeLimitExceeded, time_limit
from learndash.grading.trial import Trial

from .conftest import FAULTS, ROOT, SUBMISSIONS

GREETER = grader_for("02")


def load_error_of(filename: str, *, seconds: float = 1.0) -> str:
    report = grade(GREETER, FAULTS / filename, load_seconds=seconds)
    assert report.score == 0
    assert all(result.status == "skipped" for result in report.results)
    return report.load_error


def test_syntax_error_names_the_line():
    """A file Python cannot parse: the report says so, with the line, and no check runs."""
    message = load_error_of("syntax_error.py")
    assert message.startswith("Syntax error")
    assert "line 4" in message


def test_import_error_names_the_missing_module():
    """An import that fails names the module and suggests checking the spelling."""
    message = load_error_of("import_error.py")
    assert message.startswith("Import error")
    assert "learndash.widgets" in message


def test_a_plotly_dash_app_points_to_learndash():
    """A real Dash app (dash is installed as a test oracle) is refused with the learndash import as the fix."""
    # Importing real Dash for the first time in this process takes more than a second.
    message = load_error_of("uses_real_dash.py", seconds=60.0)
    assert "from learndash import" in message


def test_missing_app_says_how_to_create_it():
    """A module without a module-level `app` is reported, not crashed on."""
    assert "app = Dash(__name__)" in load_error_of("no_app.py")


def test_exception_while_loading_shows_the_students_line():
    """An exception at module level shows its type and the student's own traceback frame."""
    message = load_error_of("raises_at_load.py")
    assert "KeyError" in message and "raises_at_load.py" in message


def test_infinite_loop_at_load_hits_the_time_limit():
    """A module that never finishes loading is stopped by the time limit."""
    assert load_error_of("loops_at_load.py").startswith("Time limit")


def test_sys_exit_at_load_is_reported():
    """sys.exit() in the student's file does not end the grader."""
    assert load_error_of("exits.py").startswith("The file exited")


def test_app_run_at_load_points_to_the_main_guard():
    """app.run() that fails as the file loads (the grader's confinement has no port for it) names the guard."""
    message = load_error_of("runs_at_load.py")
    assert message.startswith("app.run() while loading") and 'if __name__ == "__main__":' in message


def test_infinite_loop_in_a_callback_costs_only_that_check():
    """A callback that never returns is stopped after the check's time limit; other checks still run."""
    looping = types.ModuleType("looping_grader")
    looping.EXERCISE, looping.TITLE, looping.FILE = "xx", "Loop", "x.py"

    @check(weight=1)
    def page_loads(t: Trial) -> None:
        """The page loads."""
        app = t.start()
        t.expect_prop(app, "greeting", "children", "Hello, Dash!")

    @check(weight=1, seconds=0.5)
    def typing_loops(t: Trial) -> None:
        """Typing another name."""
        app = t.start()
        app.set_props("name-input", {"value": "Ada"})

    looping.page_loads, looping.typing_loops = page_loads, typing_loops
    report = grade(Grader.from_module(looping), FAULTS / "loops_in_callback.py")
    assert report.result("page_loads").passed
    stopped = report.result("typing_loops")
    assert stopped.score == 0 and "still busy after 0.5 seconds" in stopped.message


def test_time_limit_is_not_swallowed_by_except_exception():
    """TimeLimitExceeded is a BaseException, so a student's `except Exception` cannot hide a loop."""
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.2):
            while True:
                try:
                    pass
                except Exception:
                    pass


def test_missing_id_costs_each_check_its_own_points_and_names_the_id():
    """Issue 11: no check depends on the layout check, so a wrong id is reported where it matters, not skipped."""
    report = grade(GREETER, SUBMISSIONS / "02" / "wrong_id.py")
    layout = report.result("layout_has_the_components")
    assert not layout.passed
    missing = [part for part in layout.parts if not part.passed][0]
    assert "greet" in missing.actual  # the ids that *are* on the page are listed
    for name in ("greeting_on_page_load", "greeting_follows_the_input"):
        result = report.result(name)
        assert result.status == "failed"
        assert "No component with id 'greeting'" in result.parts[0].actual


def test_a_check_reading_a_missing_component_stops_with_its_id_not_a_grader_error():
    """A grader reading `app.get_prop` of an id the student misspelt: the student reads which id is missing."""

    @check(weight=1)
    def reads_the_greeting(t):
        """Reads the greeting directly."""
        app = t.start()
        t.expect(app.get_prop("greeting", "children") == "Hello, Ada!", what="the greeting")

    from types import SimpleNamespace

    grader = Grader.from_module(SimpleNamespace(EXERCISE="00", TITLE="t", FILE="02_basic_callbacks.py",
                                                reads_the_greeting=reads_the_greeting, __name__="inline"))
    result = grade(grader, SUBMISSIONS / "02" / "wrong_id.py").result("reads_the_greeting")
    assert result.score == 0
    assert "No component with id 'greeting'" in result.message and "grader" not in result.message


def test_a_failed_dependency_skips_the_check_with_one_reason():
    """depends_on is still there for graders that need it: the dependent check is skipped, saying why."""

    @check(weight=1)
    def first(t):
        """The first check."""
        t.expect(False, what="something")

    @check(weight=1, depends_on="first")
    def second(t):
        """The second check."""
        t.expect(True, what="anything")

    from types import SimpleNamespace

    grader = Grader.from_module(SimpleNamespace(EXERCISE="00", TITLE="t", FILE="02_basic_callbacks.py", first=first,
                                                second=second, __name__="inline"))
    report = grade(grader, ROOT / "solutions" / "02_basic_callbacks.py")
    assert report.result("second").status == "skipped"
    assert report.result("second").message == "skipped because check 1 (The first check) failed"


def test_callback_exception_appears_in_the_feedback_with_the_trace():
    """A callback that raises: the failed part shows expected vs actual and the callback trace."""
    report = grade(GREETER, SUBMISSIONS / "02" / "crashes_on_blank.py")
    result = report.result("empty_name_greets_a_stranger")
    assert result.status == "partial"  # "   " works, "" crashes: partial credit inside the check
    text = format_report(report)
    assert "IndexError" in text and "expected: 'Hello, stranger!'" in text and "update_greeting(" in text


def test_partial_credit_is_weight_times_share_of_parts():
    """Two parts of which one passed earn half the weight."""
    report = grade(GREETER, SUBMISSIONS / "02" / "crashes_on_blank.py")
    result = report.result("empty_name_greets_a_stranger")
    assert result.score == pytest.approx(result.weight / 2)


def test_visibility_and_number_are_kept_and_hidden_checks_do_not_block_exit():
    """Gradescope visibilities: a hidden check is reported but not shown or required by `check`."""
    module = types.ModuleType("hidden_grader")
    module.EXERCISE, module.TITLE, module.FILE = "xx", "Hidden", "x.py"

    @check(weight=1, number="2")
    def shown(t: Trial) -> None:
        """Always passes."""
        t.expect(True, what="nothing")

    @check(weight=1, visibility="hidden", number="1")
    def secret(t: Trial) -> None:
        """Always fails."""
        t.expect(False, what="a hidden expectation")

    module.shown, module.secret = shown, secret
    grader = Grader.from_module(module)
    assert [item.name for item in grader.checks] == ["secret", "shown"]
    report = grade(grader, ROOT / "solutions" / "02_basic_callbacks.py")
    assert report.result("secret").visibility == "hidden"
    assert report.all_visible_passed
    assert "a hidden expectation" not in format_report(report)


def test_unknown_visibility_is_refused():
    with pytest.raises(ValueError):
        check(weight=1, visibility="secret")  # type: ignore[arg-type]


def test_cli_check_exit_codes():
    """`learndash check` exits 0 only when every visible check passes."""
    runner = CliRunner()
    passed = runner.invoke(main, ["check", "02", str(ROOT / "solutions" / "02_basic_callbacks.py")])
    assert passed.exit_code == 0, passed.output
    assert "Score: 8/8" in passed.output
    failed = runner.invoke(main, ["check", "2", str(SUBMISSIONS / "02" / "no_stranger.py")])
    assert failed.exit_code == 1
    assert "hint:" in failed.output


def test_cli_check_reports_a_syntax_error_without_a_traceback():
    result = CliRunner().invoke(main, ["check", "02", str(FAULTS / "syntax_error.py")])
    assert result.exit_code == 1
    assert "Syntax error" in result.output and "Traceback" not in result.output


def test_cli_check_json():
    result = CliRunner().invoke(main, ["check", "06", str(ROOT / "solutions" / "06_chained_callbacks.py"), "--json"])
    data = json.loads(result.output)
    assert data["score"] == data["max_score"] == 10


def test_cli_unknown_exercise_lists_the_known_ones():
    result = CliRunner().invoke(main, ["check", "99"])
    assert result.exit_code == 2 and "09a" in result.output


def test_cli_run_lists_the_chapters():
    """`learndash run` with no argument lists the chapters."""
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 0
    for number in ("01", "06", "12"):
        assert f"  {number}  Chapter" in result.output


def test_grading_does_not_import_flask():
    """The grading modules are pure Python: importing them must not need Flask (STYLE: I/O at the edges)."""
    import ast

    for path in (ROOT / "learndash" / "grading").rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(name.split(".")[0] in ("flask", "click", "selenium", "dash") for name in names), path


def test_requirements_are_read_from_the_task_text_with_their_continuation_lines():
    """Issue 11: "- R1: ..." bullets become ids; indented lines continue the requirement before them."""
    from learndash.grading.requirements import requirements_in

    text = "Intro.\n\n- R1: The layout has a box\n  and a div.\n- R2: A callback.\n\nCheck your work."
    assert requirements_in(text) == {"R1": "The layout has a box and a div.", "R2": "A callback."}
    with pytest.raises(ValueError, match="R1 appears twice"):
        requirements_in("- R1: one\n- R1: two")


def test_covers_must_be_a_tuple_of_ids():
    """covers="R1" (a string) would cover "R" and "1": it is refused with the spelling to use."""
    with pytest.raises(TypeError, match=r"covers=\('R1',\)"):
        check(weight=1, covers="R1")
