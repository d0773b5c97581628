/**
 * Dev tools (debug=True): a bar with two panels, beyond what Dash's dev tools show.
 *
 * - Errors: the error overlay (overlay.js), shown or hidden.
 * - Callbacks: the callback graph (props → callback → props, drawn left to right by depth), and
 *   the trace: for every user action, the callbacks it fired, in the order they were sent, with
 *   their inputs, outputs and status. A trace entry is the JSON of `CallRecord.to_json()`, the
 *   same records `AppHarness.calls` gives a test.
 *
 * Text is always set with textContent, never parsed as HTML.
 */
import { propId } from "./protocol.js";

const SVG = "http://www.w3.org/2000/svg";

/** `el("td", {className: "x"}, "text", child)`: a DOM element with properties and children. */
function el(tag, properties = {}, ...children) {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

function svg(tag, attributes = {}) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  return element;
}

/** Prop ids of a role's dependencies: `inp.value`, or the pattern's id string for wildcards. */
function propIdsOf(dependencies) {
  return dependencies.map((dependency) => propId(dependency.id, dependency.property));
}

/**
 * The callback graph as columns: each prop and callback gets the depth of its longest path from a
 * prop that no callback writes (cycles are cut at the first repeat).
 * @returns {{nodes: Array<{key, label, kind, column, row}>, edges: Array<[string, string]>}}
 */
export function graphLayout(callbacks, names) {
  const edges = [];
  const callbackNodes = callbacks.map((callback) => {
    const key = "cb:" + callback.index;
    propIdsOf([...callback.inputs, ...callback.state]).forEach((prop) => edges.push(["p:" + prop, key]));
    propIdsOf(callback.outputs).forEach((prop) => edges.push([key, "p:" + prop]));
    return { key, label: (names || {})[callback.output] || callback.output, kind: callback.clientsideFunction ? "clientside" : "callback" };
  });
  const propKeys = [...new Set(edges.flat().filter((key) => key.startsWith("p:")))];
  const nodes = [...propKeys.map((key) => ({ key, label: key.slice(2), kind: "prop" })), ...callbackNodes];
  const parents = new Map(nodes.map((node) => [node.key, []]));
  edges.forEach(([from, to]) => parents.get(to).push(from));
  const depth = new Map();
  const depthOf = (key, seen) => {
    if (depth.has(key)) {
      return depth.get(key);
    }
    const upstream = parents.get(key).filter((parent) => !seen.has(parent));
    const value = upstream.length ? 1 + Math.max(...upstream.map((parent) => depthOf(parent, new Set([...seen, key])))) : 0;
    depth.set(key, value);
    return value;
  };
  const rows = new Map();
  for (const node of nodes) {
    node.column = depthOf(node.key, new Set([node.key]));
    node.row = rows.get(node.column) || 0;
    rows.set(node.column, node.row + 1);
  }
  return { nodes, edges };
}

/** The callback graph as SVG; callbacks that fired in the last action are highlighted. */
function drawGraph(callbacks, names, fired) {
  const { nodes, edges } = graphLayout(callbacks, names);
  const width = 150;
  const gap = 36;
  const height = 26;
  const at = new Map(nodes.map((node) => [node.key, { x: node.column * (width + gap) + 4, y: node.row * (height + 12) + 4 }]));
  const columns = Math.max(1, ...nodes.map((node) => node.column + 1));
  const rows = Math.max(1, ...nodes.map((node) => node.row + 1));
  const picture = svg("svg", { class: "learndash-graph", width: columns * (width + gap), height: rows * (height + 12) + 8 });
  for (const [from, to] of edges) {
    const a = at.get(from);
    const b = at.get(to);
    picture.append(svg("line", { x1: a.x + width, y1: a.y + height / 2, x2: b.x, y2: b.y + height / 2, class: "learndash-graph-edge" }));
  }
  for (const node of nodes) {
    const { x, y } = at.get(node.key);
    const group = svg("g", { class: `learndash-graph-${node.kind}${fired.has(node.label) ? " learndash-graph-fired" : ""}` });
    group.append(svg("rect", { x, y, width, height, rx: node.kind === "prop" ? 3 : 12 }));
    const text = svg("text", { x: x + 8, y: y + height / 2 + 4 });
    text.textContent = node.label.length > 24 ? node.label.slice(0, 23) + "…" : node.label;
    const title = svg("title");
    title.textContent = node.label;
    group.append(text, title);
    picture.append(group);
  }
  return picture;
}

