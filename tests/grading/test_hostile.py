"""Hostile submissions: each ends with its honest score (or zero) and a clear message, and the rest of
the class is graded exactly as without them.

One class of exercise 02 is graded once (about 15 s): two honest students, the stub, and one
student per attack. Each attack is the reference solution (or the stub) plus a few lines.
"""
from __future__ import annotations

import gc
import json
import math
import os
import shutil
import socket
import tempfile
import time

import pytest

from learndash.grading.channel import Channel
from learndash.grading.classroom import grade_class
from learndash.grading.gradebook import gradescope_results, read_submissions
from learndash.grading.sandbox import PRIVATE_UID, Limits
from learndash.grading.sandbox_transport import ChildStopped, parse_observation
from learndash.protocol import CONTAINER_LIMIT

from .conftest import FAULTS, ROOT, SOLUTIONS, SUBMISSIONS

STUB = (ROOT / "exercises" / "02_basic_callbacks.py").read_text()
SOLUTION = (SOLUTIONS / "02_basic_callbacks.py").read_text()
SECRET = "s3cret-token-of-the-instructor"


def on_blank(action: str) -> str:
    """The solution, doing `action` instead of greeting a stranger (so checks 1-3 pass, check 4 meets it)."""
    return "import os, signal\n" + SOLUTION.replace('return "Hello, stranger!"', action)


PATCHES_THE_GRADER = STUB + '''
import learndash.grading.checks as checks
import learndash.grading.report as report
import learndash.grading.runner as runner
import learndash.grading.trial as trial

trial.Trial.expect = lambda self, passed, **kw: self.parts.append(trial.Part(what="x", passed=True)) or True
trial.Trial.fraction = lambda self, planned: 1.0
runner.grade_in_child = lambda *args, **kwargs: None
report.Report.score = property(lambda self: 8.0)
checks.Grader.max_score = property(lambda self: 8.0)
'''

FAKE_REPORT = json.dumps({"score": 8, "max_score": 8, "results": [{"name": "layout_has_the_components", "score": 1}]})

WRITES_EVERY_DESCRIPTOR = STUB + f'''
import os
for fd in range(1024):
    try:
        os.write(fd, {FAKE_REPORT.encode()!r})
    except OSError:
        pass
'''

WRITES_A_DEEPLY_NESTED_ANSWER = STUB + '''
import os, struct
payload = b"[" * 200_000 + b"]" * 200_000
for fd in range(3, 64):
    try:
        os.write(fd, struct.pack(">I", len(payload)) + payload)
    except OSError:
        pass
'''

def forging_update_answers(answer: dict) -> str:
    """The solution, replacing the child's answer to every callback request by `answer`."""
    return SOLUTION + f"""
import learndash.grading.child
_serve = learndash.grading.child._serve_wire
learndash.grading.child._serve_wire = lambda server, op, body: {answer!r} if op == "update" else _serve(server, op, body)
"""


def forging_every_answer(text: str) -> str:
    """The solution, replacing the child's JSON writer so that every answer's body is `text`."""
    return SOLUTION + f"\nimport learndash.grading.child\nlearndash.grading.child.dumps = lambda value: {text}\n"


PRINTS_A_FAKE_REPORT = STUB + f'''
import os, sys
print({FAKE_REPORT!r})
os.write(1, {FAKE_REPORT.encode()!r})
os.write(2, {FAKE_REPORT.encode()!r})
sys.stdout.flush()
'''

PRINTS_100_MB = SOLUTION + '''
import os
for _ in range(100):
    try:
        os.write(1, b"x" * 1024 * 1024)
    except OSError as error:
        print("write stopped:", error)
        break
'''


def probe(statements: str) -> str:
    """The solution, plus module-level code that prints what each attempt achieved."""
    return SOLUTION + "\nimport os, glob, _socket, socket\n" + statements


