"""`AppHarness`: drive an app like a person in a browser would, without a browser (rule C-12).

The harness is a thin API over the renderer model (`learndash.renderer.Page`) and a transport
(`learndash.transport`): `AppHarness(app)` runs the app in this process, `AppHarness.connect(url)`
drives any running server that speaks Dash's protocol (learndash or real Dash), and
`AppHarness.over(transport)` any other transport. After every action (`set_props`, `click`,
`tick`) the whole cascade settles before the call returns, as on the page.
"""
from __future__ import annotations

from typing import Any

from ..app import Dash
from ..behaviors import CORE, interval_can_tick, is_drawn, link_target
from ..component import LIBRARY_NAMES
from ..dispatch import CallRecord
from ..exceptions import LearndashError
from ..html import NAMESPACE as HTML
from ..layout import get_at, is_component
from ..protocol import loads_like_javascript, stringify_id
from ..persistence import EditStores
from ..renderer import Page
from ..quote import short_repr
from ..serialize import to_json, why_json_cannot_hold
from ..suggest import did_you_mean
from ..transport import HttpTransport, InProcessTransport, Transport
from ..validation import PageError, component_class_of
from .forms import kind_of, submission_address, submitted_form
from .visible_text import visible_text

__all__ = ["AppHarness", "CallRecord"]

# Loads in a row that Locations may ask for after one action before the harness calls it a loop.
MAX_PAGE_LOADS = 20


