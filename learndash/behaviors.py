"""What components write on their own, without a user edit (rules I-9, K-3, K-8, K-9, K-13).

In the browser these writes come from the components' JavaScript (`setProps`). The headless harness
calls these functions at the same moments, so callbacks see the same values in both:
- `mount_writes`: when a component appears (page load or insertion by a callback);
- `writes_after_update`: after a callback changed some of its props.
Each returns the props to write; the harness applies them as one `setProps` edit.
"""
from __future__ import annotations

from typing import Any, Callable
from urllib.parse import urlsplit

CORE = "dash_core_components"


def mount_writes(component: dict, *, url: str, now_ms: Callable[[], int]) -> dict[str, Any]:
    """Props a component writes as it mounts (rule I-9)."""
    if component.get("namespace") != CORE:
        return {}
    props = component["props"]
    kind = component["type"]
    if kind == "Location":
        parts = urlsplit(url)
        current = {
            "pathname": parts.path or "/",
            "search": f"?{parts.query}" if parts.query else "",
            "hash": f"#{parts.fragment}" if parts.fragment else "",
            "href": url,
        }
        return {k: v for k, v in current.items() if props.get(k) is None}
    if kind == "Tabs" and props.get("value") is None:
        return {"value": first_tab_value(props.get("children"))}
    if kind == "Store" and props.get("data") is not None:
        return {"modified_timestamp": now_ms()}
    if kind in ("Slider", "RangeSlider") and props.get("value") is not None:
        return {"drag_value": props["value"]}
    return {}


def writes_after_update(component: dict, changed: set[str], *, now_ms: Callable[[], int]) -> dict[str, Any]:
    """Props a component writes in answer to a callback changing it (rules K-3, K-9)."""
    if component.get("namespace") != CORE:
        return {}
    props = component["props"]
    kind = component["type"]
    if kind == "Dropdown" and "options" in changed and props.get("value") is not None:
        allowed = option_values(props.get("options"))
        value = props["value"]
        if isinstance(value, list):
            kept = [v for v in value if v in allowed]
            return {"value": kept} if kept != value else {}
        return {} if value in allowed else {"value": None}
    if kind == "Store" and "data" in changed:
        return {"modified_timestamp": now_ms()}
    return {}


def interval_can_tick(props: dict[str, Any]) -> bool:
    """An Interval stops when disabled or once `n_intervals` reaches `max_intervals` (rule K-12)."""
    limit = props.get("max_intervals", -1)
    limit = -1 if limit is None else limit
    if props.get("disabled") or limit == 0:
        return False
    return limit == -1 or (props.get("n_intervals") or 0) < limit


def option_values(options: Any) -> list[Any]:
    """The values of Dropdown/RadioItems/Checklist options in any of their three shapes (K-3)."""
    if isinstance(options, dict):
        return list(options)
    values = []
    for option in options or []:
        values.append(option.get("value") if isinstance(option, dict) else option)
    return values


def option_labels(options: Any) -> dict[Any, Any]:
    """Value → label for the same three shapes; a scalar's label is its text."""
    if isinstance(options, dict):
        return {k: str(v) for k, v in options.items()}
    labels = {}
    for option in options or []:
        if isinstance(option, dict):
            labels[option.get("value")] = option.get("label")
        else:
            labels[option] = str(option)
    return labels


def first_tab_value(children: Any) -> str:
    """A Tabs without a value selects its first Tab's value, or "tab-1" (rule K-13)."""
    tabs = children if isinstance(children, list) else [children]
    for position, tab in enumerate(tabs):
        if isinstance(tab, dict) and "props" in tab:
            return tab["props"].get("value") or f"tab-{position + 1}"
    return "tab-1"