@pytest.fixture(scope="module")
def attack(tmp_path_factory):
    """Grade the hostile class; return (graded by student, the host paths the attacks aimed at, listeners)."""
    root = tmp_path_factory.mktemp("hostile")
    solutions = root / "solutions"
    shutil.copytree(SOLUTIONS, solutions)
    classmate = root / "class" / "correct" / "02_basic_callbacks.py"
    tcp = socket.create_server(("127.0.0.1", 0))
    unix_path = str(root / "listener.sock")
    unix = socket.socket(socket.AF_UNIX)
    unix.bind(unix_path)
    unix.listen()
    abstract = socket.socket(socket.AF_UNIX)
    abstract_name = f"\0learndash-hostile-{tcp.getsockname()[1]}"
    abstract.bind(abstract_name)
    abstract.listen()
    for listener in (tcp, unix, abstract):
        listener.setblocking(False)
    targets = {
        "solution": solutions / "02_basic_callbacks.py",
        "new_solution": solutions / "99_planted.py",
        "classmate": classmate,
        "beside_classmate": classmate.parent / "planted.py",
    }
    workspaces = f"{tempfile.gettempdir()}/learndash-grade-*/*"  # every run's, as seen from the child
    reads = "".join(
        f"try:\n    print('READ', {str(path)!r}, open({str(path)!r}).read()[:80])\nexcept OSError as error:\n    print('BLOCKED', type(error).__name__)\n"
        for path in (targets["solution"], classmate, "/root/.bashrc", "/proc/self/environ", "/proc/1/environ")
    ) + f"print('SIBLINGS', sorted(glob.glob('../*')), sorted(glob.glob({workspaces!r})))\n"
    writes = "".join(
        f"try:\n    open({str(path)!r}, 'w').write('planted')\n    print('WROTE', {str(path)!r})\nexcept OSError as error:\n    print('BLOCKED', type(error).__name__)\n"
        for path in (targets["solution"], targets["new_solution"], targets["beside_classmate"], "../escaped.py")
    )
    sockets = f'''
for family, address in ((_socket.AF_INET, ("127.0.0.1", {tcp.getsockname()[1]})), (_socket.AF_UNIX, {unix_path!r}),
                        (_socket.AF_UNIX, {abstract_name!r})):
    try:
        raw = _socket.socket(family, _socket.SOCK_STREAM)
        raw.connect(address)
        print("CONNECTED", address)
    except OSError as error:
        print("BLOCKED", type(error).__name__)
try:
    socket.socket(socket.AF_UNIX).connect({unix_path!r})
    print("CONNECTED through socket.socket")
except OSError as error:
    print("BLOCKED", error)
'''
    students = {
        "correct": SOLUTION,
        "wrong_id": (SUBMISSIONS / "02" / "wrong_id.py").read_text(),
        "stub": STUB,
        "patches_the_grader": PATCHES_THE_GRADER,
        "writes_every_descriptor": WRITES_EVERY_DESCRIPTOR,
        "writes_a_deeply_nested_answer": WRITES_A_DEEPLY_NESTED_ANSWER,
        "prints_a_fake_report": PRINTS_A_FAKE_REPORT,
        "exits_at_import": STUB + "\nimport os\nos._exit(0)\n",
        "exits_in_a_callback": on_blank("os._exit(0)"),
        "kills_its_parent": STUB + "\nimport os\nos.kill(os.getppid(), 9)\nos.killpg(os.getpgrp(), 9)\n",
        "kills_every_process_it_can": on_blank("os.kill(-1, signal.SIGKILL)"),
        "forks_many": (FAULTS / "forks_many.py").read_text(),
        "reads_files": probe(reads),
        "writes_files": probe(writes),
        "uses_sockets": probe(sockets),
        "prints_100_mb": PRINTS_100_MB,
        "fills_its_folder": probe(
            "written = 0\nfor number in range(500):\n    try:\n        open(f'junk{number}.bin', 'wb').write(b'x' * 1024 * 1024)\n"
            "        written += 1\n    except OSError as error:\n        print('STOPPED', error.strerror)\n        break\nprint('WRITTEN', written)\n"
        ),
        "keyboard_interrupt_in_a_callback": on_blank("raise KeyboardInterrupt"),
        "base_exception_in_a_callback": on_blank("raise BaseException('not an Exception')"),
        "nan_in_a_callback": on_blank("return float('nan')"),
        "raises_a_huge_message": on_blank("raise ValueError('x' * 5_000_000)"),
        "returns_40_mb": on_blank("return 'x' * 40_000_000"),
        "answers_nested_too_deep": forging_every_answer("'[' * 100_000 + ']' * 100_000"),
        "answers_millions_of_lists": forging_every_answer(f"'[' + '[],' * {CONTAINER_LIMIT + 10} + '[]]'"),
        "answers_an_error_that_is_a_list": forging_update_answers({"status": 500, "json": '{"error": [1]}'}),
        "clientside_answers_too_deep": SOLUTION.replace('html.Div(id="greeting"),', 'html.Div(id="greeting"), html.Div(id="deep"),') + """
app.clientside_callback("function (name) { var v = name; for (var i = 0; i < 5000; i++) v = [v]; return v; }",
                        Output("deep", "children"), Input("name-input", "value"))
""",
        # Array buffers live outside V8's heap limit: without the confinement this kept 1 GB (bounded
        # here; unbounded, a loop takes the grading machine's memory).
        "clientside_fills_array_buffers": SOLUTION.replace('html.Div(id="greeting"),', 'html.Div(id="greeting"), html.Div(id="kept"),') + """
app.clientside_callback("function (name) { window.kept = []; for (var i = 0; i < 20; i++) window.kept.push(new Uint8Array(5e7).fill(1));"
                        " return window.kept.length; }",
                        Output("kept", "children"), Input("name-input", "value"))
""",
    }
    for student, source in students.items():
        (root / "class" / student).mkdir(parents=True)
        (root / "class" / student / "02_basic_callbacks.py").write_text(source)
    out = root / "grades"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEARNDASH_TEST_SECRET", SECRET)
        run = grade_class(root / "class", out=out, exercises=["02"], solutions=solutions,
                          limits=Limits(check_seconds=2, load_seconds=2, submission_seconds=20))
    connections = []
    for listener in (tcp, unix, abstract):
        try:
            connections.append(listener.accept())
        except BlockingIOError:
            pass
        listener.close()
    return {item.student: item for item in run.graded}, targets, connections, out


