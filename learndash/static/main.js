/**
 * Bootstrap (rule I-1): read the config, the layout and the dependencies, then hydrate: queue the
 * initial callbacks and render. The server embeds the layout and dependencies in the page, which
 * saves two round trips before the first paint; a page without them fetches /_dash-layout and
 * /_dash-dependencies in parallel, as Dash's renderer does. The debug page also loads the dev
 * tools (devtools.js), and every page the modules of its layout's rarer components (registry.js).
 * Publishes the testing API as window.learndash ({set_props, get_props, pending, errors}).
 */
import { Page } from "./renderer.js";
import { installClientsideMarkers } from "./clientside.js";
import { loadModulesFor } from "./components/registry.js";

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}

/** The JSON the page embeds in `<script id=... type="application/json">`, else fetched from `url`. */
function embeddedOrFetched(elementId, url) {
  const element = document.getElementById(elementId);
  return element ? JSON.parse(element.textContent) : fetchJson(url);
}

async function start() {
  // Until hydration the page counts as busy, so tests never read a half-built page.
  window.learndash = { pending: 1, ready: false };
  installClientsideMarkers((window.dash_clientside = window.dash_clientside || {}));
  const config = JSON.parse(document.getElementById("_dash-config").textContent);
  const base = config.requests_pathname_prefix || "/";
  // The dev tools are the debug page's alone (config.ui): other pages never download them.
  const [layout, dependencies, devtools] = await Promise.all([
    embeddedOrFetched("_dash-layout", base + "_dash-layout"),
    embeddedOrFetched("_dash-dependencies", base + "_dash-dependencies"),
    config.ui ? import("./devtools.js") : null,
  ]);
  // The modules of the layout's rarer components, which the server had the browser fetch with the bundle.
  await loadModulesFor(layout);
  const renderer = new Page({
    config,
    layout,
    dependencies,
    root: document.getElementById("react-entry-point"),
    plotlyUrl: document.querySelector("script[data-plotly-url]").dataset.plotlyUrl,
    DevTools: devtools ? devtools.DevTools : null,
  });
  window.dash_clientside.set_props = (id, props) => renderer.setPropsFromClientside(id, props);
  renderer.start();
  window.learndash = renderer.testingApi();
}

start();
