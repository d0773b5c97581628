"""What components write on their own, without a user edit (rules I-9, K-3, K-8, K-9, K-13).

In the browser these writes come from the components' JavaScript (`setProps`). The headless harness
calls these functions at the same moments, so callbacks see the same values in both:
- `mount_writes`: when a component appears (page load or insertion by a callback);
- `late_mount_writes`: when a component whose code Dash loads lazily (`lazy_chunk`) really
  mounts: once the requests of its load or insertion were sent, or at once when that code
  already arrived for an earlier component (R-6);
- `dropdown_check`: a Dropdown's check of its value against its options (K-3, R-5);
- `writes_after_update`: after some of its props changed.
Each returns the props to write; the page applies them as one `setProps` edit. `storage` is the
browser's localStorage and sessionStorage, which outlive a component (R-8); the page owns it.
"""
from __future__ import annotations

from typing import Any, Callable
from urllib.parse import urljoin, urlsplit

from .layout import get_at, is_component
from .protocol import javascript_text, same_json, stringify_id

CORE = "dash_core_components"

# Dash's dcc loads these components' code on first use, in chunks shared by kind: they mount
# after the requests of the page load (or of the first insertion) were sent. Only the ones that
# write as they mount matter here.
LAZY_CHUNKS = {"Dropdown": "dropdown", "Slider": "slider", "RangeSlider": "slider"}


def mount_writes(component: dict, *, url: str, now_ms: Callable[[], int], storage: dict[str, Any]) -> dict[str, Any]:
    """Props a component writes as it mounts (rule I-9)."""
    if component.get("namespace") != CORE:
        return {}
    props = component["props"]
    kind = component["type"]
    if kind == "Location":
        return {k: v for k, v in location_parts(url).items() if props.get(k) is None}
    if kind == "Tabs" and "value" not in props:  # an explicit value=None stays (K-13)
        return {"value": first_tab_value(props.get("children"))}
    if kind == "Store":
        return store_mount_writes(props, now_ms=now_ms, storage=storage)
    return {}


class Undefined:
    """JavaScript's `undefined` as a written prop value: the prop leaves the component, so it
    reads as None but differs from a null that was written (a Store tells them apart, R-8)."""

    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED = Undefined()


def store_mount_writes(props: dict[str, Any], *, now_ms: Callable[[], int], storage: dict[str, Any]) -> dict[str, Any]:
    """A Store compares its `data` with what its storage holds as it mounts (R-8, K-9): given
    data and nothing stored saves it; otherwise stored data that differs is written back, with
    the time it was saved (-1: never). A memory Store's own memory starts empty (undefined); local
    and session storage read null for nothing, so a local Store without `data` writes
    `data=None, modified_timestamp=-1`, and a memory Store given `data=None` writes
    `modified_timestamp=-1` and removes `data` (undefined is not null).

    >>> store_mount_writes({"id": "s", "storage_type": "local"}, now_ms=lambda: 5, storage={})
    {'data': None, 'modified_timestamp': -1}
    >>> store_mount_writes({"id": "s", "data": None}, now_ms=lambda: 5, storage={})
    {'data': UNDEFINED, 'modified_timestamp': -1}
    """
    key = storage_key(props)
    if key.startswith("memory:"):  # a new instance: nothing in its memory yet
        storage.pop(key, None)
        storage.pop(f"{key}-timestamp", None)
    stored = stored_data(storage, key)
    data = props.get("data", UNDEFINED)
    if stored in (None, UNDEFINED) and data not in (None, UNDEFINED):
        save_data(storage, key, data, now_ms=now_ms)
        return {"modified_timestamp": modified_timestamp(storage, key)}
    if not same_json(stored, data):
        return {"data": stored, "modified_timestamp": modified_timestamp(storage, key)}
    return {}


