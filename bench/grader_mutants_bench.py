"""How well the graders judge: every realistic submission under tests/course/submissions/, graded.

    python bench/grader_mutants_bench.py          # every exercise: the table, and the time to grade them
    python bench/grader_mutants_bench.py 02 08    # some exercises, with what went wrong for each miss

Per exercise: mistakes caught / total (a mistake is caught when a check covering the requirement it
breaks loses points and that check's feedback names it), correct alternatives given full marks /
total, and the wall-clock seconds to grade them all from this one process, as the course test does
(each submission runs in its own confined child, as `learndash check` runs it).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from learndash.grading import grade, grader_for  # noqa: E402
from learndash.grading.graders import GRADER_MODULES  # noqa: E402
from tests.course.submission_cases import all_cases, verdict  # noqa: E402


def main(keys: list[str]) -> None:
    rows = []
    started = time.perf_counter()
    for key in keys:
        grader = grader_for(key)
        caught = mistakes = accepted = alternatives = 0
        began = time.perf_counter()
        for case in all_cases(key):
            problem = verdict(case, grader, grade(grader, case.path))
            if case.breaks is None:
                alternatives += 1
                accepted += not problem
            else:
                mistakes += 1
                caught += not problem
            if problem:
                print(f"MISS {case.name} ({case.breaks or 'correct'}): {problem}\n")
        rows.append((key, caught, mistakes, accepted, alternatives, time.perf_counter() - began))
    print("| exercise | mistakes caught | alternatives accepted | seconds |")
    print("| --- | --- | --- | --- |")
    for key, caught, mistakes, accepted, alternatives, seconds in rows:
        print(f"| {key} | {caught}/{mistakes} | {accepted}/{alternatives} | {seconds:.1f} |")
    total = [sum(row[i] for row in rows) for i in range(1, 5)]
    print(f"| all | {total[0]}/{total[1]} | {total[2]}/{total[3]} | {time.perf_counter() - started:.1f} |")


if __name__ == "__main__":
    main(sys.argv[1:] or list(GRADER_MODULES))
