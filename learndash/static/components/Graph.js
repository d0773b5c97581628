/**
 * dcc.Graph (rule K-7) through plotly.js, which is loaded the first time a Graph mounts (pages
 * without a graph never download it). User events write clickData (with a timestamp, so clicking
 * the same point twice still counts as a change), hoverData (cleared on unhover only with
 * clear_on_unhover), selectedData (null on deselect) and relayoutData.
 */
import { applyCommon } from "./dom.js";

let plotlyLoading = null;

/**
 * Load plotly.js once, from the URL the page shell gave.
 * @param {string} url
 * @returns {Promise<Object>} window.Plotly
 */
export function loadPlotly(url) {
  if (!plotlyLoading) {
    plotlyLoading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => reject(new Error("plotly.js could not be loaded from " + url));
      document.head.appendChild(script);
    });
  }
  return plotlyLoading;
}

function isPlain(value) {
  return value === null || typeof value !== "object";
}

/**
 * Plotly's event points hold circular references (to the trace, the axes...); keep what a callback
 * can use: plain fields, the bounding box, customdata and the histogram's pointNumbers.
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
    const trace = graph.data[point.curveNumber];
    if (trace && trace.customdata && point.pointNumber !== undefined) {
      kept.customdata = trace.customdata[point.pointNumber];
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
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const plot = document.createElement("div");
  element.appendChild(plot);
  let Plotly = null;
  let bound = false;

  function draw(next) {
    // plotly.js fills in axis types and ranges on the objects it draws: draw a copy, so the
    // figure prop (what a State or a later callback reads) stays what the callback returned.
    const figure = structuredClone(next.figure || {});
    // Plotly's responsive mode sizes the plot to its box, so it needs a box with a height: with
    // responsive="auto" (Dash's default) only a Graph whose style sets a height gets it, and the
    // others keep plotly's own 450px height instead of collapsing to nothing on redraw.
    const boxed = (next.style || {}).height !== undefined;
    const responsive = next.responsive === true || (next.responsive !== false && boxed);
    const config = { ...(next.config || {}), responsive };
    api.track(Plotly.react(plot, figure.data || [], figure.layout || {}, config)).then(() => {
      if (!bound) {
        bind();
      }
    });
  }

  function bind() {
    bound = true;
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

  /** With a height or width in `style`, the plot fills that box, as Dash's responsive graphs do. */
  function fitToBox(next) {
    const style = next.style || {};
    plot.style.height = style.height !== undefined ? "100%" : "";
    plot.style.width = style.width !== undefined ? "100%" : "";
  }

  function update(next, changed) {
    applyCommon(element, next, "dash-graph");
    fitToBox(next);
    if (Plotly && (changed.includes("figure") || changed.includes("config"))) {
      draw(next);
    }
  }

  applyCommon(element, props, "dash-graph");
  fitToBox(props);
  api.track(loadPlotly(api.renderer.plotlyUrl)).then((loaded) => {
    Plotly = loaded;
    draw(component.props);
  });
  const unmount = () => {
    if (Plotly) {
      Plotly.purge(plot);
    }
  };
  return { element, update, unmount };
}