def store_update_writes(props: dict[str, Any], *, now_ms: Callable[[], int], storage: dict[str, Any]) -> dict[str, Any]:
    """A Store's answer to any change of its props (K-9, R-8): `clear_data` empties its storage
    and writes `data=None`; `data` that differs from what is stored (null differs from
    undefined) is saved and the save time written to `modified_timestamp`."""
    key = storage_key(props)
    if props.get("clear_data"):
        storage.pop(key, None)
        if key.startswith("memory:"):
            storage[f"{key}-timestamp"] = now_ms()  # memory notes the clearing
        else:
            storage.pop(f"{key}-timestamp", None)  # a browser storage's saved time goes with its data
        return {"clear_data": False, "data": None, "modified_timestamp": modified_timestamp(storage, key)}
    stored = stored_data(storage, key)
    data = props.get("data", UNDEFINED)
    if same_json(data, stored):
        return {}  # e.g. a callback returned the data the Store holds: no timestamp
    if data is UNDEFINED:
        return {"data": stored}
    save_data(storage, key, data, now_ms=now_ms)
    return {"modified_timestamp": modified_timestamp(storage, key)}


def storage_key(props: dict[str, Any]) -> str:
    """Where a Store keeps its data: `local:<id>` and `session:<id>` in the browser's storage,
    `memory:<id>` for the memory of one instance (R-8)."""
    kind = props.get("storage_type") or "memory"
    return f"{kind}:{stringify_id(props.get('id'))}"


def stored_data(storage: dict[str, Any], key: str) -> Any:
    """What a Store's storage holds: UNDEFINED when a memory Store holds nothing, None when the
    browser's storage does (JSON.parse(null))."""
    if key.startswith("memory:"):
        return storage.get(key, UNDEFINED)
    return storage.get(key)


def save_data(storage: dict[str, Any], key: str, data: Any, *, now_ms: Callable[[], int]) -> None:
    """Save a Store's data and the time it was saved."""
    storage[key] = data
    storage[f"{key}-timestamp"] = now_ms()


def modified_timestamp(storage: dict[str, Any], key: str) -> int:
    """When the Store's data was last saved (or, in memory, cleared); -1 when never."""
    return storage.get(f"{key}-timestamp", -1)


def lazy_chunk(component: dict) -> str | None:
    """The name of the code chunk Dash loads lazily for this component, or None (R-6).

    >>> lazy_chunk({"namespace": CORE, "type": "RangeSlider", "props": {}})
    'slider'
    """
    if component.get("namespace") != CORE:
        return None
    return LAZY_CHUNKS.get(component["type"])


def draws_late(component: dict) -> bool:
    """A Graph writes once plotly has drawn it, which is always after the requests of its load or
    insertion were sent, its code loaded or not (R-6)."""
    return component.get("namespace") == CORE and component["type"] == "Graph"


def late_mount_writes(component: dict) -> dict[str, Any]:
    """Props a lazily loaded component writes when it really mounts, from its props then (R-6):
    a Slider copies a set `value` (not a RangeSlider's []) to `drag_value`, so `drag_value`
    listeners of a page load first run with None; a Graph sizes itself to its box after its first draw, which plotly reports as
    `relayoutData = {"autosize": True}`, unless its figure fixes both width and height.
    (A Dropdown's check is `dropdown_check`.)"""
    if component.get("namespace") != CORE:
        return {}
    props = component["props"]
    if component["type"] in ("Slider", "RangeSlider"):
        value = props.get("value")
        if value is not None and value != []:  # a RangeSlider's [] is no position to copy
            return {"drag_value": value}
    if component["type"] == "Graph":
        figure = props.get("figure")
        layout = (figure.get("layout") if isinstance(figure, dict) else None) or {}
        fixed = props.get("responsive") is not True and layout.get("width") and layout.get("height")
        if not fixed and props.get("relayoutData") != {"autosize": True}:
            return {"relayoutData": {"autosize": True}}
    return {}


