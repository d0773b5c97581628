"""Odd submission files: each is read as `python FILE` reads it, or refused with a message that says
what is wrong with the file and how to hand it in, never "file not found" at a temporary path."""
from __future__ import annotations

import hashlib
import os
import zipfile

import pytest

from learndash.grading import grade, grader_for
from learndash.grading.classroom import grade_class
from learndash.grading.loading import load_submission
from learndash.grading.workspace import FILE_LIMIT

from .conftest import SOLUTIONS

GREETER = grader_for("02")
APP = 'from learndash import Dash, html\napp = Dash(__name__)\nGREETING = "Olá, café"\napp.layout = html.Div(GREETING)\n'


def load_error(path) -> str:
    """The load error `learndash check` reports for the file at `path` (every check skipped)."""
    report = grade(GREETER, path, load_seconds=5)
    assert report.score == 0 and all(result.status == "skipped" for result in report.results)
    return report.load_error


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cookie", b"# -*- coding: latin-1 -*-\n" + APP.encode("latin-1")),
        ("bom", b"\xef\xbb\xbf" + APP.encode("utf-8")),
        ("plain", APP.encode("utf-8")),
    ],
)
def test_a_file_is_decoded_as_python_decodes_it(tmp_path, name, data):
    """PEP 263: UTF-8 unless a BOM or a coding comment on the first two lines says otherwise; a
    Latin-1 file that says so has its accents, as under `python app.py` (not replacement characters)."""
    path = tmp_path / f"{name}.py"
    path.write_bytes(data)
    assert load_submission(path).module.GREETING == "Olá, café"


@pytest.mark.parametrize(
    ("data", "byte", "line"),
    [
        (b"# a comment\n" + APP.encode("latin-1"), r"b'\xe1'", 4),  # saved as Latin-1 without saying so
        (APP.encode("utf-16"), r"b'\xff'", 1),  # UTF-16, with its byte-order mark
        (b"x = 1\n\x00\x01\x02binary", r"b'\x00'", 2),  # not text at all
    ],
)
def test_a_file_that_is_not_utf8_text_names_the_byte_and_says_how_to_save_it(tmp_path, data, byte, line):
    """Where Python says "(unicode error)" or "cannot contain null bytes", the report names the byte
    and its line, and says to save the file as UTF-8."""
    path = tmp_path / "02_basic_callbacks.py"
    path.write_bytes(data)
    message = load_error(path)
    assert message.startswith("Not Python text: 02_basic_callbacks.py")
    assert f"the byte {byte} on line {line}" in message and "save it as UTF-8" in message


def test_a_coding_comment_naming_no_encoding_is_named(tmp_path):
    """PEP 263: an encoding Python does not know is an error, said with the fix."""
    path = tmp_path / "02_basic_callbacks.py"
    path.write_text("# coding: klingon\n" + APP)
    message = load_error(path)
    assert "unknown encoding: klingon" in message and "save it as UTF-8" in message


def test_a_file_whose_name_does_not_end_in_py_runs_as_python_runs_it(tmp_path):
    """`python app.txt` runs the file whatever its name: so does the loader (importlib alone finds no loader)."""
    path = tmp_path / "app.txt"
    path.write_text(APP)
    assert load_submission(path).module.GREETING == "Olá, café"


def test_a_text_file_that_is_not_python_gets_pythons_error_not_a_grader_error(tmp_path):
    """A notes file handed to `learndash check`: Python's own error for it, with the student's line."""
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    message = load_error(path)
    assert "NameError: name 'hello' is not defined" in message and "not an Exception" not in message


def big_app() -> str:
    """A correct app padded past the grader's file-size limit with a long comment."""
    return (SOLUTIONS / "02_basic_callbacks.py").read_text() + "#" * (FILE_LIMIT + 1) + "\n"


def test_a_file_past_the_size_limit_is_named_with_its_size(tmp_path):
    """The grader copies files of up to FILE_LIMIT: a bigger one is said to be too big, not missing."""
    path = tmp_path / "02_basic_callbacks.py"
    path.write_text(big_app())
    message = load_error(path)
    assert message.startswith("File not copied: 02_basic_callbacks.py is 5.0 MB, more than the 5 MB")
    assert "learndash-grade-" not in message


