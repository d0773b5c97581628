"""Named checks and the graders that hold them: a grader is a module of functions marked with `@check`.

    @check(weight=3, covers=("R2",))
    def greeting_follows_the_input(t: Trial) -> None:
        "The greeting follows what is typed."
        app = t.start()
        app.set_props("name-input", {"value": "Ada"})
        t.expect_prop(app, "greeting", "children", "Hello, Ada!", hint="...")

`@check(...)` does no registration: it attaches a `Check` value to the function, and
`Grader.from_module` collects them in the order they are defined (or by `number`).

`covers` names the requirements of the exercise's task text ("R1", "R2", ...) that the check
observes; a course test fails when a requirement has no check, so every requirement a student can
get wrong costs points when it is wrong.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from learndash.grading.trial import Trial

#: Gradescope's four visibilities: shown now, never, after the due date, after grades are published.
Visibility = Literal["visible", "hidden", "after_due_date", "after_published"]
VISIBILITIES: tuple[str, ...] = ("visible", "hidden", "after_due_date", "after_published")

CheckFunction = Callable[["Trial"], None]


@dataclass(frozen=True)
class Check:
    """One named, weighted check of a grader.

    `name` is the function name (what `depends_on` refers to); `title` is the first line of its
    docstring, what the student reads. `parts` is how many expectations the check plans to make,
    so a check that stops early still divides by the full count. `covers` lists the ids of the
    task's requirements ("R1", ...) this check observes.
    """

    name: str
    title: str
    function: CheckFunction
    weight: float
    visibility: Visibility = "visible"
    number: str | None = None
    depends_on: tuple[str, ...] = ()
    parts: int | None = None
    seconds: float = 10.0
    covers: tuple[str, ...] = ()


def check(
    *,
    weight: float,
    visibility: Visibility = "visible",
    number: str | None = None,
    depends_on: str | tuple[str, ...] = (),
    parts: int | None = None,
    seconds: float = 10.0,
    covers: tuple[str, ...] = (),
) -> Callable[[CheckFunction], CheckFunction]:
    """Mark a function `f(t: Trial) -> None` as a check worth `weight` points."""
    if visibility not in VISIBILITIES:
        raise ValueError(f"visibility must be one of {VISIBILITIES}, not {visibility!r}")
    if not math.isfinite(weight) or weight < 0:
        raise ValueError(f"weight must be a finite number, zero or more, not {weight!r}")
    dependencies = (depends_on,) if isinstance(depends_on, str) else tuple(depends_on)
    if isinstance(covers, str):
        raise TypeError(f"covers takes a tuple of requirement ids, e.g. covers=({covers!r},)")

    def mark(function: CheckFunction) -> CheckFunction:
        doc = (function.__doc__ or function.__name__.replace("_", " ")).strip()
        function.check = Check(  # type: ignore[attr-defined]
            name=function.__name__,
            title=doc.splitlines()[0].strip(),
            function=function,
            weight=weight,
            visibility=visibility,
            number=number,
            depends_on=dependencies,
            parts=parts,
            seconds=seconds,
            covers=tuple(covers),
        )
        return function

    return mark


@dataclass(frozen=True)
class Grader:
    """The checks for one exercise, in the order they run.

    `exercise` is its key ("02", "09a"), `title` what the report calls it, `exercise_file` the
    stub's file name under `exercises/`; `module` the grader module's name, where the child finds
    its observations (`observations.py`); `weights_reason` why the points are spread as they are
    (the chapter's main lesson weighs most; the grader module's WEIGHTS says so).
    """

    exercise: str
    title: str
    exercise_file: str
    checks: tuple[Check, ...] = field(default=())
    module: str = ""
    weights_reason: str = ""

    @property
    def max_score(self) -> float:
        return sum(item.weight for item in self.checks)

    def check_named(self, name: str) -> Check:
        for item in self.checks:
            if item.name == name:
                return item
        raise KeyError(f"{self.exercise} has no check named {name!r}; it has {[c.name for c in self.checks]}")

    @classmethod
    def from_module(cls, module: ModuleType) -> Grader:
        """Collect the `@check` functions of a grader module, which also sets EXERCISE, TITLE and FILE."""
        found = [value.check for value in vars(module).values() if hasattr(value, "check") and callable(value)]
        found = [item for item in found if isinstance(item, Check)]
        # Definition order, then explicit numbers where given ("1", "2.1" sort as version numbers).
        found.sort(key=lambda item: item.function.__code__.co_firstlineno)
        if all(item.number for item in found):
            found.sort(key=lambda item: tuple(int(piece) for piece in item.number.split(".")))  # type: ignore[union-attr]
        found = [item if item.number else replace(item, number=str(position)) for position, item in enumerate(found, 1)]
        names = {item.name for item in found}
        for item in found:
            unknown = [name for name in item.depends_on if name not in names]
            if unknown:
                raise ValueError(f"check {item.name!r} depends on unknown check(s) {unknown} in {module.__name__}")
        return cls(
            exercise=module.EXERCISE, title=module.TITLE, exercise_file=module.FILE, checks=tuple(found),
            module=module.__name__, weights_reason=getattr(module, "WEIGHTS", ""),
        )

    def checks_covering(self, requirement: str) -> tuple[Check, ...]:
        """The checks that observe requirement `requirement` ("R2")."""
        return tuple(item for item in self.checks if requirement in item.covers)