def writes_after_update(
    component: dict, changed: set[str], *, url: str, now_ms: Callable[[], int], storage: dict[str, Any]
) -> dict[str, Any]:
    """Props a component writes in answer to its props changing (rules R-6 to R-8, K-9); a
    Dropdown's answer depends on its own state, see `dropdown_check`."""
    if component.get("namespace") != CORE:
        return {}
    props = component["props"]
    kind = component["type"]
    if kind in ("Slider", "RangeSlider") and "value" in changed and props.get("value") is not None:
        return {"drag_value": props["value"]}  # re-synced, not clamped to min/max; None leaves it
    if kind == "Location":
        current = location_parts(url)
        return {k: current[k] for k in changed if k in current and props.get(k) is None}
    if kind == "Store":
        return store_update_writes(props, now_ms=now_ms, storage=storage)
    return {}


def dropdown_check(props: dict[str, Any]) -> dict[str, Any] | None:
    """A Dropdown's check of its value against its options (rules K-3, R-5): None when it does
    not check now (an empty value, None, "" or [], or a search being typed), else the writes it
    makes, {} when the value is fine.

    Dash 4's Dropdown checks once when it mounts and once after each change of `options`, but
    only at a moment its value is non-empty: a Dropdown that mounted empty checks the first value
    it gets, also one a callback writes. A single value that is not offered becomes None; a list
    loses the missing entries with `multi`, and is left alone without it.

    >>> dropdown_check({"options": ["a", "b"], "value": ["a", "z"], "multi": True})
    {'value': ['a']}
    >>> dropdown_check({"options": ["a", "b"], "value": "z"})
    {'value': None}
    >>> dropdown_check({"options": ["a"], "value": None}) is None
    True
    """
    value = props.get("value")
    if value in (None, "", []) or props.get("search_value"):
        return None
    allowed = option_values(props.get("options"))
    if isinstance(value, list):
        if not props.get("multi"):
            return {}
        kept = [v for v in value if is_offered(v, allowed)]
        return {"value": kept} if len(kept) != len(value) else {}
    return {} if is_offered(value, allowed) else {"value": None}


def is_offered(value: Any, allowed: list[Any]) -> bool:
    """Whether `value` is one of the option values as JavaScript's Set sees it: True is not the
    option 1, nor False the option 0 (K-3).

    >>> is_offered(True, [1, "a"]), is_offered(1.0, [1])
    (False, True)
    """
    return any(same_json(value, option) for option in allowed)


def navigation_target(component: dict, changed: set[str], *, url: str) -> str | None:
    """The address a Location sends the page to after its URL props were written, or None when
    it stays (rule R-7): a prop written as None goes nowhere (it is written back instead), and
    writing the address the page already has does not navigate. An `href` with a scheme or a host
    (another site, `javascript:`) is not followed by the model: the browser leaves the app or blocks it.

    >>> location = {"namespace": CORE, "type": "Location", "props": {"pathname": "/next"}}
    >>> navigation_target(location, {"pathname"}, url="/?q=1")
    '/next?q=1'
    """
    if (component.get("namespace"), component.get("type")) != (CORE, "Location"):
        return None
    props = component["props"]
    written = {k: props[k] for k in changed if k in ("pathname", "search", "hash", "href") and props.get(k) is not None}
    if not written:
        return None
    if "href" in written and (urlsplit(written["href"]).scheme or urlsplit(written["href"]).netloc):
        return None  # another site, or a script URL the page blocks: this app's page stays as it is
    current = urlsplit(written["href"]) if "href" in written else urlsplit(url)
    path = written.get("pathname", current.path or "/")
    search = written.get("search", f"?{current.query}" if current.query else "")
    fragment = written.get("hash", f"#{current.fragment}" if current.fragment else "")
    target = f"{path}{search}{fragment}"
    return None if target == url else target


def mount_navigation_target(component: dict, *, url: str) -> str | None:
    """The address a Location sends the page to as it mounts, or None (K-8): with `refresh=True`
    (its default) URL props set in its layout that point elsewhere load the page there, which is
    how an app redirects by returning `dcc.Location(id="go", pathname="/login")`; without refresh
    it keeps them as they are and pushes nothing.

    >>> location = {"namespace": CORE, "type": "Location", "props": {"pathname": "/login"}}
    >>> mount_navigation_target(location, url="/"), mount_navigation_target(location, url="/login")
    ('/login', None)
    """
    if component["props"].get("refresh", True) is not True:
        return None
    return navigation_target(component, set(component["props"]), url=url)


