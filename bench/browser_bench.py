"""Browser numbers for the renderer: JavaScript bytes a page without a graph ships, and the time
to first render of the text-input app in headless Chromium, next to real Dash's page.

    python bench/browser_bench.py [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))

import browser_apps  # noqa: E402
from learndash.testing.browser import BrowserHarness  # noqa: E402

# Bytes of every script the page fetched (decoded, i.e. as served, before compression).
SCRIPT_BYTES = """
return performance.getEntriesByType('resource')
  .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'other' || e.name.endsWith('.js'))
  .filter((e) => e.name.includes('.js'))
  .reduce((total, e) => total + e.decodedBodySize, 0);
"""
# Installed before every page load: records when the callback's output first shows, relative to
# navigation start, so the number doesn't include selenium's own round trips.
FIRST_RENDER_PROBE = """
new MutationObserver((records, observer) => {
  const element = document.getElementById('greeting');
  if (element && element.innerText === 'Hello world') {
    window.firstRenderMs = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""


def measure(dash_mode: bool, runs: int) -> dict[str, float]:
    import dash
    import learndash

    app = (lambda: browser_apps.text_input_app(dash)) if dash_mode else browser_apps.text_input_app(learndash)
    timings = []
    with BrowserHarness(app, dash_mode=dash_mode) as page:
        script_bytes = page.execute_script(SCRIPT_BYTES)
        page.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIRST_RENDER_PROBE})
        for _ in range(runs):
            page.open("/")
            page.wait_until("window.firstRenderMs !== undefined")
            timings.append(page.execute_script("return window.firstRenderMs"))
    return {"script_bytes": script_bytes, "first_render_ms": statistics.median(timings)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    static = Path(__file__).resolve().parents[1] / "learndash" / "static"
    on_disk = sum(p.stat().st_size for p in static.rglob("*.js"))
    print(f"learndash renderer JavaScript on disk: {on_disk:,} bytes in {len(list(static.rglob('*.js')))} modules")
    for label, dash_mode in (("learndash", False), ("dash 4", True)):
        numbers = measure(dash_mode, runs)
        print(
            f"{label:10} scripts shipped (no graph): {numbers['script_bytes']:>10,} bytes   "
            f"first render of the text-input app: {numbers['first_render_ms']:7.1f} ms (median of {runs})"
        )


if __name__ == "__main__":
    main()
