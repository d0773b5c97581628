"""What the headless harness costs: one change through a 3-callback chain, and a page load of the
MATCH app with 10 and with 1,000 items, each against its target (issue 15).

CPU time of this process is the harness's cost (it is single-threaded); on a shared machine wall
time also counts other processes, so it is printed beside it, not judged. Each number is the
median of many runs: a change is timed in batches of 50 (one change is shorter than the clock's
tick on some systems), a load per load, the app built before the clock starts. A change must cost
the same in a small app as in a large one (the MATCH app's change, 10 vs 1,000 items), and a load
must grow linearly (1,000 items within 120x of 10). The same chain over HTTP (`AppHarness.connect`
to the app served on 127.0.0.1) shows the transport's share. Peak RSS is measured in a fresh
process that opens the 1,000-item page.

    python bench/harness_bench.py [--quick]
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from learndash import MATCH, Dash, Input, Output, dcc, html  # noqa: E402
from learndash.testing import AppHarness  # noqa: E402

CHANGE_TARGET_MS = 0.10
LOAD_TARGET_MS = 200
LOAD_RATIO_TARGET = 120
PEAK_RSS_TARGET_MB = 100


def chain_app() -> Dash:
    """Three callbacks in a chain: a → b → c → d."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="a", value=0, type="number"), html.Div(id="b"), html.Div(id="c"), html.Div(id="d")])

    @app.callback(Output("b", "children"), Input("a", "value"))
    def first(value):
        return (value or 0) + 1

    @app.callback(Output("c", "children"), Input("b", "children"))
    def second(value):
        return value * 2

    @app.callback(Output("d", "children"), Input("c", "children"))
    def third(value):
        return f"result {value}"

    return app


def match_app(items: int) -> Dash:
    """`items` dropdown → text pairs joined by one MATCH callback."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div([dcc.Dropdown(["a", "b", "c"], "a", id={"type": "pick", "index": i}), html.Div(id={"type": "show", "index": i})])
            for i in range(items)
        ]
    )

    @app.callback(Output({"type": "show", "index": MATCH}, "children"), Input({"type": "pick", "index": MATCH}, "value"))
    def show(value):
        return f"picked {value}"

    return app


@dataclass
class Timing:
    """Median CPU and wall milliseconds of one measured thing."""

    cpu_ms: float
    wall_ms: float
    cpu_range: tuple[float, float] | None = None  # lowest and highest CPU ms across fresh processes

    def __str__(self) -> str:
        spread = f"; {self.cpu_range[0]:.3f}-{self.cpu_range[1]:.3f} across processes" if self.cpu_range else ""
        return f"{self.cpu_ms:.3f} ms CPU ({self.wall_ms:.3f} ms wall{spread})"


def timed(function: Callable[[], Any], runs: int, *, per: int = 1, setup: Callable[[], Any] | None = None) -> Timing:
    """Median over `runs` of `function(setup())` (or `function()`), divided by `per` (the changes in
    one batch). Garbage of earlier runs is collected before the clock starts."""
    cpu, wall = [], []
    for _ in range(runs):
        argument = setup() if setup is not None else None
        gc.collect()
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        function(argument) if setup is not None else function()
        cpu.append((time.process_time() - cpu_start) * 1000 / per)
        wall.append((time.perf_counter() - wall_start) * 1000 / per)
    return Timing(statistics.median(cpu), statistics.median(wall))


def per_change(harness: AppHarness, component_id: Any, values: list, batches: int, batch: int = 50) -> Timing:
    """The cost of one `set_props` and its cascade, in `batches` batches of `batch` changes."""
    cycle = iter(values * (batches * batch // len(values) + 1))
    return timed(lambda: [harness.set_props(component_id, {"value": next(cycle)}) for _ in range(batch)], batches, per=batch)


def page_load(items: int, runs: int) -> Timing:
    """Opening the MATCH app's page: config, layout, dependencies and every initial callback."""
    return timed(AppHarness, runs, setup=lambda: match_app(items))


def in_a_fresh_process(code: str) -> list[str]:
    """Run `code` in a new interpreter that imports this module; return the words it prints."""
    prelude = f"import sys\nsys.path.insert(0, {str(ROOT / 'bench')!r})\nimport harness_bench\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout.split()


CHAIN_CHANGE = """
from learndash.testing import AppHarness
timing = harness_bench.per_change(AppHarness(harness_bench.chain_app()), "a", list(range(1, 1000)), {batches})
print(timing.cpu_ms, timing.wall_ms)
"""


