/**
 * Bootstrap (rule I-1): read the config, fetch /_dash-layout and /_dash-dependencies in parallel,
 * then hydrate: queue the initial callbacks and render. Publishes the testing API as
 * window.learndash ({set_props, get_props, pending, errors}).
 */
import { Page } from "./renderer.js";

/** Dash's clientside namespace, for clientside callbacks (rule C-10). */
function installClientside() {
  const clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.no_update = clientside.no_update || { description: "no_update" };
  clientside.PreventUpdate = clientside.PreventUpdate || { description: "PreventUpdate" };
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}

async function start() {
  // Until hydration the page counts as busy, so tests never read a half-built page.
  window.learndash = { pending: 1, ready: false };
  installClientside();
  const config = JSON.parse(document.getElementById("_dash-config").textContent);
  const base = config.requests_pathname_prefix || "/";
  const [layout, dependencies] = await Promise.all([fetchJson(base + "_dash-layout"), fetchJson(base + "_dash-dependencies")]);
  const script = document.querySelector("script[data-plotly-url]");
  const renderer = new Page({
    config,
    layout,
    dependencies,
    root: document.getElementById("react-entry-point"),
    plotlyUrl: script ? script.dataset.plotlyUrl : base + "_learndash/plotly.min.js",
  });
  renderer.start();
  window.learndash = renderer.testingApi();
}

start();