class AppHarness:
    """Drive a Dash-protocol app like a person in a browser would, without a browser.

    >>> h = AppHarness(app)                                  # doctest: +SKIP
    >>> h.set_props("my-input", {"value": "hi"})             # a user edit; the cascade settles
    >>> h.text("my-output")                                  # doctest: +SKIP
    'Output: hi'

    Actions: `set_props`, `click`, `tick`, `advance(ms)`, `reload()`. Reading: `get_prop`, `get_props`,
    `has_component`, `text`. What happened: `calls` (one `CallRecord` per request) and `errors`
    (one `PageError` per dev-tools error). With `raise_on_error=True` (the default) the first new
    error of an action, or of the page load, is raised once everything has settled; the exception's
    `.harness` and `.page` are the settled page, to inspect.
    """

    def __init__(self, app: Any, *, raise_on_error: bool = True, url: str = "/") -> None:
        """Open `app` (a learndash `Dash`) in this process and run its initial callbacks."""
        if not isinstance(app, Dash):
            raise TypeError(
                f"AppHarness(app) opens a learndash Dash app in this process, but got {type(app).__module__}."
                f"{type(app).__qualname__} {short_repr(app)}. Pass the app object (app = Dash(__name__)); to "
                "drive another server, real Dash included, run it and use AppHarness.connect(url)."
            )
        self.app = app
        self.open(InProcessTransport(app), raise_on_error=raise_on_error, url=url)

    @classmethod
    def over(cls, transport: Transport, *, raise_on_error: bool = True, url: str = "/") -> AppHarness:
        """Open the page that `transport` serves (see `learndash.transport`)."""
        harness = cls.__new__(cls)
        harness.app = None
        harness.open(transport, raise_on_error=raise_on_error, url=url)
        return harness

    @classmethod
    def connect(cls, base_url: str, *, raise_on_error: bool = True, url: str = "/", timeout: float = 30.0) -> AppHarness:
        """Drive a running server, learndash or real Dash: `AppHarness.connect("http://127.0.0.1:8050")`."""
        return cls.over(HttpTransport(base_url, timeout=timeout), raise_on_error=raise_on_error, url=url)

    def open(self, transport: Transport, *, raise_on_error: bool, url: str) -> None:
        self.transport = transport
        self.raise_on_error = raise_on_error
        self.url = url
        self.clock = VirtualClock()
        self.persistence = EditStores()  # the browser's stores of persisted edits, kept across reloads (K-0c)
        self.earlier_calls: list[CallRecord] = []  # of pages before the last reload
        self.earlier_errors: list[PageError] = []
        self.storage: dict[str, Any] = {}  # the browser's localStorage and sessionStorage, kept across reloads
        self.page = Page.open(transport, url=url, persistence=self.persistence, storage=self.storage)
        self.finish_action(0)

    def reload(self) -> None:
        """The browser's reload button: the page is fetched and started again. Persisted edits
        in `local` and `session` storage come back; `memory` ones are gone (K-0c)."""
        errors_before = len(self.errors)
        self.url = self.page.url  # the address bar, also after a Location pushed an address
        self.load_again()
        self.finish_action(errors_before)

    def load_again(self) -> None:
        """Fetch and start the page again at `self.url`, keeping the browser's storage."""
        self.earlier_calls, self.earlier_errors = self.calls, self.errors
        self.clock = VirtualClock(self.clock.now_ms)  # time goes on: a reload during advance() gets only what is left
        self.page = Page.open(
            self.transport, url=self.url, persistence=self.persistence, storage=self.storage, clock_ms=self.page.clock_ms
        )

    def finish_action(self, errors_before: int) -> None:
        """After an action settled: follow the page loads that Locations with `refresh=True` asked
        for (K-8), as the browser would, then raise the first new error (`raise_first`)."""
        for _ in range(MAX_PAGE_LOADS):
            if self.page.reload_url is None:
                self.raise_first(errors_before)
                return
            self.url = self.page.reload_url
            self.load_again()
        raise LearndashError(
            f"The page kept loading itself again: after {MAX_PAGE_LOADS} loads a dcc.Location with refresh=True "
            f"still sends it on (now to {self.url!r}). Two pages that redirect to each other never stop; "
            "make one of them show its content instead of returning a Location or writing pathname."
        )

    def close(self) -> None:
        """Release the transport."""
        self.transport.close()

    def __enter__(self) -> AppHarness:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # -- what the page has done ---------------------------------------------------------------

    @property
    def calls(self) -> list[CallRecord]:
        """Every callback request the page sent, in order (across reloads)."""
        return self.earlier_calls + self.page.calls

    @property
    def errors(self) -> list[PageError]:
        """Every error the page showed, in order (what Dash's dev tools list), across reloads."""
        return self.earlier_errors + self.page.errors

    # -- what a test does ---------------------------------------------------------------------

    def set_props(self, component_id: Any, props: dict[str, Any]) -> None:
        """A user edit of `component_id`: writes the props, then runs every callback it triggers."""
        check_user_edit(component_id, self.component(component_id), props)
        errors_before = len(self.errors)
        self.page.set_props(stringify_id(component_id), loads_like_javascript(edit_json(component_id, props)))  # as the browser holds them
        self.page.settle()
        self.finish_action(errors_before)

    def click(self, component_id: Any) -> None:
        """A click, as it bubbles up the page (rules K-1, K-14): the clicked element and every element
        around it that counts clicks (`counts_clicks`), has an id and no `disable_n_clicks` write
        `n_clicks + 1` and `n_clicks_timestamp`, innermost first, before any callback runs; then the
        innermost dcc.Link or html.A around it (or clicked) is followed (`follow`), or else the
        html.Form a submit button is in is submitted (`forms.py`). A click on or inside a disabled
        control does nothing at all (`blocked_by_disabled_control`)."""
        component = self.component(component_id)
        if not counts_clicks(component) and kind_of(component) != LINK:
            library = LIBRARY_NAMES.get(component.get("namespace"), component.get("namespace"))
            raise LearndashError(
                f"click({component_id!r}): clicks are counted by html elements (html.Button, html.Div, ...), "
                f"dcc.Button and dcc.Textarea, and followed by a dcc.Link, but {component_id!r} is a "
                f"{library}.{component['type']}. Change its props the way a person would with set_props({component_id!r}, {{...}})."
            )
        around = self.elements_around(component_id)
        if blocked_by_disabled_control(around):
            return
        followed = next((node for node in around if kind_of(node) in (LINK, ANCHOR)), None)
        errors_before = len(self.errors)
        for element in around:
            props = element["props"]
            if counts_clicks(element) and props.get("id") is not None and not props.get("disable_n_clicks"):
                click_edit = {"n_clicks": (props.get("n_clicks") or 0) + 1, "n_clicks_timestamp": self.page.now_ms()}
                self.page.set_props(stringify_id(props["id"]), click_edit)
        self.page.settle()
        self.finish_action(errors_before)
        if followed is not None:
            self.follow(followed)
        elif (submission := submitted_form(around)) is not None:
            self.page.url = submission_address(*submission, url=self.page.url)  # the browser loads the form's address
            self.reload()

    def elements_around(self, component_id: Any) -> list[dict]:
        """The component and the components around it, innermost first."""
        path = self.page.index.path_of(stringify_id(component_id))
        around = [get_at(self.page.layout, path[:end]) for end in range(len(path), -1, -1)]
        return [node for node in around if is_component(node)]

    def follow(self, link: dict) -> None:
        """The browser follows a clicked dcc.Link or html.A (K-14, K-1). Another address of the app
        loads the page there (a Link with `refresh=True`, an html.A); a Link without refresh, or an
        html.A to a `#fragment` of this page, only moves the address, which every Location reads
        (K-8). A link to another window or site leaves this page as it is."""
        props = link["props"]
        target = link_target(props, url=self.page.url) if props.get("href") else None
        if target is None:
            return
        if kind_of(link) == LINK:
            reloads = bool(props.get("refresh"))
        else:
            reloads = "#" not in target or target.split("#")[0] != self.page.url.split("#")[0]
        if reloads:
            self.page.url = target  # the address bar, where the reload loads the page
            self.reload()
            return
        errors_before = len(self.errors)
        self.page.navigate(target, refresh="callback-nav")  # pushState + popstate: every Location reads it
        self.page.settle()
        self.finish_action(errors_before)

    def tick(self, component_id: Any, n: int = 1) -> None:
        """`n` timer ticks of a `dcc.Interval`, each one edit of `n_intervals`; a stopped timer
        (disabled, or at `max_intervals`) does not tick (rule K-12)."""
        component = self.component(component_id)
        if component.get("type") != "Interval":
            raise LearndashError(
                f"tick({component_id!r}): only a dcc.Interval ticks, but {component_id!r} is a "
                f"{LIBRARY_NAMES.get(component.get('namespace'), component.get('namespace'))}.{component.get('type')}. "
                f"Change its props the way a person would, e.g. click({component_id!r}) or set_props({component_id!r}, {{...}})."
            )
        for _ in range(n):
            props = self.component(component_id)["props"]
            if not interval_can_tick(props):
                return
            self.set_props(component_id, {"n_intervals": (props.get("n_intervals") or 0) + 1})

    def advance(self, ms: float) -> None:
        """Let `ms` milliseconds of virtual time pass: every running `dcc.Interval` ticks as its
        timer would in the browser, in time order, each tick settling before the next (R-10, K-12).

        A timer starts when its Interval appears and restarts when `interval` or `disabled`
        changes; a tick at `max_intervals` does nothing, and raising `max_intervals` resumes it.
        """
        if isinstance(ms, bool) or not isinstance(ms, (int, float)) or not 0 <= ms < float("inf"):
            raise ValueError(
                f"advance({ms!r}): ms must be a finite number of milliseconds, 0 or more, e.g. advance(1000) "
                "for one second. Virtual time only moves forward, and an endless advance would never return "
                "while an Interval runs."
            )
        end = self.clock.now_ms + ms
        while True:
            due = self.clock.next_tick(self.page, until_ms=end)
            if due is None:
                break
            due_ms, component_id = due
            self.clock.now_ms = due_ms
            props = self.component(component_id)["props"]
            if interval_can_tick(props):
                self.set_props(component_id, {"n_intervals": (props.get("n_intervals") or 0) + 1})
        self.clock.now_ms = end

    def get_prop(self, component_id: Any, prop: str) -> Any:
        """The prop's current value, None when it was never set (rule K-0a)."""
        return self.component(component_id)["props"].get(prop)

    def get_props(self, component_id: Any) -> dict[str, Any]:
        """Every prop the component has in the layout store (a copy)."""
        return dict(self.component(component_id)["props"])

    def has_component(self, component_id: Any) -> bool:
        """True while a component with this id is on the page."""
        return self.page.component_by_id(component_id) is not None

    def text(self, component_id: Any) -> str:
        """The text a person sees in that element."""
        return visible_text(self.component(component_id))

    # -- helpers --------------------------------------------------------------------------------

    def component(self, component_id: Any) -> dict:
        """The component JSON with this id; a KeyError with a suggestion when there is none."""
        if not isinstance(component_id, (str, dict)):
            raise TypeError(
                f"{short_repr(component_id)} is not a component id: an id is a string or a dict, "
                "e.g. 'total' or {'type': 'row', 'index': 3}."
            )
        found = self.page.component_by_id(component_id)
        if found is None:
            ids = self.page.index.paths
            hint = f" {did_you_mean(stringify_id(component_id), ids)}".rstrip()
            raise KeyError(
                f"No component with id {component_id!r} is on the page.{hint} The ids on the page are: {sorted(ids)}"
            )
        return found

    def raise_first(self, errors_before: int) -> None:
        """With `raise_on_error`, raise the first error the last action showed, after it settled."""
        new_errors = self.errors[errors_before:]
        if new_errors and self.raise_on_error:
            error = new_errors[0].exception
            error.harness = self  # type: ignore[attr-defined]  # the settled page stays inspectable
            error.page = self.page  # type: ignore[attr-defined]
            raise error