def chain_change(processes: int, batches: int) -> Timing:
    """One change through the chain: the median over `processes` fresh interpreters of each one's
    median. The same code runs up to a third faster or slower from one process to the next on this
    kind of machine (where its memory lands), so a single process says as much about itself as
    about the code."""
    runs = [in_a_fresh_process(CHAIN_CHANGE.format(batches=batches)) for _ in range(processes)]
    cpu, wall = [float(run[0]) for run in runs], [float(run[1]) for run in runs]
    return Timing(statistics.median(cpu), statistics.median(wall), (min(cpu), max(cpu)))


PEAK_RSS = """
import re
from learndash.testing import AppHarness
def peak_kb():
    return int(re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1))
app = harness_bench.match_app({items})
before = peak_kb()
AppHarness(app)
print(before, peak_kb())
"""


def peak_rss_mb(items: int) -> tuple[float, float]:
    """(MB after imports and building the app, MB at the peak of its page load) in a fresh process.
    VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss across fork and exec."""
    before, peak = in_a_fresh_process(PEAK_RSS.format(items=items))
    return int(before) / 1024, int(peak) / 1024


@dataclass
class HarnessMeasures:
    """Everything issue 15 holds the harness to, measured side by side in one run."""

    chain: Timing
    match_change: dict[int, Timing]
    load: dict[int, Timing]
    rss_before_mb: float
    rss_peak_mb: float

    @property
    def load_ratio(self) -> float:
        return self.load[1000].cpu_ms / self.load[10].cpu_ms

    @property
    def change_ratio(self) -> float:
        return self.match_change[1000].cpu_ms / self.match_change[10].cpu_ms

    def verdicts(self) -> list[tuple[str, str, str, bool]]:
        """(measure, value, target, met) for each target."""
        return [
            ("one change through a 3-callback chain", str(self.chain), f"<= {CHANGE_TARGET_MS:.2f} ms CPU",
             self.chain.cpu_ms <= CHANGE_TARGET_MS),
            ("page load, 1,000 MATCH items", str(self.load[1000]), f"<= {LOAD_TARGET_MS} ms CPU",
             self.load[1000].cpu_ms <= LOAD_TARGET_MS),
            ("page load, 1,000 / 10 items", f"{self.load_ratio:.0f}x ({self.load[10].cpu_ms:.2f} -> {self.load[1000].cpu_ms:.0f} ms CPU)",
             f"<= {LOAD_RATIO_TARGET}x", self.load_ratio <= LOAD_RATIO_TARGET),
            ("one MATCH change, 1,000 / 10 items", f"{self.change_ratio:.2f}x ({self.match_change[10].cpu_ms:.3f} vs "
             f"{self.match_change[1000].cpu_ms:.3f} ms CPU)", "flat (<= 1.5x)", self.change_ratio <= 1.5),
            ("peak RSS, 1,000 MATCH items", f"{self.rss_peak_mb:.0f} MB ({self.rss_before_mb:.0f} MB before the load)",
             f"< {PEAK_RSS_TARGET_MB} MB", self.rss_peak_mb < PEAK_RSS_TARGET_MB),
        ]


def measure(*, quick: bool = False) -> HarnessMeasures:
    """Every harness measure; `quick` takes fewer runs (noisier)."""
    batches, loads, processes = (10, 3, 3) if quick else (30, 7, 7)
    chain = chain_change(processes, batches)
    match_change = {}
    for items in (10, 1000):
        harness = AppHarness(match_app(items))
        match_change[items] = per_change(harness, {"type": "pick", "index": items // 2}, ["b", "c"], batches)
    load = {10: page_load(10, loads * 6), 1000: page_load(1000, loads)}
    before, peak = peak_rss_mb(1000)
    return HarnessMeasures(chain, match_change, load, before, peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    options = parser.parse_args()
    measures = measure(quick=options.quick)
    print(f"{'measure':<40} {'value':<52} {'target':<18} met")
    for name, value, target, met in measures.verdicts():
        print(f"{name:<40} {value:<52} {target:<18} {'yes' if met else 'NO'}")
    from learndash.testing.serving import LocalServer

    with LocalServer(chain_app().server) as server:
        over_http = per_change(AppHarness.connect(server.base_url), "a", list(range(1, 1000)), 5, batch=20)
    print(f"\nthe chain over HTTP: {over_http}; HTTP / in-process (CPU of this process): "
          f"{over_http.cpu_ms / measures.chain.cpu_ms:.2f}x")


if __name__ == "__main__":
    main()
