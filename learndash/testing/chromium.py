"""Debian's headless Chromium under selenium: where it lives, how it starts, how pages share it.

Never a downloaded driver: `/usr/bin/chromium` and `/usr/bin/chromedriver` from Debian's
`chromium` and `chromium-driver` packages. Starting Chromium costs about a second, so several
`BrowserHarness` pages can use one `Chromium` one after another.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
INSTALL_HINT = "apt-get install chromium chromium-driver"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
]


#: Chromium keeps a Unix socket at <profile>/org.chromium.Chromium.XXXXXX/SingletonSocket, and a
#: socket's path holds at most 107 bytes: with the profile's own 28 characters that leaves 34 for the
#: temporary folder it sits in. Under a longer one (pytest-xdist's are), the profile goes in /tmp.
LONGEST_TEMPORARY_FOLDER = 107 - len("/learndash-chromium-12345678/org.chromium.Chromium.123456/SingletonSocket")


def profile_folder() -> str:
    """A new, empty folder for one Chromium's profile and temporary files, short enough that the
    socket Chromium makes there fits in a socket path."""
    base = tempfile.gettempdir()
    return tempfile.mkdtemp(prefix="learndash-chromium-", dir=base if len(base) <= LONGEST_TEMPORARY_FOLDER else "/tmp")


def chromium_available() -> bool:
    """True when Debian's chromium and chromedriver are installed."""
    return os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)


def shut_down(driver: Any, profile: str) -> None:
    """Quit the browser through chromedriver (which ends every Chromium process it started, then
    chromedriver itself) and remove the profile folder. Never raises: it may run at exit."""
    try:
        driver.quit()
    except Exception:  # a browser that already died has nothing left to quit
        pass
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Chromium:
    """One headless Chromium under selenium, which `BrowserHarness` pages can use one after another.

    A harness given `chromium=` leaves it running when it closes; whoever made it calls `quit()`.
    One that is never quit is quit when it is garbage-collected or, at the latest, when the
    interpreter exits (a `weakref.finalize`), so no chromedriver, Chromium or profile is left behind.
    """

    def __init__(self, *, timeout: float = 15.0) -> None:
        if not chromium_available():
            raise RuntimeError(f"Chromium is not installed; install it with: {INSTALL_HINT}")
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self._profile = profile_folder()
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={self._profile}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        try:
            # Chromium's own temporary files go in the profile too, so they are removed with it.
            service = Service(CHROMEDRIVER, env={**os.environ, "TMPDIR": self._profile})
            self.driver = webdriver.Chrome(service=service, options=options)
        except BaseException:  # selenium has already stopped what it started
            shutil.rmtree(self._profile, ignore_errors=True)
            raise
        self._finalizer = weakref.finalize(self, shut_down, self.driver, self._profile)
        try:
            self.driver.set_script_timeout(timeout + 5)
        except BaseException:
            self.quit()
            raise

    def leave_page(self) -> None:
        """Forget the current app: clear its storage and go to a blank page, so nothing of it (a
        running Interval, a Store in localStorage) reaches the next harness."""
        from selenium.common.exceptions import WebDriverException

        try:
            self.driver.execute_script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")
            self.driver.get("about:blank")
            self.driver.get_log("browser")  # the next page's console starts empty
        except WebDriverException:  # a page that is already gone needs no cleaning
            pass

    def quit(self) -> None:
        """Quit Chromium and remove its profile; safe to call twice."""
        self._finalizer()  # runs `shut_down` once; later calls do nothing
        self.driver = None

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.quit()
