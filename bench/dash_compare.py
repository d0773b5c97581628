"""learndash against real Dash 4 on the same apps, side by side in one run, each ratio against its target.

    python bench/dash_compare.py            # everything, about three minutes on 2 cores
    python bench/dash_compare.py --quick    # fewer runs and scenarios, about a minute
    python bench/dash_compare.py --parts pages throughput   # only some rows

What it measures (the table of issue 15), always both libraries in turn, A B A B, so a drift of the
machine's speed hits both alike:

1. JavaScript shipped by the text-input app's page (decoded bytes, as the browser runs them).
2. First render, text-input app and chapter 3's slider-graph app: a fresh Chromium with a new,
   empty profile for every load (nothing cached), the time from navigation start until the
   callback's output shows (the text, or the figure's first point), median of 5.
3. Callback throughput: the same request bytes POSTed by `wrk` (a Lua script sets the body), 4
   connections, against each app served as a user serves it, `app.run(threaded=True)` (each
   library's own request handler on werkzeug's threaded server), and by gunicorn with 2 sync
   workers. Every server runs in its own process. Under gunicorn a third server answers too, an
   app that returns the precomputed answer and does no work (the ceiling): the best ratio to
   Dash that any library could reach on that server.
4. Headless vs browser: every conformance scenario run end to end on `AppHarness` and on the page
   in Chromium; the median of the per-scenario ratios.
5. The harness (`harness_bench.measure`): one change through a 3-callback chain; page load of the
   MATCH app with 10 and with 1,000 items; one MATCH change at both sizes (CPU time of this
   process, which is the harness's cost, medians of many runs, and wall time, which on a shared
   machine counts other processes too); peak RSS of a fresh process that loads the 1,000-item page.

Real Dash is the test-only oracle here; learndash itself never imports it. A part whose tool is
missing (wrk, gunicorn, Chromium) is skipped with the reason printed.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "tests"))

import compare_apps  # noqa: E402
import harness_bench  # noqa: E402
from learndash.testing.chromium import INSTALL_HINT, Chromium, chromium_available  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}


@dataclass
class Row:
    """One line of the table: a measure, both numbers, the ratio and the target it is held to."""

    measure: str
    dash: str
    learndash: str
    ratio: float | None
    target: str
    meets: bool | None

    def cells(self) -> list[str]:
        verdict = {True: "yes", False: "NO", None: ""}[self.meets]
        ratio = "" if self.ratio is None else f"{self.ratio:.3g}"
        return [self.measure, self.dash, self.learndash, ratio, self.target, verdict]


# -- servers ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def served(server_kind: str, library: str, app_name: str) -> Iterator[str]:
    """Run one app's server in its own process; yield its base URL once it answers."""
    port = free_port()
    if server_kind == "werkzeug":
        command = [sys.executable, str(BENCH / "compare_apps.py"), "werkzeug", library, app_name, str(port)]
    else:
        command = [
            shutil.which("gunicorn") or "gunicorn", "-w", "2", "-k", "sync", "-b", f"127.0.0.1:{port}",
            "--chdir", str(BENCH), "--log-level", "warning", f'compare_apps:wsgi("{library}", "{app_name}")',
        ]
    # The server's log goes to a file: a pipe nobody reads while it runs would fill and stall it.
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"{' '.join(command)} did not start: {log.read().decode()[-2000:]}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


# -- 1 and 2: the page in Chromium --------------------------------------------------------------

