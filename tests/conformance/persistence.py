"""Persistence scenarios (rule K-0c): edits of a component with `persistence` come back when a
callback re-creates it, and after a reload, from the store `persistence_type` names."""
from __future__ import annotations

from .vocabulary import Scenario, click, load, reload, set_props

SCENARIOS: list[Scenario] = []


def build_rerender(lib):
    """K-0c: a callback re-creates the Input (same id, same `persistence`, its layout value), and
    the user's edit comes back; an Input without persistence gets its layout value again."""
    app = lib.Dash(__name__)

    def inputs(n):
        return [lib.dcc.Input(id="kept", value="start", persistence=True),
                lib.dcc.Input(id="lost", value="start"), lib.html.Span(f"render {n}", id="count")]

    app.layout = lib.html.Div([lib.html.Button("re-render", id="again"), lib.html.Div(inputs(0), id="box")])

    @app.callback(lib.Output("box", "children"), lib.Input("again", "n_clicks"), prevent_initial_call=True)
    def rerender(n):
        return inputs(n)

    return app


SCENARIOS.append(Scenario(
    name="K-0c-edit-survives-a-re-render",
    rule_ids=("K-0c",),
    build=build_rerender,
    steps=[
        load(expect={("kept", "value"): "start", ("lost", "value"): "start"}),
        set_props("kept", {"value": "edited"}),
        set_props("lost", {"value": "edited"}),
        click("again", expect={("count", "children"): "render 1", ("kept", "value"): "edited", ("lost", "value"): "start"},
              calls={"rerender": 1}),
    ],
))


def build_reload(lib):
    """K-0c: after a reload, `local` and `session` edits come back (and callbacks read them at
    load), `memory` edits are gone."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.Input(id="local", value="a", persistence="v1"),
        lib.dcc.Input(id="session", value="a", persistence=True, persistence_type="session"),
        lib.dcc.Input(id="memory", value="a", persistence=True, persistence_type="memory"),
        lib.html.Div(id="seen"),
    ])

    @app.callback(lib.Output("seen", "children"), lib.Input("local", "value"), lib.Input("session", "value"),
                  lib.Input("memory", "value"))
    def show(local, session, memory):
        return f"{local} {session} {memory}"

    return app


SCENARIOS.append(Scenario(
    name="K-0c-reload-keeps-local-and-session-not-memory",
    rule_ids=("K-0c", "I-1"),
    build=build_reload,
    steps=[
        load(expect={("seen", "children"): "a a a"}),
        set_props("local", {"value": "L"}),
        set_props("session", {"value": "S"}),
        set_props("memory", {"value": "M"}, expect={("seen", "children"): "L S M"}),
        reload(expect={("local", "value"): "L", ("session", "value"): "S", ("memory", "value"): "a",
                       ("seen", "children"): "L S a"}, calls={"show": 1}),
    ],
))


def build_persistence_key(lib):
    """K-0c: edits are kept per `persistence` value: a callback that switches the key shows the
    edit stored under the new key (or the layout value), and switching back restores the first."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.dcc.RadioItems(["ann", "bob"], "ann", id="user"),
        lib.dcc.Dropdown(["red", "green", "blue"], "red", id="colour", persistence="ann"),
    ])

    @app.callback(lib.Output("colour", "persistence"), lib.Input("user", "value"), prevent_initial_call=True)
    def switch_user(user):
        return user

    return app


SCENARIOS.append(Scenario(
    name="K-0c-persistence-value-switches-the-stored-edit",
    rule_ids=("K-0c",),
    build=build_persistence_key,
    steps=[
        load(expect={("colour", "value"): "red"}),
        set_props("colour", {"value": "blue"}),
        set_props("user", {"value": "bob"}, expect={("colour", "value"): "red", ("colour", "persistence"): "bob"}),
        set_props("colour", {"value": "green"}),
        set_props("user", {"value": "ann"}, expect={("colour", "value"): "blue"}),
        set_props("user", {"value": "bob"}, expect={("colour", "value"): "green"}),
    ],
))


