"""Walking the layout as the renderer stores it: a tree of component JSON dicts (rule C-1).

A *path* is the tuple of keys that leads from the root to a component, e.g.
`("props", "children", 1)` for the second child of the root. `LayoutIndex` maps every id to its
path, and keeps dict ids grouped by key set in document order, which is the order ALL lists take
(rule P-9). Everything here is plain data: no Flask, no callbacks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import Any, Iterator

from .protocol import stringify_id

Path = tuple[Any, ...]


def is_component(node: Any) -> bool:
    """Whether a JSON node is a component (`{"type", "namespace", "props"}` with `props` an object,
    rule W-2); a dict with `"props": null` from data is plain data, not a broken component."""
    return isinstance(node, dict) and isinstance(node.get("props"), dict) and "type" in node


def walk_components(node: Any, path: Path = ()) -> Iterator[tuple[Path, dict]]:
    """Yield (path, component) depth-first, pre-order, through `children` only (rule W-2, P-9).

    The walk keeps its own stack rather than recursing, so a component deep in a large layout is
    handed straight to the caller instead of up through a generator per level."""
    stack: list[tuple[Any, Path]] = [(node, path)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, list):
            stack += [(node[index], path + (index,)) for index in range(len(node) - 1, -1, -1)]  # first child on top
        elif is_component(node):
            yield path, node
            children = node["props"].get("children")
            if isinstance(children, (list, dict)):
                stack.append((children, path + ("props", "children")))


def holds_dict_ids(node: Any) -> bool:
    """Whether a component with a dict id (pattern matching, P-1) is somewhere in `node`."""
    return any(isinstance(component["props"].get("id"), dict) for _, component in walk_components(node))


def get_at(tree: Any, path: Path) -> Any:
    """The node at `path`: `get_at(layout, ("props", "children", 1))` is the root's second child."""
    for key in path:
        tree = tree[key]
    return tree


def keys_of(component_id: dict) -> str:
    """The key-set name dict ids are grouped under: sorted keys joined by commas (rule P-3)."""
    return ",".join(sorted(component_id))


def with_sorted_keys(component_id: Any) -> Any:
    """A dict id rebuilt with its keys in sorted order, as the renderer's `paths` store keeps it;
    every id resolved from a pattern reaches the callback so (ctx.outputs_list, inputs_list,
    args_grouping: `{"index": 1, "type": "row"}` for `{"type": "row", "index": 1}`, rule X-3)."""
    if not isinstance(component_id, dict):
        return component_id
    return {key: component_id[key] for key in sorted(component_id)}


INDEX_CHANGES = count()


@dataclass
class LayoutIndex:
    """Where each component with an id lives, like the renderer's `paths` store (rule C-1)."""

    paths: dict[str, Path] = field(default_factory=dict)
    ids: dict[str, Any] = field(default_factory=dict)
    by_keys: dict[str, dict[str, None]] = field(default_factory=dict)
    # Taken afresh from one counter on every change of any index, so equal versions mean the same
    # index unchanged: what was resolved against it may be kept (see `Request.ids_for`).
    version: int = field(default_factory=lambda: next(INDEX_CHANGES))

    @classmethod
    def of(cls, tree: Any) -> LayoutIndex:
        index = cls()
        index.add_subtree(tree, ())
        return index

    def copy(self) -> LayoutIndex:
        """The index as it is now, kept while this one changes: what a removed subtree's callbacks
        resolved to before it left (C-8 d). Same content, so the same version."""
        return LayoutIndex(
            dict(self.paths), dict(self.ids), {keys: dict(ids) for keys, ids in self.by_keys.items()}, self.version
        )

    def add_subtree(self, node: Any, path: Path) -> list[str]:
        """Index every component under `node`; returns the id strings found, in document order."""
        found = []
        for id_str, (component_path, component_id) in self._entries_under(node, path).items():
            self._remember(id_str, component_id, component_path)
            found.append(id_str)
        return found

    def replace_subtree(self, old: Any, node: Any, path: Path) -> tuple[list[str], dict[str, Any]]:
        """Re-index after the subtree `old` at `path` was replaced by `node`.

        Returns (id strings now in the subtree, {id string: id} of those that were in it). Entries outside the subtree
        keep their order; an entry with the same id at the same path keeps its old place, and
        new ones are appended, as the renderer does (rule P-9, Dash issue #2368). The cost is
        the size of the two subtrees, not of the whole layout.
        """
        fresh = self._entries_under(node, path)
        before = {
            id_str: component_id
            for id_str, (_, component_id) in self._entries_under(old, path).items()
            if id_str in self.paths
        }
        for id_str in before:
            if id_str not in fresh or fresh[id_str][0] != self.paths[id_str]:
                self._forget(id_str)
        for id_str, (component_path, component_id) in fresh.items():
            self._remember(id_str, component_id, component_path)
        return list(fresh), before

    @staticmethod
    def _entries_under(node: Any, path: Path) -> dict[str, tuple[Path, Any]]:
        entries: dict[str, tuple[Path, Any]] = {}
        for component_path, component in walk_components(node, path):
            component_id = component["props"].get("id")
            if component_id is not None:
                id_str = stringify_id(component_id)
                entries.pop(id_str, None)  # on duplicate ids the last one found wins (C-1)
                entries[id_str] = (component_path, component_id)
        return entries

    def _remember(self, id_str: str, component_id: Any, path: Path) -> None:
        self.paths[id_str] = path
        self.ids[id_str] = with_sorted_keys(component_id)
        self.version = next(INDEX_CHANGES)
        if isinstance(component_id, dict):
            # A dict keeps insertion order: re-adding an existing id keeps its place (P-9).
            self.by_keys.setdefault(keys_of(component_id), {})[id_str] = None

    def _forget(self, id_str: str) -> None:
        del self.paths[id_str]
        self.version = next(INDEX_CHANGES)
        component_id = self.ids.pop(id_str)
        if isinstance(component_id, dict):
            self.by_keys[keys_of(component_id)].pop(id_str, None)

    def path_of(self, id_str: str) -> Path | None:
        """Where the component with this id string is, or None when it is not on the page."""
        return self.paths.get(id_str)

    def dict_ids_with_keys(self, keys: str) -> list[Any]:
        """Every dict id with exactly this key set, in ALL order (rule P-9)."""
        return [self.ids[id_str] for id_str in self.by_keys.get(keys, {})]