SCRIPT_BYTES = """
const scripts = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js'));
return [scripts.reduce((t, e) => t + e.decodedBodySize, 0), scripts.reduce((t, e) => t + e.encodedBodySize, 0), scripts.length];
"""
#: Installed before each load: the moment the callback's output first shows, from navigation start.
FIRST_RENDER_PROBE = """
new MutationObserver((records, observer) => {
  if (%s) { window.firstRenderMs = performance.now(); observer.disconnect(); }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""
RENDERED = {
    "text_input": "document.getElementById('greeting') && document.getElementById('greeting').innerText === 'Hello world'",
    "slider_graph": "document.querySelector('#graph-with-slider .scatterlayer .point')",
}


def load_once(base: str, app_name: str) -> tuple[float, list[int]]:
    """One load in a new Chromium with an empty profile: (first render ms, [decoded, encoded, count] of scripts)."""
    with Chromium(timeout=30) as chromium:
        driver = chromium.driver
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIRST_RENDER_PROBE % RENDERED[app_name]})
        driver.get(base + "/")
        script = (
            "const done = arguments[0]; const deadline = Date.now() + 30000;"
            "const check = () => { if (window.firstRenderMs !== undefined) done(window.firstRenderMs);"
            " else if (Date.now() > deadline) done(null); else setTimeout(check, 5); }; check();"
        )
        first_render = driver.execute_async_script(script)
        if first_render is None:
            raise RuntimeError(f"{base}: the {app_name} page never rendered its callback output")
        return first_render, driver.execute_script(SCRIPT_BYTES)


def page_rows(loads: int) -> list[Row]:
    rows = []
    for app_name, target in (("text_input", 0.40), ("slider_graph", 0.60)):
        renders: dict[str, list[float]] = {library: [] for library in compare_apps.LIBRARIES}
        scripts: dict[str, list[int]] = {}
        with served("werkzeug", "dash", app_name) as dash_url, served("werkzeug", "learndash", app_name) as ours:
            for _ in range(loads):
                for library, base in (("dash", dash_url), ("learndash", ours)):
                    milliseconds, script_bytes = load_once(base, app_name)
                    renders[library].append(milliseconds)
                    scripts[library] = script_bytes
        if app_name == "text_input":
            dash_bytes, ours_bytes = scripts["dash"][0], scripts["learndash"][0]
            rows.append(Row("JS shipped, text-input app (decoded)", f"{dash_bytes:,} B", f"{ours_bytes:,} B",
                            ours_bytes / dash_bytes, "<= 0.10", ours_bytes / dash_bytes <= 0.10))
            rows.append(Row("  scripts: requests / bytes on the wire", f"{scripts['dash'][2]} / {scripts['dash'][1]:,} B",
                            f"{scripts['learndash'][2]} / {scripts['learndash'][1]:,} B", None, "(info)", None))
        dash_ms, ours_ms = statistics.median(renders["dash"]), statistics.median(renders["learndash"])
        label = "text-input app" if app_name == "text_input" else "slider-graph app (plotly.js)"
        rows.append(Row(f"first render, {label}, cold profile, median of {loads}", f"{dash_ms:.0f} ms", f"{ours_ms:.0f} ms",
                        ours_ms / dash_ms, f"<= {target:.2f}", ours_ms / dash_ms <= target))
    return rows


# -- 3: callback throughput -------------------------------------------------------------------

WRK_SCRIPT = """wrk.method = "POST"
wrk.body = %s
wrk.headers["Content-Type"] = "application/json"
"""


def lua_string(data: bytes) -> str:
    """A Lua string literal holding exactly `data` (decimal escapes for every byte)."""
    return '"' + "".join(f"\\{byte}" for byte in data) + '"'


def requests_per_second(base: str, script: Path, seconds: int) -> float:
    """`wrk` with 4 connections on 2 threads; refuses a run with non-2xx answers or socket errors."""
    output = subprocess.run(
        ["wrk", "-t2", "-c4", f"-d{seconds}s", "-s", str(script), base + "/_dash-update-component"],
        capture_output=True, text=True, check=True,
    ).stdout
    for bad in ("Non-2xx", "Socket errors"):
        if bad in output:
            raise RuntimeError(f"wrk against {base} reported {bad}:\n{output}")
    return float(re.search(r"Requests/sec:\s*([\d.]+)", output).group(1))


def answers(base: str, body: bytes) -> bytes:
    request = urllib.request.Request(base + "/_dash-update-component", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def throughput_rows(seconds: int, rounds: int) -> list[Row]:
    body = compare_apps.request_bytes("text_input")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "post.lua"
        script.write_text(WRK_SCRIPT % lua_string(body))
        for server_kind, label in (("werkzeug", "werkzeug threaded, 4 connections"), ("gunicorn", "gunicorn 2 sync workers")):
            if server_kind == "gunicorn" and shutil.which("gunicorn") is None:
                rows.append(skipped(f"callback throughput, {label}", "gunicorn is not installed (pip install gunicorn)"))
                continue
            # Under gunicorn the ceiling (an app that does no work) runs beside both libraries: the
            # most requests per second this server allows, whatever a library does.
            servers = compare_apps.LIBRARIES + ((compare_apps.CEILING,) if server_kind == "gunicorn" else ())
            rates: dict[str, list[float]] = {name: [] for name in servers}
            with contextlib.ExitStack() as stack:
                bases = {name: stack.enter_context(served(server_kind, name, "text_input")) for name in servers}
                if len({answers(base, body) for base in bases.values()}) != 1:
                    raise RuntimeError(f"{', '.join(servers)} answer the same request with different bytes")
                for base in bases.values():
                    requests_per_second(base, script, 1)  # warm-up: imports, first-request work
                for _ in range(rounds):
                    for name, base in bases.items():
                        rates[name].append(requests_per_second(base, script, seconds))
            dash_rate, ours_rate = statistics.median(rates["dash"]), statistics.median(rates["learndash"])
            rows.append(Row(f"callback throughput, {label}", f"{dash_rate:,.0f} req/s", f"{ours_rate:,.0f} req/s",
                            ours_rate / dash_rate, ">= 2x", ours_rate / dash_rate >= 2))
            if compare_apps.CEILING in rates:
                ceiling = statistics.median(rates[compare_apps.CEILING])
                rows.append(Row("  the same server, an app that does no work (ceiling)", f"{dash_rate:,.0f} req/s",
                                f"{ceiling:,.0f} req/s", ceiling / dash_rate, "info", None))
    return rows


# -- 4: headless vs browser ---------------------------------------------------------------------


def conformance_row(runs: int, keyword: str) -> Row:
    import conformance_bench
    from conformance.scenarios import SCENARIOS
    from learndash.testing import AppHarness
    from learndash.testing.browser import BrowserHarness

    ratios, headless_total, browser_total = [], 0.0, 0.0
    with Chromium() as chromium:
        for scenario in [s for s in SCENARIOS if keyword in s.name]:
            headless = conformance_bench.time_scenario(scenario, AppHarness, runs)
            browser = conformance_bench.time_scenario(
                scenario, lambda app, **options: BrowserHarness(app, chromium=chromium, **options), 1
            )
            if headless and browser:
                ratios.append(browser / headless)
                headless_total += headless
                browser_total += browser
    ratio = statistics.median(ratios)
    return Row(f"headless vs browser, median over {len(ratios)} scenarios", "", f"{headless_total:.0f} ms vs {browser_total:.0f} ms in all",
               ratio, ">= 200x", ratio >= 200)


# -- 5: the harness -----------------------------------------------------------------------------

def harness_rows(quick: bool) -> list[Row]:
    """The harness's own targets (harness_bench.py measures them: CPU time, medians of many runs)."""
    measures = harness_bench.measure(quick=quick)
    ratios = {
        "page load, 1,000 / 10 items": measures.load_ratio,
        "one MATCH change, 1,000 / 10 items": measures.change_ratio,
    }
    return [
        Row(f"harness, {name}", "", value, ratios.get(name), target, met)
        for name, value, target, met in measures.verdicts()
    ]


