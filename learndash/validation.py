"""The checks that teach: callbacks against Dash's wildcard rules, and against the layout (V-2 to V-4, P-4, C-9).

Definition checks run when a callback is registered and raise at once. Layout checks run when a page
is first built, return a list of `PageError`s, and are shown the same way everywhere: raised by the
headless harness, listed in the browser's error overlay, and carried in the page config.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from .component import Component
from .dependencies import ALL, ALLSMALLER, MATCH, DashDependency, Wildcard
from .exceptions import CallbackDefinitionError, LayoutError, ValidationError
from .layout import LayoutIndex, get_at, keys_of, walk_components
from .patterns import id_matches
from .protocol import prop_id, stringify_id
from .quote import short_repr
from .serialize import DEEPEST_JSON, find_unserializable, how_to_make_it_json, nesting_depth, path_to_itself, to_json
from .suggest import did_you_mean

if TYPE_CHECKING:
    from .callbacks import Callback


@dataclass
class PageError:
    """One problem shown on the page: a title, the teaching message, the exception to raise."""

    title: str
    message: str
    exception: Exception

    def __str__(self) -> str:
        return f"{self.title}\n{self.message}"

    def to_json(self) -> dict[str, str]:
        return {"title": self.title, "message": self.message}


# -- at registration ------------------------------------------------------------------------------


def check_definition(callback: Callback) -> None:
    """Wildcard consistency (P-4, current Dash) and the no-input rule (I-10); raises on a problem."""
    if not callback.inputs and callback.prevent_initial_call is True:
        raise CallbackDefinitionError(
            f"{callback.name}() has no Input and prevent_initial_call=True, so it can never run. "
            "Add an Input that should trigger it, or drop prevent_initial_call so it runs once at load."
        )
    outputs = callback.outputs
    if not outputs:
        return
    match_keys = outputs[0].keys_with(MATCH)
    for position, output in enumerate(outputs[1:], start=1):
        if output.keys_with(MATCH) != match_keys:
            raise CallbackDefinitionError(
                f"{callback.name}(): Output {position} {output!r} does not use MATCH on the same keys as "
                f"Output 0 {outputs[0]!r}. Every Output of a MATCH callback must match the same keys "
                "(ALL wildcards need not agree, only MATCH)."
            )
    for dependency in (*callback.inputs, *callback.states):
        smaller = dependency.keys_with(ALLSMALLER)
        if smaller - match_keys:
            raise CallbackDefinitionError(
                f"{callback.name}(): {dependency!r} uses ALLSMALLER on {sorted(smaller - match_keys)}, "
                "but no Output has MATCH on that key. ALLSMALLER means 'the ones before this instance', "
                "so the Outputs must name the instance with MATCH."
            )
        extra = dependency.keys_with(MATCH) - match_keys
        if match_keys and extra:
            raise CallbackDefinitionError(
                f"{callback.name}(): {dependency!r} has MATCH on {sorted(extra)} where the Outputs do not. "
                f"Use MATCH on the same keys as the Outputs ({sorted(match_keys)}), or ALL."
            )


# -- at first layout ------------------------------------------------------------------------------


def check_layout_type(layout: Any) -> None:
    """V-2: the layout must be a component, a list of them, or a function returning one."""
    if layout is None:
        raise LayoutError(
            "The app has no layout. Set one before running it, e.g. app.layout = html.Div([...])."
        )
    if callable(layout) or isinstance(layout, (Component, list, tuple)):
        return
    raise LayoutError(
        f"app.layout is {type(layout).__name__} {layout!r:.60}, but a layout must be a component, a "
        "list of components, or a function that returns one. Wrap it, e.g. app.layout = html.Div(...)."
    )


def layout_json_text(layout: Any) -> str:
    """The served layout as JSON text (W-1); a layout that JSON cannot hold raises `LayoutError`
    naming where it fails, as a callback's value does (O-4)."""
    try:
        return to_json(layout)
    except Exception:  # TypeError and RecursionError mostly, but a to_plotly_json may raise anything
        pass
    itself = path_to_itself(layout)
    if itself is not None:
        raise LayoutError(
            f"The layout holds itself: at {itself} it holds a component or list that it is already inside "
            "of, so its JSON would never end. Make a new component for each place it appears, e.g. call "
            "a function that returns html.Div(...) each time rather than reusing one Div inside itself."
        )
    depth = nesting_depth(layout)
    if depth > DEEPEST_JSON:
        raise LayoutError(
            f"The layout nests {depth:,} levels deep (each component counts two: itself and its props), "
            f"deeper than JSON is written here (keep it under {DEEPEST_JSON}). Flatten it: put siblings "
            "side by side in one children list instead of each one inside the one before."
        )
    path, bad = find_unserializable(layout) or ("", layout)
    if isinstance(bad, type):
        raise LayoutError(
            f"The layout holds the class {bad.__name__} at {path or 'its top'}, not a component. Call it to "
            f"make one: {bad.__name__}(...), e.g. html.Div('text')."
        )
    raise LayoutError(
        f"The layout holds {type(bad).__name__} {short_repr(bad)} at {path or 'its top'}, which JSON cannot "
        f"hold. {how_to_make_it_json(bad)}"
    )


