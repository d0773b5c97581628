"""The text a person would see in a component, read from the layout JSON the renderer holds."""
from __future__ import annotations

from typing import Any

from ..behaviors import option_labels


def visible_text(node: Any) -> str:
    """Concatenated text of a component and its children, as shown on the page.

    `Div(["Output: ", Span("42")])` reads "Output: 42"; a Tabs shows its labels and only the
    selected tab's content (rule K-13); a Dropdown shows the labels of its selected values; a
    component the browser does not draw (`hidden_from_view`) shows nothing.
    """
    if node is None or isinstance(node, bool):
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, list):
        return "".join(visible_text(child) for child in node)
    if not isinstance(node, dict) or "props" not in node:
        return ""
    props = node["props"]
    if hidden_from_view(props):
        return ""
    kind = node.get("type")
    if node.get("namespace") == "dash_core_components":
        if kind == "Tabs":
            tabs = props.get("children") or []
            tabs = tabs if isinstance(tabs, list) else [tabs]
            tab_labels = "".join(str(t["props"].get("label") or "") for t in tabs if isinstance(t, dict))
            chosen = [t for t in tabs if isinstance(t, dict) and t["props"].get("value") == props.get("value")]
            return tab_labels + (visible_text(chosen[0]["props"].get("children")) if chosen else "")
        if kind in ("Dropdown", "RadioItems", "Checklist"):
            labels = option_labels(props.get("options"))
            if kind != "Dropdown":
                return "".join(labels.values())
            value = props.get("value")
            chosen = value if isinstance(value, list) else [] if value is None else [value]
            return ", ".join(str(labels.get(v, v)) for v in chosen)
        if kind in ("Input", "Textarea", "Graph", "Store", "Interval", "Location", "Slider", "RangeSlider"):
            return ""
    return visible_text(props.get("children"))


def hidden_from_view(props: dict[str, Any]) -> bool:
    """Whether the browser shows none of a component's text: `hidden=True`, or a `style` with
    `display: none` or `visibility: hidden` (a child that sets `visibility: visible` again is
    rare enough to be left out: its text stays hidden here)."""
    style = props.get("style") if isinstance(props.get("style"), dict) else {}
    return bool(props.get("hidden")) or str(style.get("display", "")).strip().lower() == "none" or (
        str(style.get("visibility", "")).strip().lower() == "hidden"
    )
