"""The Component base class: declared props, explicit values only, teaching errors, Dash's JSON."""
from __future__ import annotations

import difflib
import inspect
import random
import uuid
from typing import Any, ClassVar

# Short names students type, e.g. "html.Div", for the long namespaces that go on the wire.
LIBRARY_NAMES = {"dash_html_components": "html", "dash_core_components": "dcc"}

# Where a prop name ends in "*" it stands for a family, e.g. "data-*" allows "data-user".
WILDCARD_SUFFIX = "*"

# Auto-generated ids come from a seeded generator, like Dash's, so that every worker process
# that builds the same layout at import time gives the same components the same ids.
_random_ids = random.Random(0)


def dash_prop_order(names: tuple[str, ...]) -> tuple[str, ...]:
    """Order props the way Dash lists them for components written in JavaScript.

    `children` and `id` come first, the rest follow case-insensitively sorted:
    ("title", "id", "className") -> ("id", "className", "title").
    """
    first = tuple(name for name in ("children", "id") if name in names)
    rest = sorted((name for name in names if name not in first), key=str.lower)
    return first + tuple(rest)


class PropAttribute:
    """Reads one declared prop as an attribute: the value if it was set, else None (K-0a)."""

    def __init__(self, name: str, doc: str) -> None:
        self.name = name
        self.__doc__ = doc

    def __get__(self, component: Component | None, owner: type) -> Any:
        if component is None:
            return self
        return component._props.get(self.name)

    def __set__(self, component: Component, value: Any) -> None:
        component._set_prop(self.name, value)

    def __repr__(self) -> str:
        return f"<prop {self.name!r}>"



class UnknownPropError(AttributeError):
    """Reading a prop a component does not have. The teaching message (with its "Did you mean")
    is built only when shown: JSON encoders probe components for attributes such as `tolist`
    thousands of times while serializing a large layout."""

    def __init__(self, component: Component, name: str) -> None:
        super().__init__(name)
        self.component = component
        self.prop = name

    def __str__(self) -> str:
        return self.component._unknown_prop_message(self.prop)