def printed(item) -> str:
    """What a submission printed: at load (kept in its report) and straight to its file descriptors."""
    return item.report.output + item.output


EXPECTED = {
    "correct": 8, "wrong_id": 0.6, "stub": 1,
    "patches_the_grader": 1, "prints_a_fake_report": 1, "exits_at_import": 0, "exits_in_a_callback": 6,
    "kills_its_parent": 0, "kills_every_process_it_can": 6, "forks_many": 8, "reads_files": 8, "writes_files": 8,
    "uses_sockets": 8, "prints_100_mb": 8, "fills_its_folder": 8, "keyboard_interrupt_in_a_callback": 6,
    "base_exception_in_a_callback": 6, "nan_in_a_callback": 6, "raises_a_huge_message": 6, "returns_40_mb": 6,
    "answers_nested_too_deep": 0, "answers_millions_of_lists": 0, "answers_an_error_that_is_a_list": 1,
    "clientside_answers_too_deep": 8, "clientside_fills_array_buffers": 8,
}


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_each_submission_gets_its_honest_score(attack, student):
    """Nothing a submission does changes a verdict: replacing the grader's functions or classes, a fake
    report on stdout, killing its parent or every process it can see, forking, a flood of output."""
    graded = attack[0]
    assert graded[student].score == pytest.approx(EXPECTED[student], abs=0.01)
    assert graded[student].report.isolation == PRIVATE_UID


