"""learndash: Plotly Dash, re-implemented small and faithfully, to learn how Dash works.

Apps written for learndash run on Dash unchanged but for the import line.
"""
from __future__ import annotations

from . import dcc, html
from .app import Dash
from .callbacks import callback, clientside_callback
from .clientside import ClientsideFunction
from .context import callback_context, ctx, set_props
from .dependencies import ALL, ALLSMALLER, MATCH, Input, Output, State
from .patch import Patch
from .no_update import no_update

__all__ = [
    "Dash",
    "html",
    "dcc",
    "Input",
    "Output",
    "State",
    "ALL",
    "MATCH",
    "ALLSMALLER",
    "callback",
    "clientside_callback",
    "ClientsideFunction",
    "ctx",
    "callback_context",
    "set_props",
    "no_update",
    "Patch",
]
