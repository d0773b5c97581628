"""The renderer's ES modules joined into one script, generated from `learndash/static` when served.

The modules in `static/` stay the source students read; the page loads this generated copy so the
browser makes one request instead of one per module (30 round trips before the first paint).
Each module becomes a function scope that returns its exports, in dependency order, and each
`import` line becomes a read of that object. The module text itself is kept (then shrunk, see
below), so the bundle reads like the files, one after another:

    // components/dom.js                        import { applyCommon } from "./dom.js";
    const module_components_dom = (() => {       becomes
      ...the module's text, `export ` dropped... const { applyCommon } = module_components_dom;
      return { applyCommon, make };
    })();

A module that is imported only with `import("./devtools.js")`, when the page needs it, is left
out of the bundle and served as a *chunk* of its own: an ES module whose `load` runs it with the
bundle's modules it imports, once. The dynamic import becomes a read of that chunk:

    import("./devtools.js")   becomes   import("./renderer-<chunk hash>.js").then((chunk) => chunk.load({ module_protocol }))

The joined text is then shrunk (`shrink.py`): comments and indentation go, the tokens and the
line breaks stay; read the comments in the modules. Only the forms the renderer uses are
understood (named and namespace imports of relative paths, `import("./x.js")` of one in the
bundle's own modules; exported functions, classes and constants); anything else is refused with
the line that uses it.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .shrink import shrink

STATIC_DIR = Path(__file__).parent / "static"
ENTRY = "main.js"

NAMED_IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";[ \t]*$', re.MULTILINE)
NAMESPACE_IMPORT = re.compile(r'^import\s*\*\s*as\s+(\w+)\s+from\s*"([^"]+)";[ \t]*$', re.MULTILINE)
EXPORT = re.compile(r"^export\s+((?:async\s+)?function\*?|class|const)\s+(\w+)", re.MULTILINE)
DYNAMIC_IMPORT = re.compile(r'\bimport\("([^"]+)"\)')
ANY_IMPORT_OR_EXPORT = re.compile(r"^(?:import|export)\b.*$", re.MULTILINE)
#: The bundle's and the chunks' URLs, relative to one another: `renderer-<version>.js`.
FILE_NAME = "renderer-{version}.js"


class BundleError(ValueError):
    """A module uses an import or export form the bundler does not translate."""


@dataclass(frozen=True)
class Bundle:
    """The generated script and its version: a hash of its text, for a URL that never changes meaning.
    `chunks` are the scripts its dynamic imports load, by the module each one is for."""

    text: str
    version: str
    chunks: dict[str, Bundle] = field(default_factory=dict)

    def file(self, version: str) -> Bundle | None:
        """The bundle or the chunk with this version, if it is one of them."""
        if version == self.version:
            return self
        return next((chunk for chunk in self.chunks.values() if chunk.version == version), None)


def variable_for(module: str) -> str:
    """The name a module's exports get in the bundle: `components/dom.js` → `module_components_dom`."""
    return "module_" + re.sub(r"\W", "_", module.removesuffix(".js"))


def imports_of(module: str, source: str) -> list[str]:
    """The modules `module` imports, as paths relative to the static folder, in source order."""
    found = [(m.start(), m.group(2)) for m in NAMED_IMPORT.finditer(source)]
    found += [(m.start(), m.group(2)) for m in NAMESPACE_IMPORT.finditer(source)]
    return [resolve_path(module, target) for _, target in sorted(found)]


def resolve_path(module: str, target: str) -> str:
    """`./dom.js` imported by `components/Input.js` → `components/dom.js`."""
    if not target.startswith("."):
        raise BundleError(f"{module}: only relative imports can be bundled, not {target!r}.")
    return posixpath.normpath(posixpath.join(posixpath.dirname(module), target))


def dependency_order(read: dict[str, str], entry: str = ENTRY) -> list[str]:
    """Every module reachable from `entry`, each after the modules it imports (a cycle is refused,
    because a module's exports must exist before the modules that read them run)."""
    ordered: list[str] = []
    visiting: list[str] = []

    def visit(module: str) -> None:
        if module in ordered:
            return
        if module in visiting:
            cycle = " → ".join(visiting[visiting.index(module):] + [module])
            raise BundleError(f"The renderer's modules import each other in a cycle: {cycle}.")
        visiting.append(module)
        for imported in imports_of(module, read[module]):
            visit(imported)
        visiting.pop()
        ordered.append(module)

    visit(entry)
    return ordered


def dynamic_imports(module: str, source: str) -> list[str]:
    """The modules `module` loads with `import("./x.js")`, as paths relative to the static folder."""
    return [resolve_path(module, target) for target in DYNAMIC_IMPORT.findall(source)]