def validate_layout(
    layout: Any, callbacks: Iterable[Callback], *, suppress_callback_exceptions: bool, validation_layout: Any = None
) -> list[PageError]:
    """Every problem between the callbacks and this layout JSON (rules V-2, V-4, C-9).

    The callbacks are checked against the app's `validation_layout` (components) when it gives one and
    does not suppress callback exceptions (V-4, Dash's test_dvcv015); ids are unique in the layout itself."""
    callbacks = list(callbacks)
    checked = layout
    if validation_layout is not None and not suppress_callback_exceptions:
        checked = json.loads(layout_json_text(validation_layout))
    problems = _duplicate_ids(layout)
    problems += _LayoutCheck(checked, LayoutIndex.of(checked), suppress=suppress_callback_exceptions).run(callbacks)
    cycle = find_cycle(callbacks)
    if cycle:
        problems.append(_problem(
            "Circular Dependencies",
            f"Dependency cycle found: {' -> '.join(cycle)}. Each callback in a cycle would trigger the "
            "next forever; Dash runs each one at most once per change. Break the loop, or merge the "
            "callbacks into one that writes all these properties.",
        ))
    return problems


def _problem(title: str, message: str) -> PageError:
    return PageError(title, message, ValidationError(f"{title}: {message}"))


def _duplicate_ids(layout: Any) -> list[PageError]:
    seen: set[str] = set()
    problems = []
    for _, component in walk_components(layout):
        component_id = component["props"].get("id")
        if component_id is None:
            continue
        id_str = stringify_id(component_id)
        if id_str in seen:
            problems.append(_problem(
                "Duplicate component id",
                f"Two components in the layout have the id {component_id!r}. Ids must be unique so a "
                "callback knows which one it means; rename one of them.",
            ))
        seen.add(id_str)
    return problems