LINK = (CORE, "Link")
ANCHOR = (HTML, "A")


def counts_clicks(component: dict) -> bool:
    """Whether a click writes `n_clicks`: every html element does (K-1), and of the dcc
    components Button and Textarea (K-14)."""
    return component.get("namespace") == HTML or kind_of(component) in ((CORE, "Button"), (CORE, "Textarea"))


#: The controls whose `disabled` the browser honours for clicks, and the Fieldset that disables them.
CONTROLS = {(HTML, "Button"), (HTML, "Select"), (HTML, "Textarea"), (CORE, "Button"), (CORE, "Textarea")}
FIELDSET = (HTML, "Fieldset")


def blocked_by_disabled_control(around: list[dict]) -> bool:
    """Whether a click on `around[0]` is lost, as on Dash's page (K-1): the browser stops a click at
    a disabled control (its own `disabled`, or a disabled Fieldset around it), and React, which
    listens at the page's root, never sees it, so nothing inside counts either."""
    for place, node in enumerate(around):
        if kind_of(node) in CONTROLS and (
            node["props"].get("disabled")
            or any(kind_of(outer) == FIELDSET and outer["props"].get("disabled") for outer in around[place + 1:])
        ):
            return True
    return False


def check_user_edit(component_id: Any, component: dict, props: Any) -> None:
    """What a person can do to a component on the page: change props it has, but never its id
    (the values must be JSON too: `edit_json`). Anything else is a mistake in the test, named here."""
    if not isinstance(props, dict) or not all(isinstance(name, str) for name in props):
        raise TypeError(
            f"set_props({component_id!r}, {short_repr(props)}): the second argument must be a dict from "
            f"property names to values, e.g. set_props({component_id!r}, {{'value': 3}})."
        )
    component_class = component_class_of(component)
    for name in props:
        if name == "id":
            raise LearndashError(
                f"set_props({component_id!r}, {{'id': ...}}): a person cannot change a component's id, only "
                "its other props. To test a component with another id, put one with that id in the layout."
            )
        if component_class is not None and not component_class.has_prop(name):
            valid = [prop for prop in component_class._prop_names if not prop.endswith("*")]
            hint = did_you_mean(name, valid) or f"Its properties are: {', '.join(valid)}."
            raise LearndashError(
                f"set_props({component_id!r}, {{{name!r}: ...}}): {LIBRARY_NAMES[component_class._namespace]}."
                f"{component_class._type} has no property {name!r}, so no person could change it. {hint}"
            )