def translate(module: str, source: str, chunks: dict[str, str] | None = None) -> str:
    """One module as a function scope that returns its exports (see the module docstring);
    `chunks` gives the text that replaces each `import("./x.js")`, by the module it loads."""

    def named(match: re.Match[str]) -> str:
        names = [part.strip() for part in match.group(1).split(",") if part.strip()]
        bindings = ", ".join(name.replace(" as ", ": ") for name in names)
        return f"const {{ {bindings} }} = {variable_for(resolve_path(module, match.group(2)))};"

    def namespace(match: re.Match[str]) -> str:
        return f"const {match.group(1)} = {variable_for(resolve_path(module, match.group(2)))};"

    def dynamic(match: re.Match[str]) -> str:
        target = resolve_path(module, match.group(1))
        if chunks is None or target not in chunks:
            raise BundleError(f"{module}: only the bundle's own modules can import a module when needed, not {target!r}.")
        return chunks[target]

    body = NAMED_IMPORT.sub(named, source)
    body = NAMESPACE_IMPORT.sub(namespace, body)
    body = DYNAMIC_IMPORT.sub(dynamic, body)
    exports = [m.group(2) for m in EXPORT.finditer(body)]
    body = EXPORT.sub(lambda m: f"{m.group(1)} {m.group(2)}", body)
    leftover = ANY_IMPORT_OR_EXPORT.search(body)
    if leftover:
        raise BundleError(f"{module}: the bundler does not translate this line: {leftover.group(0)!r}.")
    return (
        f"// {module}\nconst {variable_for(module)} = (() => {{\n{body.rstrip()}\n"
        f"return {{ {', '.join(exports)} }};\n}})();\n"
    )


def versioned(text: str, chunks: dict[str, Bundle] | None = None, *, shrunk: bool = True) -> Bundle:
    """A script, shrunk unless asked not to, with the hash of its text as its version."""
    if shrunk:
        text = shrink(text)
    return Bundle(text=text, version=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], chunks=chunks or {})


def build_chunk(read: dict[str, str], entry: str, bundled: list[str], *, shrunk: bool = True) -> tuple[Bundle, str]:
    """The chunk for `import(entry)` from a bundle of the modules `bundled`, and the expression
    that loads it there: `entry` and the modules only it imports, run once by `load`. (A module
    that two chunks import and the bundle does not would run once in each; none does.)"""
    own = [module for module in dependency_order(read, entry) if module not in bundled]
    needed = sorted({imported for module in own for imported in imports_of(module, read[module]) if imported in bundled})
    parameters = ", ".join(variable_for(module) for module in needed)
    body = "\n".join(translate(module, read[module]) for module in own)
    chunk = versioned(
        f"// {entry} and the modules only it imports, for import(\"./{entry}\") (learndash/bundle.py).\n"
        f"let exports = null;\nexport function load({{ {parameters} }}) {{\nif (exports === null) {{\n{body}"
        f"exports = {variable_for(entry)};\n}}\nreturn exports;\n}}\n",
        shrunk=shrunk,
    )
    url = "./" + FILE_NAME.format(version=chunk.version)
    return chunk, f'import("{url}").then((chunk) => chunk.load({{ {parameters} }}))'


def build_bundle(read: dict[str, str], entry: str = ENTRY, *, shrunk: bool = True) -> Bundle:
    """The bundle of `entry` and everything it imports, from module texts keyed by relative path,
    with a chunk for each module it imports only when needed. `shrunk=False` keeps the comments
    and indentation (to compare with the shrunk text)."""
    bundled = dependency_order(read, entry)
    chunks: dict[str, Bundle] = {}
    loads: dict[str, str] = {}
    for module in bundled:
        for target in dynamic_imports(module, read[module]):
            if target in bundled:
                loads[target] = f"Promise.resolve({variable_for(target)})"
            elif target not in chunks:
                chunks[target], loads[target] = build_chunk(read, target, bundled, shrunk=shrunk)
    header = "// The renderer's modules from learndash/static, joined in dependency order (learndash/bundle.py).\n"
    return versioned(header + "\n".join(translate(module, read[module], loads) for module in bundled), chunks, shrunk=shrunk)


def renderer_bundle(static_dir: Path = STATIC_DIR) -> Bundle:
    """The bundle of the static folder as it is now: rebuilt only when a module file changed, so
    an edited module shows on the next page load without a restart."""
    stamps = tuple(sorted((p.relative_to(static_dir).as_posix(), p.stat().st_mtime_ns) for p in static_dir.rglob("*.js")))
    return _bundle_for(static_dir, stamps)


@lru_cache(maxsize=1)
def _bundle_for(static_dir: Path, stamps: tuple[tuple[str, int], ...]) -> Bundle:
    return build_bundle({name: (static_dir / name).read_text(encoding="utf-8") for name, _ in stamps})
