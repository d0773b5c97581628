"""A BrowserHarness leaves nothing behind: no chromedriver, no Chromium, no profile folder, also
when it is never closed or fails to start (the harness's own contract, not a Dash rule).

Each scenario runs in a fresh interpreter with its own temporary folder, which lists the browser
processes it started (its descendants) and exits; the test then checks they are gone.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

SCENARIO_PRELUDE = """
import json, os, sys
import learndash
from learndash.testing.browser import BrowserHarness

def descendants():
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, stack = [], [os.getpid()]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found

app = learndash.Dash(__name__)
app.layout = learndash.html.Div("hello", id="greeting")
"""

NEVER_CLOSED = SCENARIO_PRELUDE + """
page = BrowserHarness(app)
assert page.text("greeting") == "hello"
print(json.dumps(descendants()))
# exits without page.close()
"""

FAILED_START = SCENARIO_PRELUDE + """
try:
    BrowserHarness(app, url="/", timeout=0.001)  # the page can't be idle within a millisecond
except TimeoutError:
    pass
print(json.dumps(descendants()))
"""


def run_scenario(code: str, tmp_path: Path) -> list[int]:
    """Run `code` in a new interpreter whose temporary folder is `tmp_path`; its printed pids."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def running(pids: list[int]) -> list[int]:
    """The pids that are still live processes (a zombie has ended)."""
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def wait_until_gone(pids: list[int], limit: float = 20.0) -> list[int]:
    """Chromium's last processes end moments after the browser does: wait for them, up to a limit."""
    deadline = time.monotonic() + limit
    while running(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return running(pids)


def test_a_harness_never_closed_leaves_no_browser_process_after_exit(tmp_path):
    """An unclosed BrowserHarness is cleaned up at interpreter exit: chromedriver and every
    Chromium process it had are gone, and so is the profile folder."""
    pids = run_scenario(NEVER_CLOSED, tmp_path)
    assert len(pids) >= 2  # chromedriver and Chromium were running when the interpreter exited
    assert wait_until_gone(pids) == []
    assert list(tmp_path.iterdir()) == []  # the profile, and Chromium's own temporary files in it


def test_a_harness_that_fails_to_start_leaves_nothing(tmp_path):
    """A start that fails after Chromium is up (here: the page is not idle in time) quits it
    before the error reaches the caller."""
    pids = run_scenario(FAILED_START, tmp_path)
    assert wait_until_gone(pids) == []
    assert list(tmp_path.iterdir()) == []


def test_a_long_temporary_folder_still_starts_chromium(tmp_path):
    """Chromium makes a Unix socket under TMPDIR, and a socket's path holds at most 107 bytes:
    under a temporary folder as long as pytest-xdist's, the harness still starts its browser
    (in a folder under /tmp) and leaves nothing behind."""
    deep = tmp_path / ("a-long-temporary-folder-" * 3)
    deep.mkdir()
    pids = run_scenario(NEVER_CLOSED, deep)
    assert wait_until_gone(pids) == []
    assert list(deep.iterdir()) == []
