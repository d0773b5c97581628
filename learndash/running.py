"""`running=`: what a callback's running Outputs show while its request is in flight (rule C-2 item 3).

The callback definition carries two maps from prop id to value (W-5):

    "running": {"running": {"save.disabled": true}, "runningOff": {"save.disabled": false}}

The page writes the first map as side updates just before it sends the request, and the second
when the answer (or an error) arrives. A prop id may hold a pattern: MATCH means the component of
this request, ALL every matching component. `learndash/static/running.js` is its twin.
"""
from __future__ import annotations

from typing import Any

from .callback_graph import Request
from .dependencies import Output
from .layout import LayoutIndex
from .patterns import resolve
from .protocol import parse_id, split_prop_id, stringify_id


def shows_running(request: Request) -> bool:
    """Whether the page writes `request`'s running= values: Dash does for server callbacks only,
    so a clientside callback's running= is ignored, its "off" values too."""
    return request.callback.clientside_function is None and bool(request.callback.running)


def running_updates(values: dict[str, Any], request: Request, index: LayoutIndex) -> dict[str, dict[str, Any]]:
    """`{"save.disabled": True}` as side updates, `{"save": {"disabled": True}}`, with patterns
    resolved for `request`. A string id stays even when it is not on the page, so the page can
    say so."""
    updates: dict[str, dict[str, Any]] = {}
    for prop_id, value in values.items():
        id_str, prop = split_prop_id(prop_id)
        component_id = parse_id(id_str)
        targets = resolve(Output(component_id, prop), index, request.match_values) if isinstance(component_id, dict) else [component_id]
        for target in targets:
            updates.setdefault(stringify_id(target), {})[prop] = value
    return updates
