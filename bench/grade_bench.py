"""How fast `learndash grade` grades a class, against one fresh interpreter per submission.

    python bench/grade_bench.py            # 20 students x 12 exercises = 240 submissions (~2-3 min on 2 cores)
    python bench/grade_bench.py --quick    # 5 students, 60 submissions (~45 s)

It writes a synthetic class into a temporary folder: every student hands in every exercise, each
file drawn in turn from the reference solutions, the course's wrong and alternative submissions
(tests/course/submissions/NN/) and faults (a loop in a callback, a loop the per-check alarm cannot
stop, errors while loading, a syntax error, a crash of the interpreter). Then it measures, in one
run:

1. the whole class through `grade_class` (warm fork server, isolated children): submissions/second;
2. a sample of those submissions, graded both ways side by side, with the same isolation and the
   same number of workers: through one warm fork server, and with a fresh interpreter per
   submission (a new fork server, so a new `python` that imports pandas, plotly and learndash, for
   each file), so the ratio measures what the warm server saves.

Each measure is given in wall seconds and in CPU seconds (this process and every process it
started, children of the fork servers included): on a machine shared with other jobs the wall
time says little, the CPU time says what grading costs.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from learndash.grading.classroom import grade_class  # noqa: E402
from learndash.grading.graders import available_graders, grader_for  # noqa: E402
from learndash.grading.isolation import PRELOAD, ForkServer  # noqa: E402
from learndash.grading.report import Report  # noqa: E402
from learndash.grading.runner import grade_in_child  # noqa: E402
from learndash.grading.sandbox import Limits, isolation_mode  # noqa: E402
from learndash.grading.workspace import Workspace  # noqa: E402

SUBMISSIONS = ROOT / "tests" / "course" / "submissions"
FAULTS = ROOT / "tests" / "course" / "faults"
MORE_FAULTS = ROOT / "tests" / "grading" / "faults"

#: Faults any exercise can be handed (they fail whatever the exercise); the looping ones are 02 apps.
CRASHING = [FAULTS / "raises_at_load.py", FAULTS / "syntax_error.py", MORE_FAULTS / "crashes_python.py", FAULTS / "no_app.py"]
LOOPING = [FAULTS / "loops_in_callback.py", MORE_FAULTS / "blocks_the_alarm.py"]

def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of every ended process it started (and they started)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def hit_a_time_limit(report: Report) -> bool:
    """Whether grading this submission waited for a time limit (a loop: its cost is set by the limits)."""
    return "Time limit" in report.load_error or any("Time limit" in result.message for result in report.results)


def pool_for(key: str) -> list[Path]:
    """What students may hand in for exercise `key`: the solution, then its wrong and alternative submissions."""
    grader = grader_for(key)
    return [ROOT / "solutions" / grader.exercise_file, *sorted((SUBMISSIONS / key).glob("*.py"))]


def make_class(root: Path, students: int) -> list[tuple[str, str, Path]]:
    """Write `students` folders; every 7th file is a crashing fault and every 25th a looping one."""
    files = []
    counter = 0
    for number in range(students):
        student = f"student{number:03d}"
        folder = root / student
        folder.mkdir(parents=True)
        for key in available_graders():
            grader = grader_for(key)
            counter += 1
            pool = pool_for(key)
            if counter % 25 == 0:
                source = LOOPING[(counter // 25) % len(LOOPING)]
            elif counter % 7 == 0:
                source = CRASHING[(counter // 7) % len(CRASHING)]
            else:
                source = pool[(number + counter) % len(pool)]
            shutil.copy(source, folder / grader.exercise_file)
            files.append((student, key, folder / grader.exercise_file))
    return files


def naive(files: list[tuple[str, str, Path]], *, workers: int, limits: Limits) -> tuple[float, float]:
    """Grade each file with a fresh fork server (a fresh interpreter), `workers` at a time; return (wall, CPU) seconds."""
    workspace = Workspace(isolation_mode(required=True))

    def one(item: tuple[str, str, Path]) -> None:
        student, key, path = item
        grader = grader_for(key)
        with ForkServer(preload=PRELOAD + [grader.module]) as server:
            grade_in_child(grader, server, workspace.job(student, key, path, limits, grader.module))

    started, cpu = time.perf_counter(), cpu_seconds()
    try:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, files))
    finally:
        workspace.remove()
    return time.perf_counter() - started, cpu_seconds() - cpu


def forked(files: list[tuple[str, str, Path]], root: Path, *, workers: int, limits: Limits) -> tuple[float, float]:
    """Grade exactly `files` through `grade_class` (fork server + isolation); return (wall, CPU) seconds."""
    sample = root / "sample"
    for student, _, path in files:
        (sample / student).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, sample / student / path.name)
    keys = sorted({key for _, key, _ in files}, key=available_graders().index)
    started, cpu = time.perf_counter(), cpu_seconds()
    grade_class(sample, out=root / "sample-grades", exercises=keys, workers=workers, limits=limits, solutions=None)
    return time.perf_counter() - started, cpu_seconds() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 students (60 submissions), a sample of 12")
    parser.add_argument("--students", type=int, default=None, help="students in the class (default 20, 5 with --quick)")
    parser.add_argument("--sample", type=int, default=None, help="submissions graded both ways (default 36, 12 with --quick)")
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    students = options.students or (5 if options.quick else 20)
    sample_size = options.sample or (12 if options.quick else 36)
    # Short limits: a looping submission should cost seconds, as in a real run with tight limits.
    limits = Limits(check_seconds=1.0, load_seconds=1.0, submission_seconds=5.0)

    root = Path(tempfile.mkdtemp(prefix="grade-bench-"))
    try:
        files = make_class(root / "class", students)
        print(f"class: {students} students, {len(files)} submissions, {options.jobs} workers, {limits.check_seconds:g} s per check")

        started, cpu = time.perf_counter(), cpu_seconds()
        run = grade_class(root / "class", out=root / "grades", workers=options.jobs, limits=limits, solutions=ROOT / "solutions")
        whole, whole_cpu = time.perf_counter() - started, cpu_seconds() - cpu
        endings = {}
        for graded in run.graded:
            endings[graded.ending] = endings.get(graded.ending, 0) + 1
        print(f"whole class, fork server: {run.newly_graded} submissions in {whole:.1f} s = "
              f"{run.newly_graded / whole:.2f} submissions/s, {whole_cpu:.1f} CPU s = "
              f"{run.newly_graded / whole_cpu:.2f} submissions per CPU s  (endings: {json.dumps(endings)})")
        limited = [graded for graded in run.graded if hit_a_time_limit(graded.report)]
        rest = [graded for graded in run.graded if not hit_a_time_limit(graded.report)]
        print(f"  worker time: {len(limited)} submissions that hit a time limit took {sum(g.seconds for g in limited):.1f} s; "
              f"the other {len(rest)} took {sum(g.seconds for g in rest):.1f} s "
              f"({1000 * sum(g.seconds for g in rest) / max(1, len(rest)):.0f} ms each)")

        step = max(1, len(files) // sample_size)
        sample = files[::step][:sample_size]
        fork_seconds, fork_cpu = forked(sample, root, workers=options.jobs, limits=limits)
        naive_seconds, naive_cpu = naive(sample, workers=options.jobs, limits=limits)
        print(f"sample of {len(sample)}, side by side:            wall                     CPU")
        for name, wall, used in (("fork server", fork_seconds, fork_cpu), ("fresh interpreter each", naive_seconds, naive_cpu)):
            print(f"  {name:22} {wall:6.1f} s {len(sample) / wall:6.2f} subm./s   {used:6.1f} s {len(sample) / used:6.2f} subm./CPU s")
        print(f"  speed-up               {naive_seconds / fork_seconds:6.2f}x wall           {naive_cpu / fork_cpu:6.2f}x CPU")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
