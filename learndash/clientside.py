"""Clientside callbacks: callbacks whose function is JavaScript and runs in the page (rule C-10).

Dash names a clientside function by `(namespace, function_name)` under `window.dash_clientside`.
A `ClientsideFunction` points at one that the app's `assets/` scripts define. An inline function,
written as a string of JavaScript, is put by the server into the index page as a script that
defines it under the namespace `_dashprivate_clientside_funcs`, named by the SHA-256 of its
source, exactly as Dash 4 does. The server never runs either: it only lists them in
`/_dash-dependencies`. The browser runs them in the page; the headless harness runs them in an
embedded V8 (`clientside_engine.py`).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Callable

from .exceptions import LearndashError

INLINE_NAMESPACE = "_dashprivate_clientside_funcs"


@dataclass(frozen=True)
class ClientsideFunction:
    """`ClientsideFunction("ui", "double")` is `window.dash_clientside.ui.double`, defined by a
    script in the app's `assets/` folder."""

    namespace: str
    function_name: str

    def to_dict(self) -> dict[str, str]:
        """Its `clientside_function` entry in `/_dash-dependencies` (rule W-5)."""
        return {"namespace": self.namespace, "function_name": self.function_name}


@dataclass(frozen=True)
class InlineFunction:
    """A clientside function written inline as JavaScript source."""

    source: str

    @property
    def reference(self) -> ClientsideFunction:
        """Where the page finds it: the SHA-256 of its source, in Dash's private namespace."""
        digest = hashlib.sha256(self.source.encode("utf-8")).hexdigest()
        return ClientsideFunction(INLINE_NAMESPACE, digest)


def clientside_reference(function: Any) -> tuple[ClientsideFunction, InlineFunction | None]:
    """(where the page finds the function, the inline source to serve or None), from what the app
    passed to `clientside_callback`: a string of JavaScript or a `ClientsideFunction`."""
    if isinstance(function, ClientsideFunction):
        return function, None
    if isinstance(function, str):
        inline = InlineFunction(function)
        return inline.reference, inline
    raise LearndashError(
        f"clientside_callback() takes the JavaScript function first, as a string such as "
        f"\"function(value) {{ return value * 2; }}\" or as ClientsideFunction('namespace', 'name') for a "
        f"function in your assets/ folder, but it got {function!r:.80}."
    )


JS_FUNCTION_NAME = re.compile(r"^\s*(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)")


def display_name(reference: ClientsideFunction, inline: InlineFunction | None) -> str:
    """The name page errors and call records use: a named inline function's own name, else
    `namespace.function_name` (an anonymous inline function: `clientside_<first 8 hex digits>`)."""
    if inline is None:
        return f"{reference.namespace}.{reference.function_name}"
    named = JS_FUNCTION_NAME.match(inline.source)
    return named.group(1) if named else f"clientside_{reference.function_name[:8]}"


def runs_in_the_browser(name: str) -> Callable[..., Any]:
    """The Python side of a clientside callback: it is never called by the page, and a request that
    reaches the server anyway is answered with an error that says where the function runs."""

    def clientside_stand_in(*_: Any, **__: Any) -> Any:
        raise LearndashError(
            f"{name} is a clientside callback: its JavaScript runs in the page, not on the server, so "
            "/_dash-update-component cannot run it. Send the request to the page's renderer instead."
        )

    clientside_stand_in.__name__ = clientside_stand_in.__qualname__ = name
    return clientside_stand_in


def inline_script(functions: list[InlineFunction]) -> str:
    """The script the index page carries for inline clientside functions: it defines each one as
    `window.dash_clientside._dashprivate_clientside_funcs[<sha256>]`, byte for byte as Dash 4's page does."""
    if not functions:
        return ""
    lines = [
        "var clientside = window.dash_clientside = window.dash_clientside || {};",
        f"var ns = clientside[{json.dumps(INLINE_NAMESPACE)}] = clientside[{json.dumps(INLINE_NAMESPACE)}] || {{}};",
    ]
    for function in functions:
        lines.append(f"ns[{json.dumps(function.reference.function_name)}] = {function.source};")
    return "(function() {\n" + "".join(f"    {line}\n" for line in lines) + "})();"
