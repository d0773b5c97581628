"""`Dash`: an app is a layout, a registry of callbacks, a config, and a Flask server (rule A, W-10).

The class only holds these together. Running a callback lives in `execute.py`, the routes in
`server.py`, the checks in `validation.py`; each can be read on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import flask

from . import validation
from .clientside import InlineFunction
from .callbacks import Callback, CallbackRegistry, adopt_pending, declare_clientside
from .html import Div


@dataclass
class AppConfig:
    """Settings that may change after construction, e.g. `app.config.suppress_callback_exceptions`."""

    suppress_callback_exceptions: bool = False
    prevent_initial_callbacks: bool = False
    url_base_pathname: str = "/"
    requests_pathname_prefix: str = "/"
    external_stylesheets: list[Any] = field(default_factory=list)
    external_scripts: list[Any] = field(default_factory=list)
    assets_folder: str = "assets"

    def __getitem__(self, key: str) -> Any:
        """Dash's config is also read like a dict: `app.config["suppress_callback_exceptions"]`."""
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        """And written like one, as older tutorials do: `app.config["suppress_callback_exceptions"] = True`."""
        setattr(self, key, value)

    def __setattr__(self, key: str, value: Any) -> None:
        """Only the settings Dash has (its other keys are kept, as Dash keeps them): a misspelt key
        would otherwise be stored and silently ignored; Dash refuses it too ("Invalid config key")."""
        if key not in self.__dataclass_fields__ and key not in DASH_ONLY_CONFIG_KEYS:
            raise AttributeError(
                f"app.config has no setting {key!r}, so setting it would change nothing. The settings are: "
                f"{', '.join(self.__dataclass_fields__)}; e.g. app.config.suppress_callback_exceptions = True."
            )
        object.__setattr__(self, key, value)

    def update(self, settings: Any = (), **more: Any) -> None:
        """Several settings at once, as a dict does: `app.config.update({"suppress_callback_exceptions": True})`."""
        for key, value in dict(settings, **more).items():
            setattr(self, key, value)


#: Keys of Dash 4's `app.config` that learndash does not use: setting one is accepted, as in Dash.
DASH_ONLY_CONFIG_KEYS = frozenset({
    "assets_external_path", "assets_ignore", "assets_path_ignore", "assets_url_path", "compress",
    "csrf_header_name", "csrf_token_name", "description", "eager_loading", "extra_hot_reload_paths",
    "health_endpoint", "hide_all_callbacks", "include_assets_files", "include_pages_meta", "meta_tags", "name",
    "pages_folder", "routes_pathname_prefix", "serve_locally", "show_undo_redo", "title", "update_title",
})