@pytest.mark.parametrize("student", ["writes_every_descriptor", "writes_a_deeply_nested_answer"])
def test_writing_into_the_pipe_to_the_grading_process_scores_at_most_the_honest_score(attack, student):
    """Garbage, or a well-formed message of JSON nested 200,000 deep, written into the pipe to the
    grading process ends that child, with a message; the grading process carries on."""
    report = attack[0][student].report
    assert report.score <= 1
    assert report.load_error or all(result.message for result in report.results if not result.passed)


@pytest.mark.parametrize(
    ("student", "words"),
    [
        ("answers_nested_too_deep", "JSON nested deeper than the parser follows"),
        ("answers_millions_of_lists", f"lists and objects in one answer, over the limit of {CONTAINER_LIMIT:,}"),
    ],
)
def test_an_answer_the_grading_process_would_choke_on_is_refused_unread(attack, student, words):
    """A child forging answers too deep for the parser, or too large to parse in reasonable time, is
    told so in every check, instead of an error blamed on the grader or minutes of the grading
    process's time taken from the rest of the class."""
    results = attack[0][student].report.results
    assert all(words in result.message and "grader's code" not in result.message for result in results)


def test_an_error_body_of_the_wrong_shape_is_a_callback_error(attack):
    """`{"error": [1]}` for every callback: each call is a failed callback, as on Dash's page (whose
    renderer reads no message from it), not an AttributeError blamed on the grader."""
    report = attack[0]["answers_an_error_that_is_a_list"].report
    assert not any("grader's code" in result.message for result in report.results)
    assert "Callback error updating greeting.children" in report.diagnostics[0]


def test_javascript_run_by_the_grading_process_answers_as_untrusted_data(attack):
    """A clientside function (run in the grading process's V8, C-10) returning a value nested 5,000
    deep: a callback error in its own Output, the greeting's checks untouched."""
    report = attack[0]["clientside_answers_too_deep"].report
    assert any("nested deeper than the parser follows" in message for message in report.diagnostics)


def test_javascript_run_by_the_grading_process_cannot_take_memory_outside_its_heap_limit(attack):
    """Array buffers and WebAssembly memory are not counted by V8's heap limit, so a grader's engine
    has no constructors for them: the function fails in its own Output, the greeting's checks untouched."""
    report = attack[0]["clientside_fills_array_buffers"].report
    assert any("Uint8Array is not defined" in message for message in report.diagnostics)


def test_an_observation_nested_too_deep_is_refused_unread():
    """Refused with a message, and the garbage collector (paused while the grading process parses
    an answer) runs again afterwards."""
    with pytest.raises(ChildStopped, match="nested deeper than the parser follows"):
        parse_observation({"observed": True, "json": "[" * 100_000 + "]" * 100_000})
    assert gc.isenabled()


def test_an_answer_waiting_in_the_pipe_past_the_deadline_is_read():
    """The grading process may have been too busy to look in time (parsing another child's answer,
    holding the interpreter): an answer the child had written is read, not blamed as a time-out."""
    read_fd, write_fd = os.pipe()
    channel = Channel(read_fd, write_fd)
    try:
        channel.send({"status": 200})
        assert channel.receive(deadline=time.monotonic() - 60) == {"status": 200}
    finally:
        channel.close()


def test_a_child_that_ends_while_loading_says_how(attack):
    assert "ended abruptly (exit code 0)" in attack[0]["exits_at_import"].report.load_error


def test_signals_cannot_reach_outside_the_childs_pid_namespace(attack):
    """The student's code is pid 1 of its own pid namespace: its parent is not there to kill (getppid()
    is 0), and the signal it sends its own group is ignored as every signal from inside is by pid 1."""
    assert "ProcessLookupError" in attack[0]["kills_its_parent"].report.load_error