class Component:
    """A node of a Dash layout: a type, a namespace and the props the user set (W-2).

    Subclasses declare what they are; this class does the rest:
        _type            "Div", "Slider", ... (the JSON "type")
        _namespace       "dash_html_components" or "dash_core_components"
        _prop_names      every valid prop, in Dash's order ("data-*" marks a family)
        _positional      the props accepted positionally, in Dash's order
        _required        props that must be given, e.g. dcc.Store's id
        _component_props props that may hold a Component (always includes children)
        _js_defaults     what the browser assumes when a prop is unset; documentation only,
                         these never appear in the JSON and read as None (K-0a)
    """

    _type: ClassVar[str] = ""
    _namespace: ClassVar[str] = ""
    _prop_names: ClassVar[tuple[str, ...]] = ()
    _positional: ClassVar[tuple[str, ...]] = ()
    _required: ClassVar[tuple[str, ...]] = ()
    _component_props: ClassVar[tuple[str, ...]] = ("children",)
    _js_defaults: ClassVar[dict[str, Any]] = {}
    _has_children: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Give each declared prop an attribute and a visible signature, for help() and IDEs."""
        super().__init_subclass__(**kwargs)
        cls._has_children = "children" in cls._prop_names
        for name in cls._prop_names:
            if not name.endswith(WILDCARD_SUFFIX):
                setattr(cls, name, PropAttribute(name, cls._prop_doc(name)))
        parameters = [
            inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None)
            for name in cls._positional
        ]
        parameters.append(inspect.Parameter("props", inspect.Parameter.VAR_KEYWORD))
        cls.__signature__ = inspect.Signature(parameters)

    @classmethod
    def _prop_doc(cls, name: str) -> str:
        if name in cls._js_defaults:
            return f"None until set; the browser assumes {cls._js_defaults[name]!r} (K-0a)."
        return "None until set."

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        object.__setattr__(self, "_props", {})
        if len(args) > len(self._positional):
            raise TypeError(self._too_many_positional_message(len(args)))
        for name, value in zip(self._positional, args):
            if name in kwargs:
                raise TypeError(f"{self._label()} got two values for `{name}`: {value!r} "
                                f"by position and {kwargs[name]!r} by keyword. Pass it once.")
            kwargs[name] = value
        for name in self._required:
            if name not in kwargs:
                raise TypeError(f"{self._label()} requires the `{name}` prop, but it was not "
                                f"given. Pass it, e.g. {self._label()}({name}=...).")
        # W-2: a class that declares children always has the key, even when nothing was passed.
        if self._has_children:
            self._props["children"] = None
        # The id goes first so that every later error message can name the component by it.
        if "id" in kwargs:
            self._set_prop("id", kwargs.pop("id"))
        for name, value in kwargs.items():
            self._set_prop(name, value)

    # ---- props -------------------------------------------------------------------------------

    @property
    def available_properties(self) -> list[str]:
        """Every prop this component accepts, in Dash's order."""
        return list(self._prop_names)

    @classmethod
    def has_prop(cls, name: str) -> bool:
        """True when `name` is a declared prop or matches a family such as data-* / aria-*."""
        if name in cls._prop_names:
            return True
        return any(name.startswith(family[:-1]) for family in cls._wildcards())

    @classmethod
    def _wildcards(cls) -> tuple[str, ...]:
        return tuple(name for name in cls._prop_names if name.endswith(WILDCARD_SUFFIX))

    def _set_prop(self, name: str, value: Any) -> None:
        """Check one prop and store it; explicit None is stored too (W-2)."""
        if not self.has_prop(name):
            raise TypeError(self._unknown_prop_message(name))
        if isinstance(value, Component) and name not in self._component_props:
            raise TypeError(self._component_in_prop_message(name, value))
        if name == "id":
            check_id(value, self._label())
        self._props[name] = value

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: declared props are PropAttributes on the class.
        if name.startswith("_"):
            raise AttributeError(name)
        if self.has_prop(name):  # data-* / aria-*, reachable through getattr(comp, "data-x")
            return self._props.get(name)
        raise UnknownPropError(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        # Refuse typos (`comp.childen = ...`) instead of quietly creating a new attribute.
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self._set_prop(name, value)

    # ---- ids ---------------------------------------------------------------------------------

    def _set_random_id(self) -> str | dict[str, Any]:
        """Return this component's id, first giving it a generated one if it has none.

        Used by `Input(component, "value")`, which needs an id to refer to the component.
        """
        if "id" in self._props:
            return self._props["id"]
        if self._props.get("persistence"):
            raise RuntimeError(
                f"{self._label()} uses `persistence` but has no id. Persisted values are stored "
                f"under the component's id, and a generated id can change between runs. "
                f"Give it an explicit id, e.g. {self._label()}(id='my-input', persistence=True).")
        new_id = str(uuid.UUID(int=_random_ids.randint(0, 2**128)))
        self._props["id"] = new_id
        return new_id

    # ---- JSON and repr -----------------------------------------------------------------------

    def to_plotly_json(self) -> dict[str, Any]:
        """The wire form (W-2): declared props in Dash's order, then data-*/aria-* as given.

        Child components stay Component objects; the JSON encoder calls this method on them.
        html.Div(id="out") -> {"props": {"children": None, "id": "out"},
                               "type": "Div", "namespace": "dash_html_components"}
        """
        props = {name: self._props[name] for name in self._prop_names if name in self._props}
        props.update((name, value) for name, value in self._props.items() if name not in props)
        return {"props": props, "type": self._type, "namespace": self._namespace}

    def __repr__(self) -> str:
        shown = [name for name, value in self.to_plotly_json()["props"].items()
                 if value is not None]
        if shown and shown != ["children"]:
            listed = ", ".join(f"{name}={self._props[name]!r}" for name in shown)
        else:
            listed = repr(self._props.get("children"))
        return f"{self._type}({listed})"

    # ---- teaching messages -------------------------------------------------------------------

    def _label(self) -> str:
        """'html.Div', or 'html.Div(id='out')' once the id is known, for error messages."""
        name = f"{LIBRARY_NAMES.get(self._namespace, self._namespace)}.{self._type}"
        component_id = self._props.get("id")
        if isinstance(component_id, (str, dict)):
            return f"{name}(id={component_id!r})"
        return name

    def _unknown_prop_message(self, name: str) -> str:
        plain = [prop for prop in self._prop_names if not prop.endswith(WILDCARD_SUFFIX)]
        guesses = difflib.get_close_matches(name, plain, n=3, cutoff=0.6)
        guesses += [prop for prop in plain if prop.lower() == name.lower() and prop not in guesses]
        hint = f" Did you mean {' or '.join(repr(g) for g in guesses)}?" if guesses else ""
        families = " and any " + " / ".join(self._wildcards()) if self._wildcards() else ""
        return (
            f"{self._label()} has no prop {name!r}.{hint}\n"
            f"A component only accepts the props it declares; anything else would be silently "
            f"ignored by the browser.\n"
            f"Valid props: {', '.join(sorted(plain, key=str.lower))}{families}."
        )

    def _component_in_prop_message(self, name: str, value: Component) -> str:
        return (
            f"{self._label()} got a component for `{name}`: {value!r}.\n"
            f"Only {', '.join(self._component_props)} can hold components.\n"
            f"Did you forget to wrap several children in a list? Write "
            f"html.Div([html.P('a'), html.P('b')]), not html.Div(html.P('a'), html.P('b'))."
        )

    def _too_many_positional_message(self, count: int) -> str:
        fix = "Pass the extra values by keyword"
        if self._has_children:
            fix = "Pass several children as one list, e.g. html.Div(['a', html.B('b')]), and "
            fix += "everything else by keyword"
        return (
            f"{self._label()} takes at most {len(self._positional)} positional arguments "
            f"({', '.join(self._positional)}) but got {count}.\n{fix}."
        )


def check_id(value: Any, label: str = "A component") -> None:
    """Reject ids Dash cannot route: not a str or dict, or a dict with bad keys or values (P-1)."""
    if isinstance(value, str):
        return
    if not isinstance(value, dict):
        raise TypeError(
            f"{label} got id={value!r}, but an id must be a string or a dict.\n"
            f"Callbacks find components by id, e.g. id='total' or id={{'type': 'row', "
            f"'index': 3}}.")
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise TypeError(
                f"{label} has the dict id {value!r} with the key {key!r}. "
                f"Keys of a dict id must be non-empty strings, e.g. {{'index': 3}}.")
        if not isinstance(item, (str, int, float, bool)):
            raise TypeError(
                f"{label} has the dict id {value!r} whose value for {key!r} is {item!r}. "
                f"Values of a dict id must be strings, numbers or booleans, so that "
                f"pattern-matching callbacks can compare them.")
