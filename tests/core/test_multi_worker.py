"""A learndash app under gunicorn with 2 worker processes serves concurrent sessions with zero
errors and zero cross-talk (W-1: the server keeps no per-user state; X-1: each request has its own
`ctx`), and a threaded server survives encoding at the same moment in several threads.

Eight sessions each load the page's JSON and send 20 callback requests with their own values; every
answer must carry exactly the value, trigger and set_props of its own request. gunicorn's default
(sync) workers serve one request at a time and each callback works for 20 ms, so eight concurrent
sessions keep both busy (an instant callback lets one worker take every connection). A few seconds
in all.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

APP = '''
import os
import time
from learndash import Dash, Input, Output, ctx, dcc, html, set_props

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="in", value=""), html.Div(id="out"), html.Div(id="side")])
server = app.server


@app.callback(Output("out", "children"), Input("in", "value"))
def echo(value):
    time.sleep(0.02)  # a callback's own work: a busy worker leaves the next connection to the other
    set_props("side", {"children": f"side:{value}"})
    return {"value": value, "trigger": ctx.triggered_id, "worker": os.getpid()}
'''

SESSIONS = 8
REQUESTS_PER_SESSION = 20


def body_for(value: str) -> bytes:
    return json.dumps({
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": value}],
        "changedPropIds": ["in.value"],
    }).encode()


@pytest.fixture
def gunicorn_url(tmp_path: Path):
    """The URL of the app served by `gunicorn --workers 2` on a free port; stopped afterwards.
    HOME is the test's folder, so gunicorn's control socket never meets another run's."""
    (tmp_path / "workers_app.py").write_text(APP)
    log_path = tmp_path / "gunicorn.log"
    env = {**os.environ, "HOME": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path)}
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", "127.0.0.1:0",
             "--chdir", str(tmp_path), "workers_app:server"],
            env=env, stderr=log,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:  # gunicorn logs its port, then each worker
            text = log_path.read_text()
            listening = re.search(r"Listening at: (http://\S+)", text)
            if listening and text.count("Booting worker") == 2:
                break
            time.sleep(0.05)
        assert listening and text.count("Booting worker") == 2, f"gunicorn did not start two workers:\n{text}"
        yield listening.group(1)
        assert "Traceback" not in log_path.read_text(), log_path.read_text()
    finally:
        server.terminate()
        server.wait(timeout=30)


def run_session(url: str, session: int) -> list[tuple[str, dict]]:
    """One visitor: load the page's JSON, then type REQUESTS_PER_SESSION different values."""
    for path in ("/_dash-layout", "/_dash-dependencies"):
        with urllib.request.urlopen(url + path, timeout=30) as response:
            assert response.status == 200
            json.load(response)
    answers = []
    for number in range(REQUESTS_PER_SESSION):
        value = f"session {session} request {number}"
        request = urllib.request.Request(
            url + "/_dash-update-component", data=body_for(value), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200
            answers.append((value, json.load(response)))
    return answers


def test_two_workers_serve_concurrent_sessions_without_cross_talk(gunicorn_url):
    """W-1, X-1: every answer is its own request's, none fails, and both workers served."""
    with ThreadPoolExecutor(SESSIONS) as pool:
        sessions = list(pool.map(lambda session: run_session(gunicorn_url, session), range(SESSIONS)))
    answers = [answer for session in sessions for answer in session]
    assert len(answers) == SESSIONS * REQUESTS_PER_SESSION
    workers = set()
    for value, answer in answers:
        out = answer["response"]["out"]["children"]
        assert (out["value"], out["trigger"]) == (value, "in")
        assert answer["sideUpdate"] == {"side": {"children": f"side:{value}"}}
        workers.add(out["worker"])
    assert len(workers) == 2


THREADS_ENCODING = """
import threading
from learndash import dcc, html
from learndash.serialize import to_json

layout = html.Div([dcc.Input(id="in", value=""), html.Div(id="out"), html.Div(id="side")])

def encode_often():
    for _ in range(1500):
        to_json(layout)

threads = [threading.Thread(target=encode_often) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
"""


def test_threads_can_encode_components_at_the_same_moment():
    """W-1: a threaded server (Flask's development server, gunicorn --threads) encodes layouts and
    answers in several threads at once. With plotly's orjson engine (orjson 3.8) this killed the
    process with SIGILL; learndash's `to_json` uses the json engine. Run in its own interpreter,
    so a crash fails this test instead of ending the test run."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", THREADS_ENCODING], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
