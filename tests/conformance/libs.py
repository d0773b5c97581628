"""The two library namespaces a scenario's `build(lib)` can use: learndash's and real Dash's.

A builder writes `lib.Dash(__name__)`, `lib.html.Div(...)`, `lib.Input(...)`,
`raise lib.PreventUpdate` ... so one builder gives a learndash app or a Dash app, and the same
expectations are checked against both (issue 3, "One conformance suite, two harnesses").
"""
from __future__ import annotations

from functools import cache
from types import SimpleNamespace

NAMES = (
    "Dash", "html", "dcc", "Input", "Output", "State", "ALL", "MATCH", "ALLSMALLER",
    "ctx", "no_update", "set_props", "Patch", "clientside_callback", "ClientsideFunction",
)


def learndash_lib() -> SimpleNamespace:
    """learndash's public names, plus `PreventUpdate` from `learndash.exceptions`."""
    import learndash
    from learndash.exceptions import PreventUpdate

    return SimpleNamespace(
        name="learndash", PreventUpdate=PreventUpdate, **{n: getattr(learndash, n) for n in NAMES}
    )


@cache
def dash_lib() -> SimpleNamespace:
    """Real Dash's names, plus `dash.exceptions.PreventUpdate` (Dash is the test oracle)."""
    import dash
    from dash.exceptions import PreventUpdate

    return SimpleNamespace(name="dash", PreventUpdate=PreventUpdate, **{n: getattr(dash, n) for n in NAMES})


LEARNDASH = learndash_lib()