def test_in_a_class_a_linked_or_huge_file_is_named_and_what_a_link_points_at_is_never_read(tmp_path):
    """A student's folder may hold a symlink (a git checkout can): the grader neither runs nor reads
    what it points at (here a secret of the grading machine), and says why the file got 0."""
    secret = tmp_path / "instructor_only.txt"
    secret.write_text("s3cret")
    linked = tmp_path / "class" / "linked"
    linked.mkdir(parents=True)
    (linked / "02_basic_callbacks.py").symlink_to(secret)
    huge = tmp_path / "class" / "huge"
    huge.mkdir()
    (huge / "02_basic_callbacks.py").write_text(big_app())
    with zipfile.ZipFile(tmp_path / "class" / "zipped_huge.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("exercises/02_basic_callbacks.py", big_app())
    run = grade_class(tmp_path / "class", out=tmp_path / "grades", exercises=["02"])
    graded = {item.student: item for item in run.graded}
    assert graded["linked"].report.load_error.startswith("File not copied: 02_basic_callbacks.py is a link (symlink)")
    assert graded["linked"].digest != hashlib.sha256(b"s3cret").hexdigest()  # the target was not even read
    assert "is 5.0 MB" in graded["huge"].report.load_error
    assert "is 5.0 MB" in graded["zipped_huge"].report.load_error  # a zip is unpacked like a folder, not "missing"
    assert all(item.report.score == 0 and item.file for item in graded.values())


def test_an_exception_at_load_whose_str_raises_is_named_by_its_type(tmp_path):
    """The child that loads the file reports the student's exception, not one of its own."""
    path = tmp_path / "02_basic_callbacks.py"
    path.write_text("class Odd(Exception):\n    def __str__(self):\n        raise RuntimeError\n\nraise Odd()\n")
    message = load_error(path)
    assert message.startswith("Error while loading: 02_basic_callbacks.py raised Odd: <str() of this Odd raised RuntimeError>")


def test_a_path_that_is_not_a_regular_file_is_named_so(tmp_path):
    """A named pipe (or /dev/stdin) is not a file the grader copies: said so, not "File not found"."""
    path = tmp_path / "02_basic_callbacks.py"
    os.mkfifo(path)
    assert load_error(path).startswith("File not copied: 02_basic_callbacks.py is not a regular file")


def test_a_data_file_left_out_for_its_size_is_named_where_the_app_fails_to_find_it(tmp_path):
    """The student can see data.csv beside their file; the report says why their app could not,
    and shows the traceback in their folder, not in the grader's temporary copy."""
    (tmp_path / "data.csv").write_text("a,b\n" + "1,2\n" * (FILE_LIMIT // 4 + 1))
    (tmp_path / "data").mkdir()  # a folder whose name the message holds too: not a left-out file
    path = tmp_path / "02_basic_callbacks.py"
    path.write_text('rows = open("data.csv").read()\n' + (SOLUTIONS / "02_basic_callbacks.py").read_text())
    message = load_error(path)
    assert "No such file or directory: 'data.csv'" in message
    assert f'File "{path}", line 1' in message and "learndash-grade-" not in message
    assert message.endswith("data.csv was not copied for grading: data.csv is 5.0 MB, more than the 5 MB the grader "
                            "copies of one file. Make it smaller: a .py file can read its data from a data file, and a "
                            "data file can keep only the rows and columns the app uses.")
    assert "\ndata was not copied" not in message


@pytest.mark.parametrize(
    ("key", "handed_in", "named"),
    [
        ("02", ["02_basic_callbacks (1).py"], "02_basic_callbacks (1).py"),  # a second download
        ("02", ["sub/02_Basic_Callbacks.py"], "02_Basic_Callbacks.py"),  # made where case does not count
        ("02", ["02_basic_callbacks.py.txt", "notes.txt"], "02_basic_callbacks.py.txt"),
        ("05", ["05b_no_update.py", "04_multiple_inputs.py"], ""),  # other exercises' own files are not it
    ],
)
def test_a_missing_file_names_the_misnamed_file_that_is_probably_it(tmp_path, key, handed_in, named):
    """A file that is not there scores 0 (the grader never guesses), and the message names the
    student's file with this exercise's number and a close name, if any, with the exact name to use."""
    folder = tmp_path / "class" / "ada"
    for name in handed_in:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("x = 1\n")
    run = grade_class(tmp_path / "class", out=tmp_path / "grades", exercises=[key])
    (graded,) = run.graded
    expected = grader_for(key).exercise_file
    message = graded.report.load_error
    assert graded.ending == "missing" and message.startswith(f"No file named {expected} was found in your submission.")
    hint = f" It has {named}: if that is this exercise, name it {expected} exactly."
    assert message.endswith(hint) if named else " It has " not in message
