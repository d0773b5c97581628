"""The `learndash` command as a student meets it: its help, and `learndash run` serving a chapter
that reloads when the student saves it (issue 14)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from learndash.cli import main

ROOT = Path(__file__).parents[2]


def test_every_command_has_a_whole_sentence_in_the_help():
    """`learndash --help` lists every command with a complete line, not one cut at "(e.g."."""
    for group in [[], ["gradescope"]]:
        result = CliRunner().invoke(main, [*group, "--help"], terminal_width=100)
        commands = result.output.split("Commands:")[1]
        assert "(e.g." not in commands and "..." not in commands, commands
    assert all(f"  {name} " in CliRunner().invoke(main, ["--help"]).output for name in ["check", "exercises", "grade", "gradescope", "run"])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def layout_text(port: int) -> str | None:
    """The served layout as JSON text, or None while the server is (re)starting."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-layout", timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def wait_for(condition, seconds: float = 120.0):
    """Poll `condition()` until it returns something truthy (a server start is not instant, and
    each restart imports pandas and plotly again); None if it never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    return None


def test_run_debug_serves_the_chapter_under_its_name_and_reloads_on_save():
    """`learndash run 02` serves chapter 02 as an app named after it, and with --debug (the
    default) a saved edit of the chapter's app.py is served without restarting by hand (the
    reloader polls, so it works where inotify does not)."""
    # A folder of our own rather than tmp_path: another pytest run on the machine may prune old
    # pytest temp folders while the server is still serving from this one.
    with tempfile.TemporaryDirectory(prefix="learndash-run-") as folder:
        serve_edit_and_reload(Path(folder))


def serve_edit_and_reload(tmp_path: Path) -> None:
    chapter = tmp_path / "chapters" / "02_basic_callbacks"
    shutil.copytree(ROOT / "chapters" / "02_basic_callbacks", chapter)
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "learndash.cli", "run", "02", "--port", str(port)],
        cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        first = wait_for(lambda: layout_text(port))
        app_file = chapter / "app.py"
        app_file.write_text(app_file.read_text(encoding="utf-8").replace("initial value", "edited value"), encoding="utf-8")
        reloaded = first and wait_for(lambda: "edited value" in (layout_text(port) or ""))
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert first and "initial value" in first, output
    assert reloaded, output
    assert "Serving Flask app '02_basic_callbacks'" in output
    assert "Restarting with stat" in output
