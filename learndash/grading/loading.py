"""Loading a student's app file by path, turning every way it can fail into a message a student can act on.

Loading is kept apart from running checks on purpose: a submission is loaded only in the confined
child that serves its app (`child.py`), never in the grading process that runs the checks. Every
load goes through this one function, so the messages are the same everywhere.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import itertools
import sys
import tokenize
import traceback
from dataclasses import dataclass
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

from learndash.callbacks import PENDING_GLOBAL_CALLBACKS
from learndash.grading.limits import TimeLimitExceeded, time_limit
from learndash.quote import exception_text

_load_numbers = itertools.count(1)

#: How much of the student's printed output a report keeps.
OUTPUT_LIMIT = 4_000


class SubmissionError(Exception):
    """The student's file could not be turned into a running app; the message says why and how to fix it."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(f"{title}: {message}")
        self.title = title
        self.message = message


@dataclass(frozen=True)
class Submission:
    """A student's file, loaded: its module, its `app`, and what it printed while loading."""

    path: Path
    module: ModuleType
    app: object
    output: str


def load_submission(path: str | Path, *, seconds: float | None = 10.0, module_name: str | None = None) -> Submission:
    """Execute the file at `path` as a fresh module and return its module-level `app`.

    `module_name` names the module (and so the app made with `Dash(__name__)`); by default each
    load gets a fresh `learndash_submission_<n>`.

    Every call runs the file again in a new module, so one check cannot see the globals another
    check's run has changed. Raises `SubmissionError` for: a missing file, a syntax error, an
    import error, any other exception while the module runs, a run past `seconds`, and a module
    with no `app = Dash(__name__)`.
    """
    path = Path(path).resolve()
    if not path.is_file():
        raise SubmissionError("File not found", f"There is no file at {path}.")
    source = read_source(path)
    try:
        code = compile(source, str(path), "exec")
    except SyntaxError as error:
        raise SubmissionError("Syntax error", _describe_syntax_error(error)) from None

    module_name = module_name or f"learndash_submission_{next(_load_numbers)}"
    # The loader is named, as `python app.txt` runs a file whatever its name ends with; asked to
    # guess from the suffix, importlib finds no loader for a name not ending in .py.
    spec = importlib.util.spec_from_file_location(module_name, path, loader=SourceFileLoader(module_name, str(path)))
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    printed = io.StringIO()
    # Global `@callback`s wait in a pending list until an app adopts them. Only this load's may be
    # there when its app starts, or a previous load's callbacks would be adopted twice.
    PENDING_GLOBAL_CALLBACKS.clear()
    sys.modules[module_name] = module
    sys.path.insert(0, str(path.parent))
    try:
        with contextlib.redirect_stdout(printed), time_limit(seconds):
            exec(code, module.__dict__)
    except TimeLimitExceeded:
        raise SubmissionError(
            "Time limit",
            f"Running {path.name} took longer than {seconds:g} seconds before the app was even "
            "created. Look for a loop at module level that never ends, or a call to app.run() "
            'that is not inside `if __name__ == "__main__":`.',
        ) from None
    except ImportError as error:
        raise SubmissionError("Import error", _describe_import_error(error, path)) from None
    except MemoryError:
        raise SubmissionError(
            "Memory limit",
            f"{path.name} raised MemoryError while loading: it asked for more memory than the limit allows"
            f"{_memory_limit_text()}. Look for a huge list or array built at the top level of your file.",
        ) from None
    except SystemExit:
        raise SubmissionError(
            "The file exited",
            f"{path.name} called sys.exit() (or exit()) while loading. Remove that call: the "
            "grader needs the module to finish loading so it can use `app`.",
        ) from None
    except Exception as error:  # the student's module raised: report it, never crash the grader
        if _raised_inside_run(error):  # the server cannot start in the grader's confinement, so it fails
            raise SubmissionError("app.run() while loading", RUN_AT_LOAD.format(name=path.name)) from None
        raise SubmissionError(
            "Error while loading",
            f"{path.name} raised {type(error).__name__}: {exception_text(error)}\n{_student_frames(error, path)}",
        ) from None
    finally:
        sys.path.remove(str(path.parent))
        sys.modules.pop(module_name, None)

    app = module.__dict__.get("app")
    if app is None:
        raise SubmissionError(
            "No app",
            f"{path.name} ran, but it defines no module-level `app`. Create it at the top level, "
            "outside any function: `app = Dash(__name__)`.",
        )
    if type(app).__module__.split(".")[0] == "dash":
        raise SubmissionError(
            "Plotly Dash instead of learndash",
            f"`app` in {path.name} is a Plotly Dash app. The course grades learndash apps (they run on "
            "Dash unchanged but for the import line): write `from learndash import Dash, html, dcc, Input, Output`.",
        )
    if not hasattr(app, "layout") or not hasattr(app, "callback"):
        raise SubmissionError(
            "Not a Dash app",
            f"`app` in {path.name} is a {type(app).__name__}, not a Dash app. Write "
            "`app = Dash(__name__)` (with `from learndash import Dash`).",
        )
    return Submission(path=path, module=module, app=app, output=printed.getvalue()[:OUTPUT_LIMIT])


