"""Time per conformance scenario, headless vs in the browser, side by side in one run.

Every scenario of `tests/conformance` runs end to end (build the app, open it, every step and its
checks) on the headless `AppHarness` and on `BrowserHarness` with learndash's renderer in one
shared headless Chromium; the table shows the median of `--runs` runs of each and the ratio.
Then the renderer's own numbers from `browser_bench`: JavaScript bytes a page without a graph
ships, and time to first render of the text-input app.

    python bench/conformance_bench.py [--runs 3] [-k C-11]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import browser_bench  # noqa: E402
from conformance.libs import LEARNDASH  # noqa: E402
from conformance.runner import run_scenario  # noqa: E402
from conformance.scenarios import SCENARIOS  # noqa: E402
from conformance.vocabulary import Scenario  # noqa: E402
from learndash.testing import AppHarness  # noqa: E402
from learndash.testing.browser import BrowserHarness, Chromium  # noqa: E402


def time_scenario(scenario: Scenario, open_harness: Callable[..., Any], runs: int) -> float | None:
    """Median milliseconds of `runs` full runs of the scenario; None when it fails."""
    samples = []
    for _ in range(runs):
        opened: list[Any] = []

        def factory(app: Any, **options: Any) -> Any:
            opened.append(open_harness(app, **options))
            return opened[-1]

        start = time.perf_counter()
        try:
            run_scenario(scenario, factory, LEARNDASH)
        except AssertionError:
            return None
        finally:
            for harness in opened:
                close = getattr(harness, "close", None)
                if close is not None:
                    close()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario and harness (median shown)")
    parser.add_argument("-k", dest="keyword", default="", help="only scenarios whose name contains this")
    arguments = parser.parse_args()
    scenarios = [s for s in SCENARIOS if arguments.keyword in s.name]

    rows = []
    with Chromium() as chromium:
        for scenario in scenarios:
            headless = time_scenario(scenario, AppHarness, arguments.runs)
            browser = time_scenario(
                scenario, lambda app, **options: BrowserHarness(app, chromium=chromium, **options), arguments.runs
            )
            rows.append((scenario.name, len(scenario.steps), headless, browser))

    width = max(len(name) for name, *_ in rows)
    print(f"{'scenario':{width}}  steps  headless ms  browser ms   ratio")
    for name, steps, headless, browser in rows:
        ratio = f"{browser / headless:7.1f}x" if headless and browser else "      -"
        print(f"{name:{width}}  {steps:5}  {_ms(headless):>11}  {_ms(browser):>10}  {ratio}")
    both = [(h, b) for _, _, h, b in rows if h is not None and b is not None]
    total_headless = sum(h for h, _ in both)
    total_browser = sum(b for _, b in both)
    print(
        f"{'total (scenarios passing on both)':{width}}  {'':5}  {total_headless:11.1f}  {total_browser:10.1f}"
        f"  {total_browser / total_headless:7.1f}x"
    )
    print(f"median ratio per scenario: {statistics.median(b / h for h, b in both):.1f}x over {len(both)} scenarios")
    failing = [(name, "headless" if h is None else "browser") for name, _, h, b in rows if h is None or b is None]
    for name, where in failing:
        print(f"FAILS {where}: {name}")

    print()
    static = ROOT / "learndash" / "static"
    modules = list(static.rglob("*.js"))
    print(f"learndash renderer JavaScript on disk: {sum(p.stat().st_size for p in modules):,} bytes in {len(modules)} modules")
    for label, dash_mode in (("learndash", False), ("dash 4", True)):
        numbers = browser_bench.measure(dash_mode, 5)
        print(
            f"{label:10} scripts shipped (no graph): {numbers['script_bytes']:>10,} bytes   "
            f"first render of the text-input app: {numbers['first_render_ms']:7.1f} ms (median of 5)"
        )


def _ms(value: float | None) -> str:
    return "FAIL" if value is None else f"{value:.1f}"


if __name__ == "__main__":
    main()
