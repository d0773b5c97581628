"""`BrowserHarness`: the `AppHarness` API, driven through the real page in headless Chromium.

It serves the app's Flask server on 127.0.0.1 (a free port, in a thread), opens the page in Debian's
Chromium through selenium (`/usr/bin/chromium` + `/usr/bin/chromedriver`, never a downloaded
driver), and after every action waits until the page reports `window.learndash.pending === 0`,
polled inside the browser rather than slept for.

Dash mode (`dash_mode=True`) serves the *same* app built with real `dash` and drives Dash's own
page: edits go through `window.dash_clientside.set_props`, props and idleness are read from Dash's
redux store (`window.store`, which Dash's renderer always publishes). So one scenario can be checked
against learndash's renderer and against Dash itself.

`harness.calls` lists the callback requests the page sent, as `CallRecord`s like `AppHarness`'s,
recorded by the test server (so it works the same for both pages). Starting Chromium costs about a
second, so a suite that opens many apps shares one `Chromium` between harnesses:

    with Chromium() as chromium:
        for app in apps:
            with BrowserHarness(app, chromium=chromium) as page:
                ...
"""
from __future__ import annotations

import base64
import importlib.util
import re
import sys
import time
import types
from pathlib import Path
from typing import Any, Callable

from ..dispatch import CallRecord
from .call_recorder import CallRecorder
from .chromium import Chromium
from .harness import MAX_PAGE_LOADS
from .page_scripts import ALL_DRAWN, BOXES, CONTENT_BOX, DASH_PAGE, LEARNDASH_PAGE, WAIT_IDLE
from .serving import LocalServer

def _load_dash_app(source: Callable[[], Any] | str | Path) -> Any:
    """The app for Dash mode: a built `dash.Dash` app as is, the result of a zero-argument builder,
    or a module file loaded after swapping `from learndash import ...` / `import learndash` for
    dash, and its `app`."""
    if hasattr(source, "server"):
        return source  # a Dash app is itself callable (WSGI), so check this before calling
    if callable(source):
        return source()
    path = Path(source)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\bfrom learndash(\.\w+)?\b", lambda m: "from dash" + (m.group(1) or ""), text)
    text = re.sub(r"\bimport learndash\b", "import dash as learndash", text)
    module = types.ModuleType(f"dash_mode_{path.stem}")
    module.__file__ = str(path)
    sys.path.insert(0, str(path.parent))
    try:
        exec(compile(text, str(path), "exec"), module.__dict__)
    finally:
        sys.path.remove(str(path.parent))
    return module.app


def _load_learndash_app(source: Any) -> Any:
    if isinstance(source, (str, Path)):
        spec = importlib.util.spec_from_file_location(f"learndash_app_{Path(source).stem}", source)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.app
    if callable(source) and not hasattr(source, "server"):
        return source()
    return source