def read_source(path: Path) -> str:
    """The text of a Python file, decoded as Python decodes it (PEP 263): UTF-8, unless a UTF-8 BOM or a
    `# -*- coding: latin-1 -*-` comment on its first two lines says otherwise.

    A file that is not text in that encoding (binary data, a file saved as Latin-1 or UTF-16 without
    saying so) is a `SubmissionError` naming the first byte that is not, and saying how to save it.
    """
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        problem = ""
    except SyntaxError as error:  # the first two lines are not UTF-8, or name an encoding Python does not know
        encoding, problem = "utf-8", error.msg
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _not_text(path, data, error.start, f"is not how {encoding.upper()} writes a character") from None
    if problem:
        raise SubmissionError("Not Python text", f"{path.name}: {problem}. {SAVE_AS_UTF8}")
    if "\0" in text:  # a binary file: Python refuses any null byte in source code
        raise _not_text(path, data, data.index(b"\0"), "is a null byte, which text never holds")
    return text


def _not_text(path: Path, data: bytes, position: int, why: str) -> SubmissionError:
    """The error for a file whose byte at `position` is not text: which byte, on which line."""
    line = data[:position].count(b"\n") + 1
    return SubmissionError(
        "Not Python text",
        f"{path.name} is not a text file Python can read: the byte {data[position:position + 1]!r} on line {line} "
        f"{why}. Is this the .py file you wrote? {SAVE_AS_UTF8}",
    )


SAVE_AS_UTF8 = (
    "Python reads a .py file as UTF-8 (unless its first line names another encoding): save it as UTF-8 "
    "text in your editor (e.g. VS Code: 'Save with Encoding' > 'UTF-8')."
)


def _memory_limit_text() -> str:
    """' (1,536 MB)' when this process has an address-space limit, else ''."""
    import resource

    limit, _ = resource.getrlimit(resource.RLIMIT_AS)
    return "" if limit == resource.RLIM_INFINITY else f" ({limit // (1024 * 1024):,} MB)"


def _describe_syntax_error(error: SyntaxError) -> str:
    """'line 12: invalid syntax' plus the offending line with a caret under the column."""
    where = f"line {error.lineno}" if error.lineno else "somewhere in the file"
    lines = [f"Python could not read your file ({where}): {error.msg}."]
    if error.text:
        lines.append("    " + error.text.rstrip("\n"))
        if error.offset:
            lines.append("    " + " " * (error.offset - 1) + "^")
    lines.append("Fix this line (look at the line above it too: a missing bracket or colon often shows up one line late).")
    return "\n".join(lines)


def _describe_import_error(error: ImportError, path: Path) -> str:
    """Name the missing module or name, and point at the import learndash expects."""
    missing = error.name or str(error)
    text = f"{path.name} could not import {missing!r}: {error}."
    if missing == "dash" or (error.name or "").startswith("dash"):
        text += " In this course the framework is learndash: write `from learndash import Dash, html, dcc, Input, Output`."
    else:
        text += " Check the spelling of the import, and that the package is installed."
    return text


RUN_AT_LOAD = (
    "{name} calls app.run() as it loads, which starts a web server there and then (here it failed to "
    "start, inside the grader's confinement). Anything that imports your file (the grader, a test, a "
    'production server) needs it to finish loading: put the call under `if __name__ == "__main__":`, '
    "so it runs only when you start the file yourself."
)


def _raised_inside_run(error: BaseException) -> bool:
    """True when `error` came out of Dash.run / run_server (a call at the top of the student's file)."""
    app_file = str(Path(__file__).resolve().parent.parent / "app.py")
    return any(frame.filename == app_file and frame.name in ("run", "run_server")
               for frame in traceback.extract_tb(error.__traceback__))


def _student_frames(error: BaseException, path: Path) -> str:
    """The traceback lines that belong to the student's file, so the grader's own frames stay out of view."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == str(path)]
    return "".join(traceback.format_list(frames)).rstrip()