def edit_json(component_id: Any, props: dict[str, Any]) -> str:
    """The edit's props as JSON text, as the browser would hold them; a value JSON cannot hold (a
    set, itself, a huge int) is named, with its prop."""
    try:
        return to_json(props)
    except Exception:  # TypeError and RecursionError mostly, but a value's to_plotly_json may raise anything
        pass
    for name, value in props.items():
        problem = why_json_cannot_hold(value)
        if problem:
            raise TypeError(
                f"set_props({component_id!r}, {{{name!r}: ...}}): the page holds props as JSON, but this value "
                f"is {problem}"
            )
    raise TypeError(f"set_props({component_id!r}, ...): the page holds props as JSON, and these cannot be written as JSON.")


class VirtualClock:
    """The harness's time for `advance`: one timer per Interval on the page (rule K-12).

    A timer is (the component object it belongs to, its period, its next due time); it restarts
    when the Interval is re-mounted (a new object) or its `interval` or `disabled` changes.
    """

    def __init__(self, now_ms: float = 0.0) -> None:
        self.now_ms = now_ms
        self.timers: dict[str, tuple[dict, Any, Any, float]] = {}

    def next_tick(self, page: Page, *, until_ms: float) -> tuple[float, Any] | None:
        """(due time, id) of the earliest timer due by `until_ms`, moving that timer on; None if none."""
        self.refresh(page)
        due = [(timer[3], id_str) for id_str, timer in self.timers.items() if timer[3] <= until_ms]
        if not due:
            return None
        due_ms, id_str = min(due, key=lambda item: item[0])
        component, period, disabled, _ = self.timers[id_str]
        self.timers[id_str] = (component, period, disabled, due_ms + period)
        return due_ms, component["props"]["id"]

    def refresh(self, page: Page) -> None:
        """Start, restart or stop timers to match the Intervals now drawn on the page (one in an
        unselected Tab has no timer, K-13), in document order."""
        running: dict[str, tuple[dict, Any, Any, float]] = {}
        for id_str in page.index.paths:
            component = page.component_by_id(page.index.ids[id_str])
            if component is None or (component.get("namespace"), component.get("type")) != (CORE, "Interval"):
                continue
            if not is_drawn(page.layout, page.index.paths[id_str]):
                continue
            props = component["props"]
            period = 1000 if props.get("interval") is None else props["interval"]
            disabled = props.get("disabled")
            if disabled:
                continue
            timer = self.timers.get(id_str)
            if timer is not None and timer[0] is component and timer[1] == period and timer[2] == disabled:
                running[id_str] = timer
            else:
                running[id_str] = (component, period, disabled, self.now_ms + max(period or 0, 1))
        self.timers = running
