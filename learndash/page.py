"""The HTML shell every page load starts from (rules W-1, W-10).

Like Dash's index page it holds `<div id="react-entry-point">`, the config as JSON in
`<script id="_dash-config" type="application/json">`, and the renderer bootstrap, here a single ES
module (`static/main.js`) that imports the rest. plotly.js is not in the shell: `dcc.Graph` loads it
from `plotly_url` the first time a graph mounts, so pages without a graph never download it.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Sequence

STATIC_DIR = Path(__file__).parent / "static"


def config_json(config: dict) -> str:
    """The config as JSON that is safe inside a `<script>` element: `<`, `>` and `&` are escaped,
    so a string like `"</script>"` in the config can't end the element early."""
    text = json.dumps(config, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def module_paths() -> list[str]:
    """Every renderer module, relative to the static folder, e.g. `components/Input.js`."""
    return sorted(path.relative_to(STATIC_DIR).as_posix() for path in STATIC_DIR.rglob("*.js"))


def render_index(
    *,
    title: str,
    config: dict,
    static_url: str,
    plotly_url: str,
    asset_scripts: Sequence[str] = (),
    asset_stylesheets: Sequence[str] = (),
    inline_script: str = "",
) -> str:
    """The index page for `GET /` and every unmatched path (rule W-1).

    `static_url` is where `learndash/static/` is served (e.g. `/_learndash/static/`), `plotly_url`
    where plotly.js is served (e.g. `/_learndash/plotly.min.js`). The app's asset scripts and the
    inline clientside functions (rule C-10) run before the renderer module, as on Dash's page.
    """
    static = html.escape(static_url.rstrip("/"))
    styles = "".join(f'<link rel="stylesheet" href="{html.escape(url)}">\n' for url in asset_stylesheets)
    scripts = "".join(f'<script src="{html.escape(url)}"></script>\n' for url in asset_scripts)
    if inline_script:
        scripts += f"<script>\n{inline_script}\n</script>\n"
    # modulepreload fetches every module at once, instead of one import level per round trip.
    preloads = "\n".join(f'<link rel="modulepreload" href="{static}/{name}">' for name in module_paths())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{static}/learndash.css">
{styles}{preloads}
</head>
<body>
<div id="react-entry-point"></div>
<script id="_dash-config" type="application/json">{config_json(config)}</script>
{scripts}<script type="module" src="{static}/main.js" data-plotly-url="{html.escape(plotly_url)}"></script>
</body>
</html>
"""
