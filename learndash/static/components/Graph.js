/**
 * dcc.Graph (rule K-7) through plotly.js, which is loaded the first time a Graph mounts (pages
 * without a graph never download it). User events write clickData (with a timestamp, so clicking
 * the same point twice still counts as a change), hoverData (cleared on unhover only with
 * clear_on_unhover), selectedData (null on deselect) and relayoutData.
 */
import { applyCommon } from "./dom.js";

let plotlyLoading = null;

/**
 * Load plotly.js once, from the URL the page shell gave. A page whose layout holds a Graph
 * already asks for it in its head (`<script id="plotly-js" defer>`), so the browser downloads and
 * compiles it while the renderer starts; then this only waits for that script.
 * @param {string} url
 * @returns {Promise<Object>} window.Plotly
 */
export function loadPlotly(url) {
  if (!plotlyLoading) {
    plotlyLoading = new Promise((resolve, reject) => {
      if (window.Plotly) {
        resolve(window.Plotly);
        return;
      }
      let script = document.getElementById("plotly-js");
      if (!script) {
        script = document.createElement("script");
        script.id = "plotly-js";
        script.src = url;
        document.head.appendChild(script);
      }
      script.addEventListener("load", () => resolve(window.Plotly));
      script.addEventListener("error", () => reject(new Error("plotly.js could not be loaded from " + url)));
    });
  }
  return plotlyLoading;
}

function isPlain(value) {
  return value === null || typeof value !== "object";
}

/**
 * The customdata of an event point, as Dash picks it from its trace: the entry at `pointNumber`;
 * the whole list for a line; one entry per point of `pointNumbers` (a histogram bar); undefined
 * when the trace has none. Example: customdata ["a", "b"], pointNumbers [0, 1] -> ["a", "b"].
 */
function pointCustomdata(graph, point) {
  const trace = point.curveNumber === undefined ? undefined : graph.data[point.curveNumber];
  if (!trace || !("customdata" in trace)) {
    return undefined;
  }
  if ("pointNumber" in point) {
    if (typeof point.pointNumber === "number") {
      return trace.customdata[point.pointNumber];
    }
    return !point.pointNumber && String(point.data?.mode).includes("lines") ? trace.customdata : undefined;
  }
  return Array.isArray(point.pointNumbers) ? point.pointNumbers.map((number) => trace.customdata[number]) : undefined;
}

/**
 * Plotly's event points hold circular references (to the trace, the axes...); keep what a callback
 * can use: plain fields, the bounding box, customdata (pointCustomdata) and the histogram's pointNumbers.
 * Example: {x: 1, y: 2, curveNumber: 0, data: {...}} -> {x: 1, y: 2, curveNumber: 0}.
 */
export function eventPoints(graph, event) {
  if (!event || !event.points) {
    return null;
  }
  const points = event.points.map((point) => {
    const kept = {};
    for (const [key, value] of Object.entries(point)) {
      if (isPlain(value)) {
        kept[key] = value;
      }
    }
    if (point.bbox) {
      kept.bbox = point.bbox;
    }
    if (Array.isArray(point.pointNumbers)) {
      kept.pointNumbers = point.pointNumbers;
    }
    const customdata = pointCustomdata(graph, point);
    if (customdata !== undefined) {
      kept.customdata = customdata;
    }
    return kept;
  });
  const result = { points };
  if (event.range) {
    result.range = event.range;
  }
  if (event.lassoPoints) {
    result.lassoPoints = event.lassoPoints;
  }
  return result;
}

/**
 * What the `responsive` prop adds to the config and the layout plotly draws (as Dash 4.4.1):
 * True makes plotly autosize and drops a fixed width/height, False stops autosizing, and "auto"
 * (the default) leaves the figure's own settings alone.
 * Example: responsive=false, layout {title: "t"} -> layout {title: "t", autosize: false}.
 */
const RESPONSIVE_OVERRIDES = {
  true: { config: { responsive: true }, layout: { autosize: true, height: undefined, width: undefined } },
  false: { config: { responsive: false }, layout: { autosize: false } },
  auto: { config: {}, layout: {} },
};

