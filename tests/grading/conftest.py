"""Shared fixtures for the class-grading tests: a small generated class, graded once per module."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAULTS = Path(__file__).parent / "faults"
COURSE_FAULTS = ROOT / "tests" / "course" / "faults"
SUBMISSIONS = ROOT / "tests" / "course" / "submissions"
SOLUTIONS = ROOT / "solutions"

#: Short limits, so the looping submissions cost seconds, not minutes.
LIMIT_OPTIONS = ["--check-seconds", "1.5", "--submission-seconds", "6", "--jobs", "2"]

#: Student folder -> (the file it hands in for exercise 02, the points it should get of 8).
GREETER_CLASS = {
    "correct": (SOLUTIONS / "02_basic_callbacks.py", 8.0),
    "wrong_id": (SUBMISSIONS / "02" / "wrong_id.py", 0.6),
    "loops_in_callback": (COURSE_FAULTS / "loops_in_callback.py", 3.0),
    "syntax_error": (COURSE_FAULTS / "syntax_error.py", 0.0),
    "exits_at_load": (COURSE_FAULTS / "exits.py", 0.0),
    "raises_at_load": (COURSE_FAULTS / "raises_at_load.py", 0.0),
    "exits_in_callback": (FAULTS / "exits_in_callback.py", 3.0),
    "blocks_the_alarm": (FAULTS / "blocks_the_alarm.py", 0.0),
    "hangs_in_the_last_check": (FAULTS / "hangs_in_the_last_check.py", 6.0),
    "crashes_python": (FAULTS / "crashes_python.py", 0.0),
    "leaves_abruptly": (FAULTS / "leaves_abruptly.py", 0.0),
    "allocates_5gb": (FAULTS / "allocates_5gb.py", 0.0),
    "forks_many": (FAULTS / "forks_many.py", 8.0),
    "uses_network": (FAULTS / "uses_network.py", 0.0),
    "prints_a_lot": (FAULTS / "prints_a_lot.py", 8.0),
}


def make_class(root: Path) -> Path:
    """Write the class: a folder per GREETER_CLASS student, plus two who hand in more than one exercise.

    "zipped" hands in a zip holding exercises/02_basic_callbacks.py (correct) and a wrong 05;
    "partial" hands in only a correct 05, so its 02 is missing.
    """
    root.mkdir(parents=True)
    for student, (source, _) in GREETER_CLASS.items():
        (root / student).mkdir()
        shutil.copy(source, root / student / "02_basic_callbacks.py")
    with zipfile.ZipFile(root / "zipped.zip", "w") as archive:
        archive.write(SOLUTIONS / "02_basic_callbacks.py", "exercises/02_basic_callbacks.py")
        archive.write(SUBMISSIONS / "05" / "wrong_number_of_outputs.py", "exercises/05_multiple_outputs.py")
    (root / "partial").mkdir()
    shutil.copy(SOLUTIONS / "05_multiple_outputs.py", root / "partial" / "05_multiple_outputs.py")
    return root
