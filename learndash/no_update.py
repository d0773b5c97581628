"""`no_update`: return it for an output that should stay as it is (rule O-2)."""
from __future__ import annotations

from typing import Any

NO_UPDATE_JSON = {"_dash_no_update": "_dash_no_update"}


class NoUpdate:
    """The type of `no_update`. Any value equal to its JSON form counts too, copies included."""

    def to_plotly_json(self) -> dict[str, str]:
        return dict(NO_UPDATE_JSON)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NoUpdate) or other == NO_UPDATE_JSON

    def __hash__(self) -> int:
        return hash("_dash_no_update")

    def __repr__(self) -> str:
        return "no_update"


no_update = NoUpdate()


def is_no_update(value: Any) -> bool:
    return isinstance(value, NoUpdate) or (isinstance(value, dict) and value == NO_UPDATE_JSON)
