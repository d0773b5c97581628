"""The HTML shell every page load starts from (rules W-1, W-10).

Like Dash's index page it holds `<div id="react-entry-point">` and the config as JSON in
`<script id="_dash-config" type="application/json">`. To paint sooner it carries, unlike Dash's,
what the renderer would otherwise fetch one round trip later: the layout and the dependencies as
JSON (`_dash-layout`, `_dash-dependencies`, the same text the endpoints serve), the stylesheet
inline, and one script, the renderer modules bundled (`bundle.py`; the debug page adds the dev
tools' chunk). plotly.js is requested with the page only when the layout holds a `dcc.Graph`;
pages without a graph never download it.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Sequence

from .layout import walk_components

STATIC_DIR = Path(__file__).parent / "static"


def script_safe(json_text: str) -> str:
    """JSON text that is safe inside a `<script>` element: `<`, `>` and `&` are escaped, so a
    string like `"</script>"` can't end the element early (JSON allows `\\u003c` in strings)."""
    return json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def config_json(config: dict) -> str:
    """The config as JSON that is safe inside a `<script>` element."""
    return script_safe(json.dumps(config, ensure_ascii=False, sort_keys=True))


def has_graph(layout: Any) -> bool:
    """Whether the layout JSON holds a `dcc.Graph`, which needs plotly.js (rule K-7)."""
    return any(
        component["type"] == "Graph" and component.get("namespace") == "dash_core_components"
        for _, component in walk_components(layout)
    )


def dcc_types(layout: Any) -> list[str]:
    """The dcc component types in the layout JSON, sorted: which component modules the page needs."""
    return sorted({
        component["type"]
        for _, component in walk_components(layout)
        if component.get("namespace") == "dash_core_components"
    })


def render_index(
    *,
    title: str,
    config: dict,
    bundle_url: str,
    plotly_url: str,
    preload_urls: Sequence[str] = (),
    layout_json: str | None = None,
    dependencies_json: str | None = None,
    load_plotly: bool = False,
    asset_scripts: Sequence[str] = (),
    asset_stylesheets: Sequence[str] = (),
    inline_script: str = "",
) -> str:
    """The index page for `GET /` and every unmatched path (rule W-1).

    `bundle_url` is where the renderer bundle is served, `plotly_url` where plotly.js is;
    `preload_urls` are chunks of the bundle the page will import as it starts, fetched with it.
    `layout_json` and `dependencies_json`, when given, are embedded so the renderer need not fetch
    them; `load_plotly` has the page load plotly.js itself, without waiting for a Graph to mount.
    The app's asset scripts and the inline clientside functions (rule C-10) run before the
    renderer (a module script, so it runs once the page is parsed), as on Dash's page.
    """
    embedded = [
        f'<script id="{element_id}" type="application/json">{script_safe(text)}</script>'
        for element_id, text in (("_dash-layout", layout_json), ("_dash-dependencies", dependencies_json))
        if text is not None
    ]
    styles = "".join(f'<link rel="stylesheet" href="{html.escape(url)}">\n' for url in asset_stylesheets)
    scripts = "".join(f'<script src="{html.escape(url)}"></script>\n' for url in asset_scripts)
    if inline_script:
        scripts += f"<script>\n{inline_script}\n</script>\n"
    preloads = "".join(f'<link rel="modulepreload" href="{html.escape(url)}">\n' for url in preload_urls)
    plotly = html.escape(plotly_url)
    # A deferred script after the renderer's: it downloads with the page and compiles as it streams
    # in, and runs after the renderer, which has then already sent the initial callback requests.
    plotly_script = f'\n<script id="plotly-js" defer src="{plotly}"></script>' if load_plotly else ""
    stylesheet = (STATIC_DIR / "learndash.css").read_text(encoding="utf-8")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="icon" href="data:,">
<style>
{stylesheet}</style>
{styles}{preloads}<script type="module" src="{html.escape(bundle_url)}" data-plotly-url="{plotly}"></script>{plotly_script}
</head>
<body>
<div id="react-entry-point"></div>
<script id="_dash-config" type="application/json">{config_json(config)}</script>
{scripts}{chr(10).join(embedded)}
</body>
</html>
"""
