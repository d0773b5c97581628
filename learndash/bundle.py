"""The renderer's ES modules joined into one script, generated from `learndash/static` when served.

The modules in `static/` stay the source students read; the page loads this generated copy so the
browser makes one request instead of one per module (30 round trips before the first paint).
Each module becomes a function scope that returns its exports, in dependency order, and each
`import` line becomes a read of that object. The module text itself is kept as it is, so the
bundle reads like the files, one after another:

    // components/dom.js                        import { applyCommon } from "./dom.js";
    const module_components_dom = (() => {       becomes
      ...the module's text, `export ` dropped... const { applyCommon } = module_components_dom;
      return { applyCommon, make };
    })();

JSDoc blocks are left out of the bundle (a third of its bytes; read them in the modules), the
`//` comments that say why stay in. Only the forms the renderer uses are understood (named and namespace imports of relative paths;
exported functions, classes and constants); anything else is refused with the line that uses it.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"
ENTRY = "main.js"

NAMED_IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";[ \t]*$', re.MULTILINE)
NAMESPACE_IMPORT = re.compile(r'^import\s*\*\s*as\s+(\w+)\s+from\s*"([^"]+)";[ \t]*$', re.MULTILINE)
EXPORT = re.compile(r"^export\s+((?:async\s+)?function\*?|class|const)\s+(\w+)", re.MULTILINE)
ANY_IMPORT_OR_EXPORT = re.compile(r"^(?:import|export)\b.*$", re.MULTILINE)
# A block comment on lines of its own: `/** ... */` above a function, never one inside a line.
COMMENT_BLOCK = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*\n", re.MULTILINE | re.DOTALL)


class BundleError(ValueError):
    """A module uses an import or export form the bundler does not translate."""


@dataclass(frozen=True)
class Bundle:
    """The generated script and its version: a hash of its text, for a URL that never changes meaning."""

    text: str
    version: str


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


def translate(module: str, source: str) -> str:
    """One module as a function scope that returns its exports (see the module docstring)."""

    def named(match: re.Match[str]) -> str:
        names = [part.strip() for part in match.group(1).split(",") if part.strip()]
        bindings = ", ".join(name.replace(" as ", ": ") for name in names)
        return f"const {{ {bindings} }} = {variable_for(resolve_path(module, match.group(2)))};"

    def namespace(match: re.Match[str]) -> str:
        return f"const {match.group(1)} = {variable_for(resolve_path(module, match.group(2)))};"

    body = NAMED_IMPORT.sub(named, COMMENT_BLOCK.sub("", source))
    body = NAMESPACE_IMPORT.sub(namespace, body)
    exports = [m.group(2) for m in EXPORT.finditer(body)]
    body = EXPORT.sub(lambda m: f"{m.group(1)} {m.group(2)}", body)
    leftover = ANY_IMPORT_OR_EXPORT.search(body)
    if leftover:
        raise BundleError(f"{module}: the bundler does not translate this line: {leftover.group(0)!r}.")
    return (
        f"// {module}\nconst {variable_for(module)} = (() => {{\n{body.rstrip()}\n"
        f"return {{ {', '.join(exports)} }};\n}})();\n"
    )


def build_bundle(read: dict[str, str], entry: str = ENTRY) -> Bundle:
    """The bundle of `entry` and everything it imports, from module texts keyed by relative path."""
    header = "// The renderer's modules from learndash/static, joined in dependency order (learndash/bundle.py).\n"
    text = header + "\n".join(translate(module, read[module]) for module in dependency_order(read, entry))
    return Bundle(text=text, version=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])


def renderer_bundle(static_dir: Path = STATIC_DIR) -> Bundle:
    """The bundle of the static folder as it is now: rebuilt only when a module file changed, so
    an edited module shows on the next page load without a restart."""
    stamps = tuple(sorted((p.relative_to(static_dir).as_posix(), p.stat().st_mtime_ns) for p in static_dir.rglob("*.js")))
    return _bundle_for(static_dir, stamps)


@lru_cache(maxsize=1)
def _bundle_for(static_dir: Path, stamps: tuple[tuple[str, int], ...]) -> Bundle:
    return build_bundle({name: (static_dir / name).read_text(encoding="utf-8") for name, _ in stamps})
