"""Input, Output and State: the value objects a callback is declared with (Dash's `dependencies.py`).

A dependency names one property of one component: `Input("year-slider", "value")`. The id may be
a string, a dict (pattern-matching ids, section 5 of the spec) or a component object.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from .exceptions import CallbackDefinitionError, InvalidComponentIdError
from . import protocol
from .clientside import ClientsideFunction  # Dash's spelling too: `from dash.dependencies import ClientsideFunction`


class Wildcard:
    """One of the three pattern-matching wildcards: ALL, MATCH, ALLSMALLER (rule P-2)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Wildcard) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def to_json(self) -> list[str]:
        """Wildcards travel as one-element arrays, which no real id value can be (rule W-3)."""
        return [self.name]


ALL = Wildcard("ALL")
MATCH = Wildcard("MATCH")
ALLSMALLER = Wildcard("ALLSMALLER")
WILDCARDS = {w.name: w for w in (ALL, MATCH, ALLSMALLER)}

IdValue = str | int | float | bool | Wildcard
ComponentId = str | dict[str, IdValue]


def _component_id_of(component_id: Any, role: str, prop: Any) -> ComponentId:
    """Accept a str, a dict or a component object (rule O-1), and check it the way Dash does (V-1)."""
    if hasattr(component_id, "to_plotly_json") and hasattr(component_id, "_set_random_id"):
        return component_id._set_random_id()
    if isinstance(component_id, str):
        if component_id == "":
            raise CallbackDefinitionError(
                f"{role}('', {prop!r}): the component id is empty. Every item linked to a "
                "callback needs the id of a component in the layout."
            )
        bad = [c for c in ".{" if c in component_id]
        if bad:
            raise InvalidComponentIdError(
                f"{role}({component_id!r}, {prop!r}): the id contains {bad[0]!r}. Characters '.' and "
                "'{' are not allowed in ids used by callbacks, because Dash joins ids and properties "
                f"with a dot. Rename it, e.g. {component_id.replace('.', '-').replace('{', '-')!r}."
            )
        return component_id
    if isinstance(component_id, dict):
        for key, value in component_id.items():
            if not isinstance(key, str) or not key:
                raise CallbackDefinitionError(
                    f"{role}({component_id!r}, {prop!r}): pattern-matching id keys must be "
                    f"non-empty strings, but {key!r} is not."
                )
            if not isinstance(value, (str, int, float, bool, Wildcard)):
                raise CallbackDefinitionError(
                    f"{role}({component_id!r}, {prop!r}): the value of key {key!r} is {value!r}. "
                    "Id values must be ALL, MATCH, ALLSMALLER or a string, number or boolean."
                )
        return dict(component_id)
    raise CallbackDefinitionError(
        f"{role}({component_id!r}, {prop!r}): component_id must be a string or a dict, "
        f"not {type(component_id).__name__}."
    )


@dataclass(frozen=True, eq=False)
class DashDependency:
    """One (component id, property) pair in the role of Output, Input or State."""

    component_id: ComponentId
    component_property: str
    allow_optional: bool = False
    role: ClassVar[str] = "Dependency"
    allowed_wildcards: ClassVar[tuple[Wildcard, ...]] = (ALL, MATCH, ALLSMALLER)

    def __init__(self, component_id: Any, component_property: str, allow_optional: bool = False) -> None:
        if not isinstance(component_property, str) or not component_property:
            raise CallbackDefinitionError(
                f"{self.role}({component_id!r}, {component_property!r}): component_property must be "
                "a non-empty string naming a property, e.g. 'value' or 'children'."
            )
        object.__setattr__(self, "component_id", _component_id_of(component_id, self.role, component_property))
        object.__setattr__(self, "component_property", component_property)
        object.__setattr__(self, "allow_optional", allow_optional)
        self._check_wildcards()

    def _check_wildcards(self) -> None:
        if not isinstance(self.component_id, dict):
            return
        for key, value in self.component_id.items():
            if isinstance(value, Wildcard) and value not in self.allowed_wildcards:
                allowed = ", ".join(w.name for w in self.allowed_wildcards)
                raise CallbackDefinitionError(
                    f"{self!r}: {value.name} is not allowed in an {self.role} (key {key!r}). "
                    f"Allowed wildcards for {self.role}s are: {allowed}."
                )

    # These never change once a dependency is made, and the page asks for them on every request,
    # so each is worked out once.
    @cached_property
    def id_str(self) -> str:
        """The id as Dash writes it on the wire (rule W-3)."""
        return protocol.stringify_id(self.component_id)

    @cached_property
    def prop_id(self) -> str:
        """`"<id>.<property>"`, the key Dash uses everywhere for this dependency."""
        return protocol.prop_id(self.component_id, self.component_property)

    @cached_property
    def is_pattern(self) -> bool:
        return isinstance(self.component_id, dict) and any(
            isinstance(v, Wildcard) for v in self.component_id.values()
        )

    @cached_property
    def is_multi_valued(self) -> bool:
        """True for ALL and ALLSMALLER: the callback gets a list (rule P-7)."""
        return isinstance(self.component_id, dict) and any(
            v in (ALL, ALLSMALLER) for v in self.component_id.values() if isinstance(v, Wildcard)
        )

    @cached_property
    def match_keys(self) -> frozenset[str]:
        """The keys whose value is MATCH (rule P-4)."""
        return self.keys_with(MATCH)

    def keys_with(self, wildcard: Wildcard) -> frozenset[str]:
        if not isinstance(self.component_id, dict):
            return frozenset()
        return frozenset(k for k, v in self.component_id.items() if v == wildcard)

    def to_dict(self) -> dict[str, Any]:
        """The `{"id", "property"}` entry of `/_dash-dependencies`; `allow_optional` only when set (W-5)."""
        entry: dict[str, Any] = {"id": self.id_str, "property": self.component_property}
        if self.allow_optional:
            entry["allow_optional"] = True
        return entry

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.prop_id == self.prop_id  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.role, self.prop_id))

    def __repr__(self) -> str:
        return f"<{self.role} `{self.prop_id}`>"


class Input(DashDependency):
    """A property whose change makes the callback run."""

    role = "Input"


class State(DashDependency):
    """A property the callback reads when it runs, without being triggered by it."""

    role = "State"


class Output(DashDependency):
    """A property the callback writes; ALLSMALLER is not allowed here (rule P-2)."""

    role = "Output"
    allowed_wildcards = (ALL, MATCH)

    allow_duplicate: bool

    def __init__(self, component_id: Any, component_property: str, allow_duplicate: bool = False) -> None:
        super().__init__(component_id, component_property)
        object.__setattr__(self, "allow_duplicate", allow_duplicate)

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and other.allow_duplicate == self.allow_duplicate  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.role, self.prop_id, self.allow_duplicate))


__all__ = ["Input", "Output", "State", "ALL", "MATCH", "ALLSMALLER", "Wildcard", "DashDependency", "ClientsideFunction"]