@pytest.mark.parametrize(
    ("student", "words"),
    [
        ("exits_in_a_callback", "ended abruptly (exit code 0)"),
        ("keyboard_interrupt_in_a_callback", "KeyboardInterrupt"),
        ("base_exception_in_a_callback", "BaseException"),
    ],
)
def test_a_callback_that_leaves_abnormally_costs_only_its_check(attack, student, words):
    results = attack[0][student].report.results
    assert [result.status for result in results] == ["passed", "passed", "passed", "error"]
    assert words in results[3].message


def test_the_child_reads_nothing_but_its_own_folder(attack):
    """No reference solution, no classmate's file (original or staged), no instructor's home or environment."""
    output = printed(attack[0]["reads_files"])
    assert "READ" not in output.replace("READ /proc/self/environ", "").replace("READ /proc/1/environ", "")
    assert SECRET not in json.dumps(attack[0]["reads_files"].to_dict())
    siblings = output.split("SIBLINGS", 1)[1]
    assert siblings.count("staged") == 2  # its own folder only, seen from that folder and from the workspaces' folder


def test_the_child_writes_nothing_outside_its_folder(attack):
    _, targets, _, _ = attack
    assert targets["solution"].read_text() == (SOLUTIONS / "02_basic_callbacks.py").read_text()
    assert not targets["new_solution"].exists() and not targets["beside_classmate"].exists()
    assert "WROTE" not in printed(attack[0]["writes_files"])


def test_the_childs_folder_is_a_scratch_folder_of_bounded_size(attack):
    """Its folder is memory-backed and bounded (4 x the file-size limit): the host's disk never fills."""
    output = printed(attack[0]["fills_its_folder"])
    assert "STOPPED No space left on device" in output
    assert int(output.split("WRITTEN")[1].split()[0]) <= 64


def test_the_child_has_no_network_not_even_unix_sockets(attack):
    """TCP to localhost, a Unix socket file and an abstract Unix socket: none is reachable."""
    graded, _, connections, _ = attack
    assert connections == []
    assert "CONNECTED" not in printed(graded["uses_sockets"])
    assert "network is switched off" in printed(graded["uses_sockets"])


def test_a_flood_of_output_is_cut_and_says_by_which_limit(attack):
    output = attack[0]["prints_100_mb"].output
    assert len(output) < 5_000 and "the output limit keeps the first 4,000 characters" in output


def test_an_answer_over_the_size_limit_is_refused_in_the_child_and_named(attack):
    """A callback returning 40 MB of text: the child does not send it, and says which limit it hit;
    the checks that do not meet that value pass."""
    results = attack[0]["returns_40_mb"].report.results
    assert [result.status for result in results] == ["passed", "passed", "passed", "error"]
    assert "40,000,0" in results[3].message and "over the limit of 33,554,432 bytes for one answer" in results[3].message


def test_a_huge_error_message_is_cut(attack):
    """A callback raising an exception with 5 MB of text: the report keeps a few thousand characters."""
    _, _, _, out = attack
    assert (out / "submissions" / "raises_a_huge_message" / "02.json").stat().st_size < 50_000


def test_every_score_is_finite_and_every_file_is_valid_json(attack):
    """NaN returned by a callback (or anywhere else) never becomes a score; results.json parses strictly."""
    graded, _, _, out = attack

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} in a results file")

    for path in [*out.glob("gradescope/*/results.json"), *out.glob("submissions/*/*.json")]:
        json.loads(path.read_text(), parse_constant=refuse)
    assert all(math.isfinite(item.score) for item in graded.values())
    assert math.isfinite(gradescope_results(list(graded.values()))["score"])


def test_a_gradebook_entry_with_a_nan_score_is_graded_again(attack, tmp_path):
    """An earlier run's JSON holding NaN (however it got there) is not believed: it is regraded."""
    _, _, _, out = attack
    copy = tmp_path / "grades"
    shutil.copytree(out, copy)
    path = copy / "submissions" / "stub" / "02.json"
    path.write_text(path.read_text().replace('"score": 1.0', '"score": NaN', 1))
    assert "stub" not in {item.student for item in read_submissions(copy)}