# -- the table ----------------------------------------------------------------------------------


def skipped(measure: str, reason: str) -> Row:
    print(f"SKIPPED {measure}: {reason}")
    return Row(measure, "", "skipped", None, "", None)


def print_table(rows: list[Row]) -> None:
    header = ["measure", "Dash 4.4.1", "learndash", "ratio", "target", "met"]
    table = [header, ["---"] * len(header)] + [row.cells() for row in rows]
    print()
    for cells in table:
        print("| " + " | ".join(cells) + " |")


PARTS = ["pages", "throughput", "conformance", "harness"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 loads, 2 s of wrk, only C- scenarios")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=PARTS, help="the rows to measure (default: all)")
    options = parser.parse_args()
    parts = set(options.parts)
    loads, seconds, rounds = (3, 2, 1) if options.quick else (5, 4, 2)
    import dash

    print(f"Dash {dash.__version__} vs learndash, {os.cpu_count()} cores; load generator: wrk")
    rows: list[Row] = []
    started = time.perf_counter()
    if "pages" in parts:
        if chromium_available():
            rows += page_rows(loads)
        else:
            rows.append(skipped("JS shipped and first render", f"Chromium is missing ({INSTALL_HINT})"))
    if "throughput" in parts:
        if shutil.which("wrk"):
            rows += throughput_rows(seconds, rounds)
        else:
            rows.append(skipped("callback throughput", "wrk is missing (apt-get install wrk)"))
    if "conformance" in parts:
        if chromium_available():
            rows.append(conformance_row(3, "C-" if options.quick else ""))
        else:
            rows.append(skipped("headless vs browser", f"Chromium is missing ({INSTALL_HINT})"))
    if "harness" in parts:
        rows += harness_rows(options.quick)
    print_table(rows)
    print(f"\n{time.perf_counter() - started:.0f} s in all")


if __name__ == "__main__":
    main()
