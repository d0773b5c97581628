"""Persistence: a component's edits outlive a re-render or a reload (`persistence`, rule K-0c).

A component with an id and a truthy `persistence` remembers each change of a persisted prop
(`persisted_props`, by default `["value"]`) under the key `<id>.<prop>.<JSON of persistence>` as
`[new value, original value]`, in one of three stores (`persistence_type`, by default `local`):
`memory` lives as long as the page, `session` as long as the tab, `local` as long as the browser.

Whenever a layout arrives (the page load, or children a callback returns), a stored edit is put
back into a component whose prop still has the original value; a prop whose value differs from the
recorded original means the app changed its default, and the edit is forgotten. Changing
`persistence` (or its type or props) from a callback undoes the edits stored under the old value
and applies those under the new one. As in Dash 4.4.1, every write of a persisted prop is recorded
(a user's edit, a component's own write and a callback's output alike), so a callback's value
also comes back after a reload.

`learndash/static/persistence.js` mirrors this module.
"""
from __future__ import annotations

import json
from typing import Any

from .layout import is_component
from .protocol import same_json, stringify_id

PERSISTABLE = ("Checklist", "Dropdown", "Input", "RadioItems", "RangeSlider", "Slider", "Tabs", "Textarea")
"""The dcc components that persist (in Dash they carry `dashPersistence` defaults)."""
DEFAULT_PERSISTED_PROPS = ["value"]
DEFAULT_PERSISTENCE_TYPE = "local"


class EditStores:
    """What a browser keeps for persistence: one store per `persistence_type`.

    A harness keeps one for its whole life (like a browser profile); `new_page()` gives the stores
    a reloaded page sees: the same `local` and `session`, a fresh `memory`.
    """

    def __init__(self) -> None:
        self.stores: dict[str, dict[str, Any]] = {"memory": {}, "local": {}, "session": {}}

    def new_page(self) -> EditStores:
        page = EditStores()
        page.stores = {"memory": {}, "local": self.stores["local"], "session": self.stores["session"]}
        return page

    def store(self, persistence_type: str) -> dict[str, Any]:
        return self.stores.get(persistence_type, self.stores["memory"])


def settings_of(component: dict) -> tuple[Any, Any, list[str], str] | None:
    """(id, persistence, persisted_props, persistence_type) of a component that can persist, else None."""
    if component.get("namespace") != "dash_core_components" or component.get("type") not in PERSISTABLE:
        return None
    props = component.get("props") or {}
    if props.get("id") is None:
        return None
    persisted = props.get("persisted_props") or DEFAULT_PERSISTED_PROPS
    kind = props.get("persistence_type") or DEFAULT_PERSISTENCE_TYPE
    return props["id"], props.get("persistence"), list(persisted), kind


def values_key(component_id: Any, persisted_prop: str, persistence: Any) -> str:
    """`inp.value.true`: the key of one persisted prop, as Dash's `getValsKey` builds it."""
    return f"{stringify_id(component_id)}.{persisted_prop}.{json.dumps(persistence, separators=(',', ':'))}"


def record_ui_edit(stores: EditStores, component: dict, new_props: dict[str, Any]) -> None:
    """Remember the writes of persisted props: `[new, original]`, keeping the first original."""
    settings = settings_of(component)
    if settings is None:
        return
    component_id, persistence, persisted, kind = settings
    changes_persistence = "persistence" in new_props and not same_json(new_props["persistence"], persistence)
    if not persistence or changes_persistence:
        return
    store = stores.store(kind)
    for prop in persisted:
        if prop not in new_props:
            continue
        original, new = component["props"].get(prop, _ABSENT), new_props[prop]
        if not _differs(original, new):
            continue
        key = values_key(component_id, prop, persistence)
        if key in store:
            original = store[key][1] if len(store[key]) > 1 else _ABSENT
        store[key] = _copy([new] if original is _ABSENT else [new, original])


def apply_persistence(stores: EditStores, node: Any) -> None:
    """Put stored edits back into every component of a layout or chunk that still shows the
    original value; forget an edit whose original no longer matches (the app changed)."""
    if isinstance(node, list):
        for item in node:
            apply_persistence(stores, item)
        return
    if not is_component(node):
        return
    settings = settings_of(node)
    if settings is not None and settings[1]:
        component_id, persistence, persisted, kind = settings
        for prop in persisted:
            _move_prop(stores.store(kind), values_key(component_id, prop, persistence), node["props"], prop, node["props"])
    apply_persistence(stores, node["props"].get("children"))


def prune_persistence(stores: EditStores, component: dict, new_props: dict[str, Any]) -> dict[str, Any]:
    """A callback's props for a component: when they change its persistence, the edits stored under
    the old persistence are undone and those under the new one applied, for the props the callback
    does not set itself."""
    settings = settings_of(component)
    if settings is None:
        return new_props
    component_id, persistence, persisted, kind = settings
    final_persistence = new_props.get("persistence", persistence)
    if not (persistence or final_persistence):
        return new_props
    final_kind = new_props.get("persistence_type", kind)
    final_persisted = new_props.get("persisted_props", persisted)
    changed = (
        not same_json(final_persistence, persistence) or final_kind != kind or not same_json(final_persisted, persisted)
    )
    if not changed:
        return new_props
    update: dict[str, Any] = {}
    props = component["props"]
    if persistence:
        for prop in [p for p in persisted if p not in new_props]:
            _move_prop(stores.store(kind), values_key(component_id, prop, persistence), props, prop, update, undo=True)
    if final_persistence:
        depersisted = {**props, **update}
        for prop in [p for p in final_persisted if p not in new_props]:
            key = values_key(component_id, prop, final_persistence)
            _move_prop(stores.store(final_kind), key, depersisted, prop, update)
    return {**new_props, **update}


def _move_prop(store: dict, key: str, props: dict, prop: str, update: dict, *, undo: bool = False) -> None:
    """Dash's `modProp`: if the prop shows the stored edit's starting value, set it to the other
    end (original -> new, or with `undo` new -> original); otherwise forget the edit."""
    if key not in store:
        return
    entry = store[key]
    new, original = entry[0], entry[1] if len(entry) > 1 else _ABSENT
    start, end = (new, original) if undo else (original, new)
    current = props.get(prop, _ABSENT)
    if start is current is _ABSENT or (_ABSENT not in (start, current) and same_json(start, current)):
        update[prop] = None if end is _ABSENT else _copy(end)
    else:
        del store[key]


def _differs(original: Any, new: Any) -> bool:
    """JavaScript's `!==`: objects and arrays from JSON are never the same object."""
    if isinstance(original, (list, dict)) or isinstance(new, (list, dict)):
        return True
    return original is _ABSENT or not same_json(original, new)


def _copy(value: Any) -> Any:
    """Stores keep JSON, not the page's live objects."""
    return json.loads(json.dumps(value))


_ABSENT = object()
