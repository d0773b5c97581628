"""The words a conformance scenario is written in: Scenario, Step, the three actions, and matchers.

A scenario is data. It names the Dash rules it checks (ids from `dash-semantics.md`), builds its
app from a *library namespace* (learndash's or real Dash's, see `libs.py`), and lists steps. Each
step is one user action followed by what must be true afterwards:

    Scenario(
        name="C-2-text-input",
        rule_ids=("C-2",),
        build=build_text_input,          # build(lib) -> app, written once for both libraries
        steps=[
            load(expect={("out", "children"): "Output: hi"}, calls={"update": 1}),
            set_props("inp", {"value": "yo"}, expect={("out", "children"): "Output: yo"}),
        ],
    )

`calls` counts only the callbacks it names; a count is an int, or a list of call statuses
("ok", "prevented" for a 204, "error") compared without regard to order, because Dash promises
no order between independent callbacks (rule C-5).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

Expectations = Mapping[tuple[Any, str], Any]
CallCounts = Mapping[str, "int | list[str]"]


@dataclass(frozen=True)
class PageErrorSpec:
    """An error the page must show: its title, and how its message starts.

    Titles are compared on every harness (Dash's dev tools begin theirs the same way); the message
    prefix only where learndash words the message (its server, or its page model), because the
    course's teaching text is learndash's own (issue 9, "one text per error").
    """

    title: str
    message_prefix: str = ""




class ID(tuple):
    """A dict id usable as a dict key in expectations: `ID(type="item", index=1)`.

    Component ids that are dicts cannot be dict keys, so expectations spell them with ID; the
    runner turns an ID back into the plain dict before asking a harness about it.
    """

    def __new__(cls, **keys: Any) -> ID:
        return super().__new__(cls, sorted(keys.items()))

    def as_dict(self) -> dict[str, Any]:
        return dict(self)

    def __repr__(self) -> str:
        return "ID(" + ", ".join(f"{key}={value!r}" for key, value in self) + ")"


def concrete_id(component_id: Any) -> Any:
    """The id as a harness expects it: a str, or a plain dict for an `ID`."""
    return component_id.as_dict() if isinstance(component_id, ID) else component_id


@dataclass(frozen=True)
class Step:
    """One user action (None for the page load) and what must hold once the page is idle again."""

    action: tuple[Any, ...] | None
    expect: Expectations = field(default_factory=dict)
    calls: CallCounts = field(default_factory=dict)
    absent: tuple[Any, ...] = ()
    errors: int | tuple[PageErrorSpec, ...] = 0

    def describe(self) -> str:
        if self.action is None:
            return "page load"
        verb, *args = self.action
        return f"{verb}({', '.join(repr(concrete_id(a)) for a in args if a is not None)})"


def load(*, expect: Expectations | None = None, calls: CallCounts | None = None,
         absent: tuple[Any, ...] = (), errors: int | tuple[PageErrorSpec, ...] = 0) -> Step:
    """The page load: initial callbacks and mount writes have settled (rules I-1 to I-9)."""
    return Step(None, dict(expect or {}), dict(calls or {}), tuple(absent), errors)


def set_props(component_id: Any, props: dict[str, Any], *, expect: Expectations | None = None,
              calls: CallCounts | None = None, absent: tuple[Any, ...] = (), errors: int | tuple[PageErrorSpec, ...] = 0) -> Step:
    """A user edit of `component_id` (rule C-2 item 1), e.g. typing into an Input."""
    return Step(("set_props", component_id, props), dict(expect or {}), dict(calls or {}), tuple(absent), errors)


def click(component_id: Any, *, expect: Expectations | None = None, calls: CallCounts | None = None,
          absent: tuple[Any, ...] = (), errors: int | tuple[PageErrorSpec, ...] = 0) -> Step:
    """A click on an html element: n_clicks + 1 and n_clicks_timestamp in one edit (rule K-1)."""
    return Step(("click", component_id), dict(expect or {}), dict(calls or {}), tuple(absent), errors)


def advance(ms: int, *, expect: Expectations | None = None, calls: CallCounts | None = None,
            absent: tuple[Any, ...] = (), errors: int | tuple[PageErrorSpec, ...] = 0) -> Step:
    """`ms` milliseconds pass: running Intervals tick by themselves (rule R-10). Expectations
    after it should not depend on exact timing (e.g. an Interval that reached max_intervals)."""
    return Step(("advance", None, ms), dict(expect or {}), dict(calls or {}), tuple(absent), errors)


@dataclass(frozen=True)
class Scenario:
    """One behaviour of Dash, as an app, a sequence of user actions, and the expected results."""

    name: str
    rule_ids: tuple[str, ...]
    build: Callable[[Any], Any]
    steps: list[Step]
    harness_options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def doc(self) -> str:
        """What the scenario shows, from its builder's docstring."""
        return inspect.cleandoc(self.build.__doc__ or "")

    def __post_init__(self) -> None:
        if not self.steps or self.steps[0].action is not None:
            raise ValueError(f"scenario {self.name}: the first step must be load()")
        if not self.name.startswith(self.rule_ids[0]):
            raise ValueError(f"scenario {self.name}: the name must start with its first rule id")


# -- matchers: for props whose exact JSON is not the point ------------------------------------


class Matcher:
    """An expected value that is checked by a rule instead of by equality."""

    def matches(self, actual: Any) -> bool:
        raise NotImplementedError


@dataclass(frozen=True)
class Texts(Matcher):
    """A prop holding components (or strings) whose text pieces, in document order, are these.

    Compares what a reader sees, not the exact component JSON, e.g. `Texts(["Dropdown 1 = NYC"])`
    for `html.Div([html.Div("Dropdown 1 = NYC")])`.
    """

    pieces: tuple[str, ...]

    def __init__(self, pieces: list[str]) -> None:
        object.__setattr__(self, "pieces", tuple(pieces))

    def matches(self, actual: Any) -> bool:
        return tuple(text_pieces(actual)) == self.pieces

    def __repr__(self) -> str:
        return f"Texts({list(self.pieces)!r})"


@dataclass(frozen=True)
class FigureTitle(Matcher):
    """A `dcc.Graph.figure` whose layout title text is `text` (plotly.js may add other keys)."""

    text: str

    def matches(self, actual: Any) -> bool:
        title = ((actual or {}).get("layout") or {}).get("title")
        if isinstance(title, dict):
            title = title.get("text")
        return title == self.text


@dataclass(frozen=True)
class FigureAxisType(Matcher):
    """A `dcc.Graph.figure` whose `layout.<axis>.type` is `kind` ("linear" or "log")."""

    axis: str
    kind: str

    def matches(self, actual: Any) -> bool:
        layout = (actual or {}).get("layout") or {}
        return (layout.get(self.axis) or {}).get("type") == self.kind


def text_pieces(value: Any) -> list[str]:
    """The strings and numbers inside a children value, depth first, as text.

    `{"type": "Div", "props": {"children": ["a", {"type": "B", "props": {"children": 1}}]}}`
    gives `["a", "1"]`.
    """
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, (str, int, float)):
        return [str(value)]
    if isinstance(value, list):
        return [piece for item in value for piece in text_pieces(item)]
    if isinstance(value, dict) and "props" in value:
        return text_pieces(value["props"].get("children"))
    return [repr(value)]
