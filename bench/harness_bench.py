"""How long one prop change costs in the headless harness, and whether it grows with the app.

A single change must cost time in proportion to the callbacks it fires, not to the size of the
app: the MATCH app is measured with 10 and with 1,000 items, side by side in one run, and the
ratio printed. The same chain is also driven over HTTP (`AppHarness.connect` to the app served on
127.0.0.1), so the cost of the transport shows next to the in-process one.
Run: python bench/harness_bench.py
"""
from __future__ import annotations

import statistics
import time

from learndash import MATCH, Dash, Input, Output, dcc, html
from learndash.testing import AppHarness
from learndash.testing.serving import LocalServer


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


def median_ms(harness: AppHarness, component_id, values: list, repeats: int = 200) -> float:
    samples = []
    for n in range(repeats):
        start = time.perf_counter()
        harness.set_props(component_id, {"value": values[n % len(values)]})
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    chain = AppHarness(chain_app())
    chain_ms = median_ms(chain, "a", list(range(1, 1000)))
    rows = [("3-callback chain, in-process", chain_ms)]
    with LocalServer(chain_app().server) as server:
        over_http = AppHarness.connect(server.base_url)
        http_ms = median_ms(over_http, "a", list(range(1, 1000)))
    rows.append(("3-callback chain, over HTTP", http_ms))
    per_size = {}
    for items in (10, 1000):
        start = time.perf_counter()
        harness = AppHarness(match_app(items))
        load_ms = (time.perf_counter() - start) * 1000
        per_size[items] = median_ms(harness, {"type": "pick", "index": items // 2}, ["b", "c"])
        rows.append((f"MATCH app, {items} items (page load {load_ms:.0f} ms)", per_size[items]))
    print(f"{'scenario':<44} {'median ms / change':>20}")
    for name, ms in rows:
        print(f"{name:<44} {ms:>20.3f}")
    print(f"\nHTTP / in-process per change (3 requests): {http_ms / chain_ms:.2f}x")
    print(f"ratio 1,000 items / 10 items per change: {per_size[1000] / per_size[10]:.2f}x (1.0 = independent of app size)")


if __name__ == "__main__":
    main()