class _LayoutCheck:
    """V-4, V-6 in Dash's order and grouping (`validateCallbacksToLayout` in Dash's renderer).

    The page looks at ids, not at callbacks: first every plain Output id, then every plain Input
    id, then the Output and Input patterns. A missing id is one error however many callbacks name
    it; a wrong property is one error per (id, property), or per matching component for a pattern.
    A callback's States are checked once, when one of its Outputs is found (so never for a
    callback whose Outputs are all missing). An id is skipped when every callback that names it
    marks it optional (`allow_optional` on each use, or `optional=True`); a State is not.

        Output('a') in f and g, a missing  ->  one "ID not found in layout" naming f() and g()
    """

    def __init__(self, layout: Any, index: LayoutIndex, *, suppress: bool) -> None:
        self.layout, self.index, self.suppress = layout, index, suppress
        self.problems: list[PageError] = []
        self.states_checked: set[int] = set()

    def run(self, callbacks: list[Callback]) -> list[PageError]:
        for role in ("Output", "Input"):
            plain, patterns = _uses_by_id(callbacks, role)
            for id_str, uses in plain.items():
                self.check_plain_id(role, id_str, uses)
            for uses in patterns.values():
                self.check_pattern(role, uses)
        return self.problems

    def check_plain_id(self, role: str, id_str: str, uses: dict[str, list[tuple[Callback, DashDependency]]]) -> None:
        users = [use for props in uses.values() for use in props]
        if all(_optional_for(callback, id_str) for callback, _ in users):
            return
        if id_str not in self.index.paths:
            if not self.suppress:
                self.problems.append(_problem("ID not found in layout", _not_found(users, role, self.index)))
            return
        for props in uses.values():
            self.check_props(role, props, [id_str])
            if role == "Output":
                for callback, _ in props:
                    self.check_states(callback)

    def check_pattern(self, role: str, uses: list[tuple[Callback, DashDependency]]) -> None:
        self.check_props(role, uses, _all_found(uses[0][1], self.index))
        if role == "Output":
            for callback, _ in uses:
                self.check_states(callback)

    def check_states(self, callback: Callback) -> None:
        if id(callback) in self.states_checked:
            return
        self.states_checked.add(id(callback))
        for state in callback.states:
            use = [(callback, state)]
            if not state.is_pattern:
                if state.id_str in self.index.paths:
                    self.check_props("State", use, [state.id_str])
                elif not self.suppress:
                    self.problems.append(_problem("ID not found in layout", _not_found(use, "State", self.index)))
            elif not (state.keys_with(MATCH) or state.keys_with(ALLSMALLER)):
                self.check_props("State", use, _all_found(state, self.index))  # Dash skips these (test_dvcv010)

    def check_props(self, role: str, uses: list[tuple[Callback, DashDependency]], id_strs: list[str]) -> None:
        """One "Invalid prop" per component the uses name (by id string) whose class lacks the property."""
        callback, dependency = uses[0]
        for id_str in id_strs:
            component = get_at(self.layout, self.index.paths[id_str])
            component_class = component_class_of(component)
            if component_class is not None and not component_class.has_prop(dependency.component_property):
                self.problems.append(_problem(
                    "Invalid prop for this component", _invalid_prop(callback, role, dependency, component_class)))


def _uses_by_id(callbacks: list[Callback], role: str) -> tuple[dict, dict]:
    """`({id_str: {prop: [(callback, dependency)]}}, {(keys, prop, pattern id_str): [...]})` for
    the Outputs or the Inputs, in the order the callbacks name them (patterns grouped by key set
    first, as Dash's pattern map is)."""
    plain: dict[str, dict[str, list]] = {}
    by_keys: dict[tuple, dict[str, dict[str, list]]] = {}
    for callback in callbacks:
        for dependency in callback.outputs if role == "Output" else callback.inputs:
            prop = dependency.component_property
            if dependency.is_pattern:
                keys = tuple(sorted(keys_of(dependency.component_id)))
                by_keys.setdefault(keys, {}).setdefault(prop, {}).setdefault(dependency.id_str, []).append((callback, dependency))
            else:
                plain.setdefault(dependency.id_str, {}).setdefault(prop, []).append((callback, dependency))
    patterns = {(keys, prop, id_str): uses for keys, props in by_keys.items() for prop, by_id in props.items()
                for id_str, uses in by_id.items()}
    return plain, patterns


def _optional_for(callback: Callback, id_str: str) -> bool:
    """True when `callback` may run without the component `id_str` (C-6: optional=True, or
    allow_optional on every one of its uses of that id)."""
    if callback.optional:
        return True
    uses = [d for d in (*callback.outputs, *callback.inputs, *callback.states) if d.id_str == id_str]
    return all(d.allow_optional for d in uses)


def _all_found(dependency: DashDependency, index: LayoutIndex) -> list[str]:
    """The id string of every component a pattern names, in ALL order (MATCH and ALLSMALLER name
    every instance here)."""
    pattern = dependency.component_id
    return [id_str for id_str in index.by_keys.get(keys_of(pattern), {}) if id_matches(pattern, index.ids[id_str])]