class BrowserHarness:
    """Drive an app in headless Chromium with the same API as `AppHarness`.

    >>> with BrowserHarness(app) as page:          # doctest: +SKIP
    ...     page.type_text("name", "Ada")
    ...     assert page.text("greeting") == "Hello Ada"
    """

    def __init__(
        self,
        app: Any,
        *,
        dash_mode: bool = False,
        url: str = "/",
        timeout: float = 15.0,
        raise_on_error: bool = False,
        chromium: Chromium | None = None,
    ) -> None:
        """`raise_on_error=True` raises, like `AppHarness`, when an action leaves new page errors
        (off by default: a page keeps running after an error). `chromium` shares a running
        browser instead of starting one (see `Chromium`)."""
        self.dash_mode = dash_mode
        self.timeout = timeout
        self.raise_on_error = raise_on_error
        self.app = _load_dash_app(app) if dash_mode else _load_learndash_app(app)
        self.calls: list[CallRecord] = []
        self._server = None
        self._chromium = chromium
        self._owns_chromium = chromium is None
        self._page_js = DASH_PAGE if dash_mode else LEARNDASH_PAGE
        try:
            self._start_server()
            if self._owns_chromium:
                self._chromium = Chromium(timeout=timeout)
            self._driver = self._chromium.driver
            self.open(url)
        except BaseException:
            self.close()
            raise

    # -- lifecycle ------------------------------------------------------------------------------

    def _start_server(self) -> None:
        self._server = LocalServer(CallRecorder(self.app.server, self.calls, self._callback_name))
        self.base_url = self._server.base_url

    def _callback_name(self, output: str) -> str:
        """The function name of the callback whose wire `output` id a request names (rule W-6)."""
        if self.dash_mode:
            entry = self.app.callback_map.get(output)
            function = entry and entry.get("callback")
        else:
            callback = self.app.callback_registry.by_output_id.get(output)
            function = callback and callback.function
        return getattr(function, "__name__", output)

    def open(self, path: str = "/") -> None:
        """Load a page of the app and wait until it is hydrated and idle."""
        self._driver.get(self.base_url + path)
        self.wait_idle()

    def close(self) -> None:
        """Leave the page (quitting Chromium unless it is shared) and stop the server; safe to
        call twice."""
        if self._chromium is not None:
            try:
                if self._owns_chromium:
                    self._chromium.quit()
                else:
                    # The next app may get this port, hence this origin: leave it no stored edits.
                    self._driver.execute_script("localStorage.clear(); sessionStorage.clear();")
                    self._chromium.leave_page()
            finally:
                self._chromium = None
                self._driver = None
        if self._server is not None:
            self._server.close()
            self._server = None

    def __enter__(self) -> BrowserHarness:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # -- talking to the page --------------------------------------------------------------------

    def _page(self, expression: str, *args: Any) -> Any:
        return self._driver.execute_script(self._page_js + expression, *args)

    def wait_idle(self) -> None:
        """Wait until no callback is requested or in flight (the page's own pending count), on the
        page that is there by then: a Location with refresh=True may load a new one meanwhile (K-8)."""
        from selenium.common.exceptions import WebDriverException

        document = self._document_mark()
        for _ in range(MAX_PAGE_LOADS):
            try:
                idle = self._driver.execute_async_script(self._page_js + WAIT_IDLE, int(self.timeout * 1000))
            except WebDriverException:
                if self._document_mark() == document:
                    raise
                document = self._document_mark()  # the page was loaded again: wait for the new one
                continue
            if not idle:
                raise TimeoutError(f"The page still had callbacks pending after {self.timeout} s.")
            if self._document_mark() == document:
                return
            document = self._document_mark()
        raise TimeoutError(f"The page kept loading itself again ({MAX_PAGE_LOADS} loads), so it never settled.")

    def _document_mark(self) -> str:
        """A token of the document in the tab, new after every page load."""
        return self._driver.execute_script(
            "return window.__harnessDocument = window.__harnessDocument || String(Math.random());"
        )

    def wait_until(self, condition: str) -> None:
        """Wait until a JavaScript expression is true in the page (checked in the browser)."""
        script = (
            "const done = arguments[arguments.length - 1]; const deadline = Date.now() + arguments[0];"
            f"const check = () => {{ if ({condition}) done(true); else if (Date.now() > deadline) done(false);"
            " else setTimeout(check, 5); }; check();"
        )
        if not self._driver.execute_async_script(script, int(self.timeout * 1000)):
            raise TimeoutError(f"Still false after {self.timeout} s: {condition}")

    def wait_drawn(self) -> None:
        """Wait until every visible component is on the page and every Graph is drawn to its box's
        width: Dash's page is idle before its lazily loaded dropdowns, sliders and graphs appear."""
        try:
            self.wait_until("(() => {" + self._page_js + ALL_DRAWN + "})()")
        except TimeoutError:
            raise TimeoutError(f"Some components were still not drawn after {self.timeout} s.") from None

    def component_boxes(self) -> dict[str, list[int]]:
        """{element id: [left, top, width, height]} of every visible component, in CSS pixels."""
        return self._page(BOXES)

    def _element(self, component_id: Any):
        self._props(component_id)  # raises the KeyError that lists the ids
        element = self._driver.execute_script("return document.getElementById(arguments[0]);", _dom_id(component_id))
        if element is None:
            raise LookupError(f"Component {component_id!r} is in the layout but has no element on the page.")
        return element

    def _props(self, component_id: Any) -> dict[str, Any]:
        props = self._page("return page.getProps(arguments[0]);", component_id)
        if props is None:
            ids = sorted(self._page("return page.ids();"))
            raise KeyError(f"No component with id {component_id!r} is on the page. The ids on the page are: {ids}")
        return props

    # -- the AppHarness API ---------------------------------------------------------------------

    def set_props(self, component_id: Any, props: dict[str, Any]) -> None:
        """A user edit of `component_id` (rule C-2 item 1), then wait for the cascade to settle."""
        self._props(component_id)
        errors_before = self._error_count() if self.raise_on_error else 0
        self._page("page.setProps(arguments[0], arguments[1]);", component_id, props)
        self._settle_and_report(errors_before)

    def click(self, component_id: Any) -> None:
        """A real mouse click on the component's element (rule K-1)."""
        element = self._element(component_id)
        errors_before = self._error_count() if self.raise_on_error else 0
        element.click()
        self._settle_and_report(errors_before)

    def _error_count(self) -> int:
        return self._page("return page.errors().length;")

    def _settle_and_report(self, errors_before: int) -> None:
        """Wait for the cascade; with `raise_on_error`, raise the first new page error."""
        self.wait_idle()
        if self.raise_on_error:
            new_errors = self.errors[errors_before:]
            if new_errors:
                raise new_errors[0].exception

    def advance(self, ms: float) -> None:
        """Let `ms` milliseconds pass in the page (its Intervals tick on their own, rule R-10),
        then wait until it is idle. Unlike `AppHarness.advance` this is real time."""
        errors_before = self._error_count()
        time.sleep(ms / 1000)
        self._settle_and_report(errors_before)

    def page_calls(self) -> list[CallRecord]:
        """learndash's page only: its own trace (what its Callbacks panel shows), clientside calls
        included, as the `CallRecord`s that `AppHarness.calls` gives (`CallRecord.to_json()` in JS)."""
        return [CallRecord(**entry) for entry in self._driver.execute_script("return window.learndash.calls;")]

    def reload(self) -> None:
        """The browser's reload button; the page's storage stays (persistence, K-0c)."""
        self._driver.refresh()
        self.wait_idle()

    def get_prop(self, component_id: Any, prop: str) -> Any:
        """The prop's current value in the page's store, None when it was never set (rule K-0a)."""
        return self._props(component_id).get(prop)

    def get_props(self, component_id: Any) -> dict[str, Any]:
        return self._props(component_id)

    def has_component(self, component_id: Any) -> bool:
        return self._page("return page.getProps(arguments[0]) !== null;", component_id)

    def text(self, component_id: Any) -> str:
        """The text a person sees in that element."""
        return self._element(component_id).text

    @property
    def errors(self) -> list[Any]:
        """The errors the page shows (dev tools in Dash, the overlay in learndash), oldest first."""
        from ..validation import PageError

        found = self._page("return page.errors();")
        return [PageError(e["title"], e["message"], RuntimeError(e["message"])) for e in reversed(found)]

    # -- only a browser can do these ------------------------------------------------------------

    def _text_box(self, component_id: Any) -> Any:
        """The element a person types into: the component itself, the text box inside it, or (a
        Dropdown, whose search box is in its menu, rule K-3) the search box its click opens."""
        from selenium.webdriver.common.by import By

        element = self._element(component_id)
        if element.tag_name in ("input", "textarea"):
            return element
        typed_into = "input:not([type=radio]):not([type=checkbox]), textarea"
        boxes = [box for box in element.find_elements(By.CSS_SELECTOR, typed_into) if box.is_displayed()]
        if not boxes:
            element.click()
            # Dash draws the open menu next to the element, learndash inside it: look in the parent.
            parent = element.find_element(By.XPATH, "..")
            boxes = [box for box in parent.find_elements(By.CSS_SELECTOR, typed_into) if box.is_displayed()]
        if not boxes:
            raise LookupError(f"Component {component_id!r} has no text box to type into.")
        return boxes[0]

    def type_text(self, component_id: Any, text: str, *, clear: bool = True) -> None:
        """Type into an input like a person: select what is there (unless clear=False), then type."""
        from selenium.webdriver.common.keys import Keys

        element = self._text_box(component_id)
        if clear and element.get_attribute("value"):
            element.send_keys(Keys.CONTROL, "a")
            element.send_keys(Keys.BACKSPACE)
        element.send_keys(text)
        self.wait_idle()

    def press_enter(self, component_id: Any) -> None:
        """Press Enter in the component's text box (n_submit on a dcc.Input, a pick in a Dropdown)."""
        from selenium.webdriver.common.keys import Keys

        self._text_box(component_id).send_keys(Keys.ENTER)
        self.wait_idle()

    def select_option(self, component_id: Any, label: str) -> None:
        """Pick the option with this label like a person: click it in RadioItems or Checklist; for a
        Dropdown, open its menu unless it is open already and click the option there (rule K-3)."""
        from selenium.webdriver.common.by import By

        element = self._element(component_id)

        def choices_shown() -> list[Any]:
            found = element.find_elements(By.TAG_NAME, "label") + self._driver.find_elements(By.CSS_SELECTOR, "[role=option]")
            return [each for each in found if each.is_displayed() and each.text.strip() == label]

        match = choices_shown()
        if not match:
            element.click()  # a closed Dropdown: open its menu
            match = choices_shown()
        if not match:
            raise KeyError(f"No option labelled {label!r} in {component_id!r}")
        match[0].click()
        self.wait_idle()

    def drag_slider(self, component_id: Any, value: float) -> None:
        """Drag a Slider's handle to `value` with the mouse and let go (drag_value while moving,
        value on release, rule K-4); arrow keys then settle it exactly on a stepped value."""
        if self.dash_mode:
            self.set_props(component_id, {"drag_value": value, "value": value})
            return
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        track = self._element(component_id).find_element("css selector", "input[type=range]")
        low, high = float(track.get_attribute("min")), float(track.get_attribute("max"))
        step_text = track.get_attribute("step")
        step = 0.0 if step_text in (None, "", "any") else float(step_text)  # "any": step=None, marks only
        handle_width = 16  # Chromium's range thumb: its centre travels from 8px to width - 8px
        share = (value - low) / ((high - low) or 1)
        x = handle_width / 2 + share * (track.size["width"] - handle_width) - track.size["width"] / 2
        ActionChains(self._driver).move_to_element(track).click_and_hold().move_by_offset(round(x), 0).release().perform()
        if step:
            # A pixel can be a step or two off on a long track; the keyboard, like a person, fixes it.
            steps = round((value - float(track.get_attribute("value"))) / step)
            if steps:
                track.send_keys(*([Keys.ARROW_RIGHT if steps > 0 else Keys.ARROW_LEFT] * abs(steps)))
        self.wait_idle()

    def back(self) -> None:
        """The browser's back button."""
        self._driver.back()
        self.wait_idle()

    def resize_window(self, width: int, height: int) -> None:
        """Resize the browser window, as a person dragging its edge (graphs follow, rule K-7)."""
        self._driver.set_window_size(width, height)

    def screenshot(self, path: str | Path) -> None:
        """Save the browser window as a PNG."""
        self._driver.save_screenshot(str(path))

    def screenshot_content(self, path: str | Path, *, margin: int = 8) -> None:
        """Save only the app's content as a PNG: the box around everything the page drew, plus
        `margin` pixels (no empty window below a short app)."""
        box = self._driver.execute_script(CONTENT_BOX, margin)
        png = self._driver.execute_cdp_cmd(
            "Page.captureScreenshot", {"format": "png", "clip": {**box, "scale": 1}, "captureBeyondViewport": True}
        )
        Path(path).write_bytes(base64.b64decode(png["data"]))

    def console_messages(self) -> list[dict[str, Any]]:
        """Browser console entries since the last call: {level, message}."""
        return [{"level": e["level"], "message": e["message"]} for e in self._driver.get_log("browser")]

    def execute_script(self, script: str, *args: Any) -> Any:
        return self._driver.execute_script(script, *args)

    def execute_async_script(self, script: str, *args: Any) -> Any:
        return self._driver.execute_async_script(script, *args)

    def execute_cdp_cmd(self, command: str, arguments: dict[str, Any]) -> Any:
        """A Chrome DevTools Protocol command (e.g. to install a script before every page load)."""
        return self._driver.execute_cdp_cmd(command, arguments)


def _dom_id(component_id: Any) -> str:
    """The element id learndash gives a component: the id string (rule W-3)."""
    from ..protocol import stringify_id

    return stringify_id(component_id)