function overridesFor(responsive) {
  return typeof responsive === "boolean" ? RESPONSIVE_OVERRIDES[responsive] : RESPONSIVE_OVERRIDES.auto;
}

/** The config handed to plotly: the `config` prop with the `responsive` overrides applied. */
export function plotlyConfig(props) {
  return { ...(props.config || {}), ...overridesFor(props.responsive).config };
}

/** The figure's layout with the `responsive` overrides, as a new object. */
export function plotlyLayout(props) {
  const layout = (props.figure || {}).layout;
  return layout ? { ...layout, ...overridesFor(props.responsive).layout } : {};
}

/**
 * Whether the graph fills its container's height too: responsive=True, or "auto" with
 * config.responsive and a figure that autosizes and leaves a width or height open.
 */
export function isResponsive(props) {
  if (typeof props.responsive === "boolean") {
    return props.responsive;
  }
  const layout = (props.figure || {}).layout;
  const autosizes = !layout || ((layout.autosize || layout.autosize == null) && (layout.height == null || layout.width == null));
  return Boolean((props.config || {}).responsive && autosizes);
}

/** Resize events come in bursts while a window is dragged; act 50 ms after the last one, as Dash. */
const RESIZE_DELAY_MS = 50;

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const plot = document.createElement("div");
  plot.style.height = "100%";
  plot.style.width = "100%";
  element.appendChild(plot);
  let Plotly = null;
  let plotted = false;

  function draw(next) {
    // plotly.js fills in axis types and ranges on the objects it draws: draw a copy, so the
    // figure prop (what a State or a later callback reads) stays what the callback returned.
    const figure = structuredClone(next.figure || {});
    const layout = plotlyLayout({ ...next, figure });
    api.track(Plotly.react(plot, figure.data || [], layout, plotlyConfig(next))).then(() => {
      if (!plotted) {
        plotted = true;
        bind();
        resize();
      }
    });
  }

  /**
   * Fit the plot to its box. Dash does this after the first draw and whenever the graph or its
   * container changes size, whatever `responsive` says; plotly then keeps a size the layout fixes.
   */
  function resize() {
    if (plotted && plot.isConnected) {
      // tracked: the resize ends with relayoutData = {autosize: true}, a write callbacks may await
      api.track(Plotly.Plots.resize(plot).catch(() => {}));
    }
  }

  let resizeTimer = null;
  const resizeObserver = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(resize, RESIZE_DELAY_MS);
  });
  resizeObserver.observe(element);
  resizeObserver.observe(plot);

  function bind() {
    plot.on("plotly_click", (event) => api.setProps({ clickData: { ...eventPoints(plot, event), timestamp: Date.now() } }));
    plot.on("plotly_hover", (event) => api.setProps({ hoverData: eventPoints(plot, event) }));
    plot.on("plotly_unhover", () => {
      if (component.props.clear_on_unhover) {
        api.setProps({ hoverData: null });
      }
    });
    plot.on("plotly_selected", (event) => api.setProps({ selectedData: eventPoints(plot, event) }));
    plot.on("plotly_deselect", () => api.setProps({ selectedData: null }));
    plot.on("plotly_relayout", (event) => api.setProps({ relayoutData: event }));
  }

  /** A responsive graph fills its container's height unless its style sets one (as Dash). */
  function applyStyles(next) {
    applyCommon(element, next, "dash-graph");
    if (isResponsive(next) && !element.style.height) {
      element.style.height = "100%";
    }
  }

  function update(next, changed) {
    applyStyles(next);
    const redraw = ["figure", "config", "responsive"].some((name) => changed.includes(name));
    if (Plotly && redraw) {
      draw(next);
    }
  }

  applyStyles(props);
  api.track(loadPlotly(api.renderer.plotlyUrl)).then((loaded) => {
    Plotly = loaded;
    draw(component.props);
  });
  const unmount = () => {
    resizeObserver.disconnect();
    clearTimeout(resizeTimer);
    if (Plotly) {
      Plotly.purge(plot);
    }
  };
  return { element, update, unmount };
}