class Dash:
    """A learndash app, built exactly as a Dash app: `app = Dash(__name__)`.

    `on_error=handler` handles an exception of any callback that has no `on_error` of its own: the
    handler's return value stands for the callback's, None leaves every output (rule W-9 step 5).
    """

    def __init__(
        self,
        name: str | None = None,
        *,
        suppress_callback_exceptions: bool = False,
        prevent_initial_callbacks: bool = False,
        title: str = "Dash",
        update_title: str = "Updating...",
        external_stylesheets: list[Any] | None = None,
        external_scripts: list[Any] | None = None,
        assets_folder: str = "assets",
        server: flask.Flask | bool = True,
        on_error: Callable[[Exception], Any] | None = None,
        **unsupported: Any,
    ) -> None:
        if unsupported:
            raise TypeError(
                f"Dash() got keyword argument(s) learndash does not support: {', '.join(sorted(unsupported))}. "
                "See the docs' 'Differences from Dash' page for what learndash leaves out."
            )
        self.name = name or "__main__"
        self.config = AppConfig(
            suppress_callback_exceptions=suppress_callback_exceptions,
            prevent_initial_callbacks=prevent_initial_callbacks,
            external_stylesheets=list(external_stylesheets or []),
            external_scripts=list(external_scripts or []),
            assets_folder=assets_folder,
        )
        self.title = title
        self.update_title = update_title
        self.callback_registry = CallbackRegistry(on_error=on_error)
        self._layout: Any = None
        # Dash's spelling (rule V-4): a superset of every page's components, checked against the
        # callbacks instead of the first layout, so a multi-page app validates without suppressing.
        self.validation_layout: Any = None
        # Dash's spelling: components added after the layout on every page load (cbsc016), e.g.
        # app._extra_components.append(dcc.Store(id="shared")). Plugins use it to add a Store.
        self._extra_components: list[Any] = []
        self._server: flask.Flask | None = None
        if isinstance(server, flask.Flask):
            self._server = server
            self._add_routes()

    @property
    def server(self) -> flask.Flask:
        """The Flask app that serves this app, as in Dash (`gunicorn app:server` uses it).

        Made the first time it is asked for: building Flask's routes costs more than a small app
        itself, and a test that drives the app headless never needs them.
        """
        if self._server is None:
            self._server = flask.Flask(self.name)
            self._add_routes()
        return self._server

    def _add_routes(self) -> None:
        from .server import add_routes

        add_routes(self)

    # -- layout ---------------------------------------------------------------------------------

    @property
    def layout(self) -> Any:
        return self._layout

    @layout.setter
    def layout(self, value: Any) -> None:
        validation.check_layout_type(value)
        self._layout = value

    def serve_layout(self) -> Any:
        """The layout for one page load: a function layout is called each time (rule W-2), with
        `_extra_components` after it."""
        validation.check_layout_type(self._layout)
        layout = self._layout() if callable(self._layout) else self._layout
        validation.check_layout_type(layout)
        if self._extra_components:
            # As Dash does: one Div holding the layout, then the extra components.
            # [html.Div(id="page")] + [Store(id="x")] -> Div([[Div(id="page")], Store(id="x")])
            layout = Div(children=[layout, *self._extra_components])
        return layout

    # -- callbacks ------------------------------------------------------------------------------

    def callback(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register the decorated function as a callback; it stays a plain, callable function."""

        def register(function: Callable[..., Any]) -> Callable[..., Any]:
            self.callback_registry.add(
                Callback.declare(
                    function, args, kwargs, default_prevent_initial_call=self.config.prevent_initial_callbacks
                )
            )
            return function

        return register

    def clientside_callback(self, clientside_function: Any, *args: Any, **kwargs: Any) -> None:
        """Register a callback whose function is JavaScript, run by the page (rule C-10): a string
        such as `"function(n) { return n * 2; }"`, or `ClientsideFunction(namespace, name)` for a
        function that a script in the app's assets/ folder puts on `window.dash_clientside`."""
        self.callback_registry.add(
            declare_clientside(
                clientside_function, args, kwargs, default_prevent_initial_call=self.config.prevent_initial_callbacks
            )
        )

    def prepare(self) -> None:
        """Adopt callbacks declared with the global `@callback` (Dash does this on its first request)."""
        adopt_pending(self.callback_registry)

    def inline_clientside_functions(self) -> list[InlineFunction]:
        """The inline JavaScript of the app's clientside callbacks, which its page defines (C-10)."""
        self.prepare()
        return [c.inline for c in self.callback_registry if c.inline is not None]

    def dependencies(self) -> list[dict[str, Any]]:
        """The body of `/_dash-dependencies` (rule W-5)."""
        self.prepare()
        return [c.definition() for c in self.callback_registry]

    def validate_layout(self, layout_json: Any) -> list[validation.PageError]:
        """Every problem between the callbacks and this layout (rules V-2, V-4, C-9)."""
        return validation.validate_layout(
            layout_json,
            self.callback_registry,
            suppress_callback_exceptions=self.config.suppress_callback_exceptions,
            validation_layout=self.validation_layout,
        )

    # -- running --------------------------------------------------------------------------------

    def run(self, debug: bool = False, host: str = "127.0.0.1", port: int = 8050, **flask_options: Any) -> None:
        """Serve the app with Flask's development server, keeping connections open between
        requests (`dev_server.py`); `request_handler=` in `flask_options` picks another handler."""
        from .dev_server import KeepAliveRequestHandler

        self.debug = debug
        self.prepare()
        flask_options.setdefault("request_handler", KeepAliveRequestHandler)
        self.server.run(host=host, port=port, debug=debug, **flask_options)

    def run_server(self, *args: Any, **kwargs: Any) -> None:
        """The Dash 1.x/2.x spelling of `run` (removed in Dash 3; kept here for old tutorials)."""
        self.run(*args, **kwargs)

    debug: bool = False