def build_callback_write(lib):
    """K-0c (Dash 4.4.1): a callback's write of a persisted prop is recorded like a user's edit,
    so after a reload the Input shows the value the callback wrote."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("fill", id="fill"),
        lib.dcc.Input(id="name", value="", persistence=True),
    ])

    @app.callback(lib.Output("name", "value"), lib.Input("fill", "n_clicks"), prevent_initial_call=True)
    def fill(n):
        return f"filled {n}"

    return app


SCENARIOS.append(Scenario(
    name="K-0c-callback-write-is-persisted-too",
    rule_ids=("K-0c",),
    build=build_callback_write,
    steps=[
        load(expect={("name", "value"): ""}),
        click("fill", expect={("name", "value"): "filled 1"}, calls={"fill": 1}),
        reload(expect={("name", "value"): "filled 1"}, calls={"fill": 0}),
    ],
))


def build_changed_default(lib):
    """K-0c: a stored edit comes back only while the layout still shows the value it was made
    from; when the app's default changes (here a layout function whose default a button moves
    on), the reloaded page shows the new default and the old edit is forgotten."""
    app = lib.Dash(__name__)
    default = {"value": "v1"}

    def layout():
        return lib.html.Div([
            lib.html.Button("new default", id="bump"),
            lib.html.Div(id="bumped"),
            lib.dcc.Input(id="field", value=default["value"], persistence=True),
        ])

    app.layout = layout

    @app.callback(lib.Output("bumped", "children"), lib.Input("bump", "n_clicks"), prevent_initial_call=True)
    def bump(n):
        default["value"] = f"v{n + 1}"
        return default["value"]

    return app


SCENARIOS.append(Scenario(
    name="K-0c-a-changed-default-forgets-the-edit",
    rule_ids=("K-0c", "W-2"),
    build=build_changed_default,
    steps=[
        load(expect={("field", "value"): "v1"}),
        set_props("field", {"value": "mine"}),
        reload(expect={("field", "value"): "mine"}),
        click("bump", expect={("bumped", "children"): "v2"}),
        reload(expect={("field", "value"): "v2"}),
    ],
))


def build_store_reload(lib):
    """R-8: a `local` or `session` Store belongs to the browser, so after a reload it restores
    what a callback saved (and its readers see that at load); a `memory` Store starts again from
    its layout `data`."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([
        lib.html.Button("save", id="save"),
        lib.dcc.Store(id="local", storage_type="local", data="layout"),
        lib.dcc.Store(id="session", storage_type="session", data="layout"),
        lib.dcc.Store(id="memory", data="layout"),
        lib.html.Div(id="seen"),
    ])

    @app.callback(lib.Output("local", "data"), lib.Output("session", "data"), lib.Output("memory", "data"),
                  lib.Input("save", "n_clicks"), prevent_initial_call=True)
    def save(n):
        return f"saved {n}", f"saved {n}", f"saved {n}"

    @app.callback(lib.Output("seen", "children"), lib.Input("local", "data"), lib.Input("session", "data"),
                  lib.Input("memory", "data"))
    def show(local, session, memory):
        return f"{local} / {session} / {memory}"

    return app


SCENARIOS.append(Scenario(
    name="R-8-reload-restores-local-and-session-stores-not-memory",
    rule_ids=("R-8", "K-9"),
    build=build_store_reload,
    steps=[
        load(expect={("seen", "children"): "layout / layout / layout"}),
        click("save", expect={("seen", "children"): "saved 1 / saved 1 / saved 1"}),
        reload(expect={("local", "data"): "saved 1", ("session", "data"): "saved 1", ("memory", "data"): "layout",
                       ("seen", "children"): "saved 1 / saved 1 / layout"}),
    ],
))