/** One trace entry as a table row: callback, trigger, inputs, outputs, status. */
function traceRow(record) {
  const show = (values) => Object.entries(values).map(([key, value]) => `${key} = ${JSON.stringify(value)}`).join("\n");
  return el(
    "tr",
    { className: `learndash-trace-${record.status}` },
    el("td", {}, record.callback),
    el("td", {}, record.initial ? "initial call" : record.triggered.join(", ")),
    el("td", {}, el("pre", {}, show({ ...record.inputs, ...record.states }))),
    el("td", {}, el("pre", {}, show(record.outputs))),
    el("td", {}, record.status),
  );
}

export class DevTools {
  /**
   * @param {Object} options
   * @param {Array} options.callbacks the parsed callbacks (callback_graph.js)
   * @param {Object} options.names function names by output id (config.callback_names)
   * @param {ErrorOverlay} options.overlay the error list
   */
  constructor({ callbacks, names, overlay }) {
    this.callbacks = callbacks;
    this.names = names;
    this.overlay = overlay;
    /** @type {Array<{label: string, calls: Array}>} one per user action, oldest first */
    this.actions = [{ label: "page load", calls: [] }];
    this.open = null;
    this.bar = el("nav", { className: "learndash-devtools" });
    this.panel = el("section", { className: "learndash-devtools-panel" });
    this.panel.hidden = true;
    document.body.append(this.panel, this.bar);
    this.refresh();
  }

  /** A new user action starts a new group of the trace. */
  startAction(label) {
    this.actions.push({ label, calls: [] });
  }

  /** A request left the page: add its trace entry (completed in place when its answer arrives). */
  addCall(record) {
    this.actions[this.actions.length - 1].calls.push(record);
  }

  /** Redraw the bar, and the open panel, after anything changed. */
  refresh() {
    const errors = this.overlay.errors.length;
    const calls = this.actions.reduce((n, action) => n + action.calls.length, 0);
    const button = (name, text) => {
      const item = el("button", { type: "button", className: this.open === name ? "learndash-devtools-open" : "" }, text);
      item.dataset.panel = name;
      item.addEventListener("click", () => this.toggle(name));
      return item;
    };
    this.bar.replaceChildren(button("errors", `Errors (${errors})`), button("callbacks", `Callbacks (${calls})`));
    if (this.open === "callbacks") {
      this.panel.replaceChildren(...this.callbacksPanel());
    }
  }

  /** Errors shows or hides the error overlay; Callbacks opens or closes its panel. */
  toggle(name) {
    if (name === "errors") {
      if (this.overlay.panel) {
        this.overlay.panel.hidden = !this.overlay.panel.hidden;
      }
    } else {
      this.open = this.open === name ? null : name;
      this.panel.hidden = this.open === null;
    }
    this.refresh();
  }

  callbacksPanel() {
    const last = [...this.actions].reverse().find((action) => action.calls.length);
    const fired = new Set(last ? last.calls.map((record) => record.callback) : []);
    const graph = el("div", { className: "learndash-devtools-graph" }, drawGraph(this.callbacks, this.names, fired));
    const header = el("tr", {}, ...["callback", "triggered by", "inputs and state", "outputs", "status"].map((text) => el("th", {}, text)));
    const groups = [...this.actions].reverse().filter((action) => action.calls.length).map((action) =>
      el(
        "details",
        { open: action === last, className: "learndash-trace-action" },
        el("summary", {}, `${action.label}: ${action.calls.map((record) => record.callback).join(" → ")}`),
        el("table", {}, header.cloneNode(true), ...action.calls.map(traceRow)),
      ),
    );
    return [el("h3", {}, "Callback graph"), graph, el("h3", {}, "What ran, newest action first"), ...groups];
  }
}
