"""The app's `assets/` folder: scripts and stylesheets every page loads, served at `/assets/` as
Dash does (next to the module that made the app, unless `assets_folder` says otherwise).

Scripts are where `ClientsideFunction`s live (rule C-10); the page loads them, in sorted order,
before the renderer starts.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from .app import Dash

ASSETS_URL = "/assets/"


def assets_dir(app: Dash) -> Path:
    """The folder: `assets_folder` relative to the app module's folder (Flask's root path)."""
    return Path(app.server.root_path, app.config.assets_folder)


def asset_files(app: Dash, suffix: str) -> list[str]:
    """Paths, relative to the folder and with `/`, of every `suffix` file in it, sorted."""
    folder = assets_dir(app)
    if not folder.is_dir():
        return []
    found = []
    for root, _, files in os.walk(folder):
        found += [Path(root, name).relative_to(folder).as_posix() for name in files if name.endswith(suffix)]
    return sorted(found)


def asset_url(name: str) -> str:
    """The URL of the asset at `name` (relative, with `/`): percent-encoded, so a file named
    `50% off #1.css` is fetched whole, not cut at `#` or read as an escape (`/assets/50%25%20off%20%231.css`)."""
    return ASSETS_URL + quote(name)


def asset_script_sources(app: Dash) -> list[str]:
    """The text of every asset script, in the order the page runs them."""
    folder = assets_dir(app)
    return [(folder / name).read_text(encoding="utf-8") for name in asset_files(app, ".js")]
