"""The JavaScript `BrowserHarness` runs in the page: one `page` object per mode, and the idle wait.

learndash's page exposes `window.learndash` (`set_props`, `get_props`, `pending`); Dash's page is
read through its redux store and edited through `dash_clientside.set_props`. Both snippets define
the same `page` functions, so the Python side never branches on the mode.
"""
from __future__ import annotations

# Each snippet defines `page` with the same four functions, so the Python side never branches.
LEARNDASH_PAGE = """
const page = {
  ready: () => Boolean(window.learndash && window.learndash.ready),
  pending: () => (window.learndash && window.learndash.ready ? window.learndash.pending : 1),
  getProps: (id) => window.learndash.get_props(id),
  setProps: (id, props) => window.learndash.set_props(id, props),
  ids: () => window.learndash.ids(),
  typeOf: (id) => window.learndash.type_of(id),
  errors: () => window.learndash.errors.map((e) => ({title: e.title, message: e.message + (e.traceback ? "\\n" + e.traceback : "")})),
};
"""

DASH_PAGE = """
const stringify = (id) => typeof id === "string" ? id :
  "{" + Object.keys(id).sort().map((k) => JSON.stringify(k) + ":" + JSON.stringify(id[k])).join(",") + "}";
const state = () => window.store && window.store.getState();
// Dash 4 keeps the tree under layout.components.
const root = () => { const layout = state().layout; return layout && layout.components !== undefined ? layout.components : layout; };
const find = (id) => {
  const wanted = stringify(id);
  let found = null;
  const walk = (node) => {
    if (found || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node.props) {
      if (node.props.id !== undefined && stringify(node.props.id) === wanted) { found = node; return; }
      walk(node.props.children);
    }
  };
  walk(root());
  return found;
};
const page = {
  ready: () => Boolean(state() && state().appLifecycle === "HYDRATED"),
  pending: () => {
    const s = state();
    if (!s || s.appLifecycle !== "HYDRATED") return 1;
    const callbacks = ["requested", "prioritized", "blocked", "executing", "watched", "executed"]
      .reduce((n, key) => n + ((s.callbacks[key] || []).length), 0);
    // A Graph is busy until plotly has drawn it and refitted it to its box: that refit writes
    // relayoutData, which callbacks may listen to (R-6).
    const graphs = page.ids().filter((id) => page.typeOf(id) === "Graph").filter((id) => {
      const element = document.getElementById(id);
      return element !== null && (element.querySelector(".js-plotly-plot") === null
        || element.querySelector(".dash-graph--pending") !== null || element.classList.contains("dash-graph--pending"));
    }).length;
    return callbacks + graphs;
  },
  getProps: (id) => { const node = find(id); return node ? JSON.parse(JSON.stringify(node.props)) : null; },
  setProps: (id, props) => window.dash_clientside.set_props(id, props),
  ids: () => { const ids = []; const walk = (node) => {
      if (node === null || typeof node !== "object") return;
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (node.props) { if (node.props.id !== undefined) ids.push(stringify(node.props.id)); walk(node.props.children); }
    }; walk(root()); return ids; },
  typeOf: (id) => { const node = find(id); return node ? node.type : null; },
  errors: () => { const e = state().error || {}; return [...(e.frontEnd || []), ...(e.backEnd || [])]
      .map((x) => ({title: x.error.message, message: String(x.error.html || "")})); },
};
"""

# Components that draw nothing on Dash's page, so they have no box to wait for or compare.
DRAWN = """
const invisible = ["Store", "Location", "Interval"];
const ids = page.ids().filter((id) => !invisible.includes(page.typeOf(id)));
"""

# True once every visible component is on the page and every Graph is drawn as wide as its box
# (Dash loads dropdowns, sliders and graphs after the page is idle, and refits graphs after drawing).
ALL_DRAWN = DRAWN + """
return ids.every((id) => {
  const element = document.getElementById(id);
  if (element === null) return false;
  if (page.typeOf(id) !== "Graph") return true;
  const plot = element.querySelector(".main-svg");
  return plot !== null && Math.abs(plot.getBoundingClientRect().width - element.getBoundingClientRect().width) < 1;
});
"""

# {id: [left, top, width, height]} of every visible component, in whole CSS pixels.
BOXES = DRAWN + """
const boxes = {};
for (const id of ids) {
  const element = document.getElementById(id);
  if (element !== null) {
    const box = element.getBoundingClientRect();
    boxes[id] = [box.left, box.top, box.width, box.height].map(Math.round);
  }
}
return boxes;
"""

# The page box (x, y, width, height) around every element drawn inside the app's root, grown by a
# margin (arguments[0]) and kept inside the page; the same root id on learndash's page and Dash's.
CONTENT_BOX = """
const margin = arguments[0];
const root = document.getElementById("react-entry-point");
let left = Infinity, top = Infinity, right = 0, bottom = 0;
for (const element of root.querySelectorAll("*")) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) continue;
  left = Math.min(left, box.left); top = Math.min(top, box.top);
  right = Math.max(right, box.right); bottom = Math.max(bottom, box.bottom);
}
const x = Math.max(0, Math.floor(left - margin) + window.scrollX), y = Math.max(0, Math.floor(top - margin) + window.scrollY);
return {x, y, width: Math.ceil(right + margin) - x, height: Math.ceil(bottom + margin) - y};
"""

# Resolves once the page is idle: pending is 0 on two checks one macrotask apart.
WAIT_IDLE = """
const done = arguments[arguments.length - 1];
const deadline = Date.now() + arguments[0];
let quietChecks = 0;
const check = () => {
  let pending = 1;
  try { pending = page.pending(); } catch (notYet) { pending = 1; }
  quietChecks = pending === 0 ? quietChecks + 1 : 0;
  if (quietChecks >= 2) { done(true); return; }
  if (Date.now() > deadline) { done(false); return; }
  setTimeout(check, 5);
};
check();
"""