def link_target(props: dict[str, Any], *, url: str) -> str | None:
    """Where a click on a dcc.Link (K-14) or an html.A takes the page: its `href` read from the
    current address `url`, or None when it leaves the page as it is (a `target` other than
    "_self", another site).

    >>> link_target({"href": "/p?q=1"}, url="/home"), link_target({"href": "https://x.org"}, url="/")
    ('/p?q=1', None)
    """
    if props.get("target") not in (None, "_self"):
        return None
    target = urljoin(url, props.get("href") or "")
    parts = urlsplit(target)
    return None if parts.scheme or parts.netloc else target


def location_parts(url: str) -> dict[str, str]:
    """`pathname`, `search`, `hash` and `href` of the address bar, as a Location reads them (K-8)."""
    parts = urlsplit(url)
    return {
        "pathname": parts.path or "/",
        "search": f"?{parts.query}" if parts.query else "",
        "hash": f"#{parts.fragment}" if parts.fragment else "",
        "href": url,
    }


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


def tabs_of(children: Any) -> list[tuple[Any, dict]]:
    """The Tab components among a Tabs' children, with their values: a Tab without one is
    "tab-<position+1>" (K-13).

    >>> tabs_of([{"type": "Tab", "props": {"value": "a"}}, {"type": "Tab", "props": {}}])[1][0]
    'tab-2'
    """
    tabs = [child for child in (children if isinstance(children, list) else [children]) if is_component(child)]
    return [(tab_value(tab, position), tab) for position, tab in enumerate(tabs)]


def tab_value(tab: dict, position: int) -> Any:
    """A Tab's value, or "tab-<position+1>" when it has none (K-13)."""
    value = tab["props"].get("value")
    return f"tab-{position + 1}" if value is None else value


def drawn_children(component: dict) -> Any:
    """The part of a component's children that the page draws, and so mounts (K-13): a Tabs draws
    only its selected Tab's children, which mount when that Tab is selected (again: each time);
    any other component all of them."""
    props = component["props"]
    if (component.get("namespace"), component.get("type")) != (CORE, "Tabs"):
        return props.get("children")
    for value, tab in tabs_of(props.get("children")):
        if same_json(value, props.get("value")):
            return tab["props"].get("children")
    return None


def is_drawn(layout: Any, path: tuple[Any, ...]) -> bool:
    """Whether the component at `path` is drawn: no Tabs above it keeps it in an unselected Tab (K-13).

    >>> tabs = {"namespace": CORE, "type": "Tabs", "props": {"value": "a", "children": [
    ...     {"type": "Tab", "props": {"value": "a", "children": []}},
    ...     {"type": "Tab", "props": {"value": "b", "children": [{"type": "Div", "props": {}}]}}]}}
    >>> is_drawn(tabs, ("props", "children", 1, "props", "children", 0)), is_drawn(tabs, ("props", "children", 1))
    (False, True)
    """
    node = layout
    for depth, key in enumerate(path):
        if is_component(node) and (node.get("namespace"), node["type"]) == (CORE, "Tabs") and key == "props":
            children = node["props"].get("children")
            below = path[depth + 2:]  # past ("props", "children"): the Tab, then inside it
            tab_path = below[:1] if isinstance(children, list) else ()
            inside = below[len(tab_path):]
            if inside and get_at(children, tab_path)["props"].get("children") is not drawn_children(node):
                return False
        node = node[key]
    return True


def first_tab_value(children: Any) -> str:
    """A Tabs without a value selects its first Tab's value, as text (1 gives "1"), or "tab-1"
    when that Tab has none (rule K-13).

    >>> first_tab_value([{"type": "Tab", "props": {"value": 1}}, {"type": "Tab", "props": {"value": 2}}])
    '1'
    """
    tabs = children if isinstance(children, list) else [children]
    first = tabs[0] if tabs else None
    value = first["props"].get("value") if isinstance(first, dict) and "props" in first else None
    return "tab-1" if value is None else javascript_text(value)