def _not_found(uses: list[tuple[Callback, DashDependency]], role: str, index: LayoutIndex) -> str:
    ids = sorted(i for i in index.paths if not i.startswith("{"))
    dependency = uses[0][1]
    names = list(dict.fromkeys(f"{callback.name}()" for callback, _ in uses))
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    hint = f"{did_you_mean(dependency.id_str, ids)} ".lstrip()
    return (
        f"{who} {'has' if len(names) == 1 else 'have'} {role}({dependency.component_id!r}, "
        f"{dependency.component_property!r}), but no component in the layout has the id {dependency.id_str!r}. {hint}"
        f"The ids in the layout are: {ids}. If a callback creates this component later, set "
        "Dash(__name__, suppress_callback_exceptions=True)."
    )


def _invalid_prop(callback: Callback, role: str, dependency: DashDependency, component_class: type[Component]) -> str:
    valid = [p for p in component_class._prop_names if not p.endswith("*")]
    hint = f"{did_you_mean(dependency.component_property, valid)} ".lstrip()
    library = "html" if "html" in component_class._namespace else "dcc"
    return (
        f"{callback.name}() uses the property {dependency.component_property!r} of {dependency.id_str!r} "
        f"as an {role}, but {library}.{component_class._type} has no such property. {hint}"
        f"Its properties are: {', '.join(valid)}."
    )


def component_class_of(component: dict) -> type[Component] | None:
    """The learndash class for a component's JSON type and namespace, if it is one of ours.
    Classes found are remembered (a harness asks at every edit); a miss is looked for again, as
    the class may be defined later."""
    wanted = (component.get("namespace"), component.get("type"))
    found = _FOUND_CLASSES.get(wanted)
    if found is not None:
        return found
    stack = list(Component.__subclasses__())
    while stack:
        candidate = stack.pop()
        if (candidate._namespace, candidate._type) == wanted:
            _FOUND_CLASSES[wanted] = candidate
            return candidate
        stack.extend(candidate.__subclasses__())
    return None


_FOUND_CLASSES: dict[tuple[Any, Any], type[Component]] = {}


# -- C-9: cycles ----------------------------------------------------------------------------------


def _node(dependency: DashDependency) -> str:
    """Graph node of a dependency, wildcards widened so that patterns meet their instances."""
    if isinstance(dependency.component_id, dict):
        widened = {k: (ALL if isinstance(v, Wildcard) else v) for k, v in dependency.component_id.items()}
        return prop_id(widened, dependency.component_property)
    return dependency.prop_id


def find_cycle(callbacks: Iterable[Any]) -> list[str] | None:
    """A cycle of props through two or more callbacks, e.g. ['a.value', 'b.value', 'a.value'] (C-9).

    Edges inside one callback are never a cycle (R-3): its Output read back as its own Input, or
    two boxes kept in sync by one callback that reads and writes both. So the search runs over
    callbacks: A feeds B when B (another callback) reads a prop A writes. The cycle is written as
    the props that link its callbacks, starting from the smallest.
    """
    callbacks = list(callbacks)
    readers: dict[str, list[int]] = {}
    for position, callback in enumerate(callbacks):
        for dependency in callback.inputs:
            readers.setdefault(_node(dependency), []).append(position)
    feeds: dict[int, dict[int, str]] = {}  # writer -> {reader: the smallest prop linking them}
    for writer, callback in enumerate(callbacks):
        for node in sorted(_node(o) for o in callback.outputs):
            for reader in readers.get(node, []):
                if reader != writer:
                    feeds.setdefault(writer, {}).setdefault(reader, node)
    state: dict[int, int] = {}
    trail: list[int] = []

    def visit(position: int) -> list[int] | None:
        state[position] = 1
        trail.append(position)
        for following in feeds.get(position, {}):
            if state.get(following) == 1:
                return trail[trail.index(following):]
            if following not in state:
                found = visit(following)
                if found:
                    return found
        trail.pop()
        state[position] = 2
        return None

    for start in range(len(callbacks)):
        if start not in state:
            loop = visit(start)
            if loop:
                links = [feeds[a][b] for a, b in zip(loop, loop[1:] + loop[:1])]
                first = links.index(min(links))
                links = links[first:] + links[:first]
                return links + links[:1]
    return None
