/**
 * The drawn parts of Slider and RangeSlider, as Dash 4 draws them (rule K-4): a thin grey track
 * with the selected stretch in colour, a tick and a label at each mark (greyed outside the
 * selection), optional dots at each step, round handles with an optional tooltip, and the number
 * boxes of `allow_direct_input`. The handles are native range inputs (keyboard and dragging come
 * free), styled in learndash.css; this module only places things.
 */
import { applyStyle, make } from "./dom.js";
import { marksToDraw, rangeOf, trackPosition } from "./marks.js";

/**
 * A track with `handleCount` handles. `redraw(props, values)` places everything for the props
 * and the handles' current values; `inputs` are the native range inputs, one per handle.
 * @param {number} handleCount 1 for Slider, 2 for RangeSlider
 * @returns {{root: HTMLElement, inputs: HTMLInputElement[], redraw: function(Object, number[]): void}}
 */
export function makeTrack(handleCount) {
  const range = make("div", { className: "learndash-slider-range" });
  const bar = make("div", { className: "learndash-slider-bar" }, [range]);
  const marks = make("div", { className: "learndash-slider-marks" });
  const inputs = [];
  const tooltips = [];
  for (let handle = 0; handle < handleCount; handle += 1) {
    inputs.push(make("input", { type: "range" }));
    tooltips.push(make("div", { className: "learndash-slider-tooltip" }));
  }
  const root = make("div", { className: "learndash-slider-root" }, [bar, marks, ...inputs, ...tooltips]);
  let lastDrawn = null;

  function redraw(props, values) {
    lastDrawn = [props, values];
    const { min, max, step } = rangeOf(props);
    for (const input of inputs) {
      Object.assign(input, { min: String(min), max: String(max), step: String(step), disabled: Boolean(props.disabled) });
    }
    const low = values.length > 1 ? values[0] : min;
    const high = values[values.length - 1];
    const share = (value) => Math.min(100, Math.max(0, ((value - min) / (max - min || 1)) * 100));
    range.style.left = share(low) + "%";
    range.style.right = 100 - share(high) + "%";
    root.dataset.included = String(props.included !== false);
    root.toggleAttribute("data-disabled", Boolean(props.disabled));

    const drawn = marksToDraw(props, root.clientWidth);
    root.classList.toggle("has-marks", Object.keys(drawn).length > 0);
    const outside = (value) => value < low || value > high;
    marks.replaceChildren(
      ...Object.entries(drawn).map(([value, mark]) => markElement(Number(value), mark, { min, max, outside, dots: props.dots })),
      ...(props.dots ? stepDots(min, max, step, outside) : [])
    );
    tooltips.forEach((tooltip, handle) => placeTooltip(tooltip, props.tooltip, values[handle], trackPosition(values[handle], min, max)));
  }

  // Generated marks depend on the track's width, so they are redrawn when it changes.
  new ResizeObserver(() => {
    if (lastDrawn) {
      redraw(...lastDrawn);
    }
  }).observe(root);
  return { root, inputs, redraw };
}

/** One mark: its label (from the marks dict, or the value) under a tick at its place. */
function markElement(value, mark, { min, max, outside, dots }) {
  const label = mark !== null && typeof mark === "object" ? mark.label : mark;
  const element = make("div", { className: "learndash-slider-mark", textContent: label === undefined || label === null ? String(value) : String(label) });
  element.classList.toggle("learndash-slider-mark-outside", outside(value));
  element.classList.toggle("with-dots", Boolean(dots));
  applyStyle(element, mark !== null && typeof mark === "object" ? mark.style : null);
  element.style.left = trackPosition(value, min, max);
  return element;
}

/** With `dots`, a dot at every step when the step is above 1 and there are at most 100 of them. */
function stepDots(min, max, step, outside) {
  const count = Math.floor((max - min) / step) + 1;
  if (typeof step !== "number" || step <= 1 || count > 100) {
    return [];
  }
  return Array.from({ length: count }, (_, index) => {
    const value = min + index * step;
    const dot = make("div", { className: "learndash-slider-dot" });
    dot.classList.toggle("learndash-slider-dot-outside", outside(value));
    dot.style.left = trackPosition(value, min, max);
    return dot;
  });
}

/**
 * A handle's tooltip (`tooltip={"placement": "top", "always_visible": False, "template": ...}`):
 * shown while the slider is hovered or focused, or always; "{value}" in the template is replaced.
 */
function placeTooltip(tooltip, options, value, left) {
  tooltip.hidden = !options;
  if (!options) {
    return;
  }
  const transform = options.transform && window.dccFunctions ? window.dccFunctions[options.transform] : null;
  const shown = transform ? transform(value) : value;
  tooltip.textContent = (options.template || "{value}").replace("{value}", String(shown));
  tooltip.className = "learndash-slider-tooltip learndash-slider-tooltip-" + (options.placement || "top").toLowerCase();
  tooltip.classList.toggle("always-visible", Boolean(options.always_visible));
  tooltip.style.left = left;
}

/**
 * Whether Dash 4 shows number boxes beside the track: `allow_direct_input` (on by default), and
 * not with step=None, where only the marks are values.
 */
export function showsNumberBoxes(props) {
  return props.allow_direct_input !== false && props.step !== null && !props.vertical;
}

/**
 * A number box beside the track (Dash 4's `allow_direct_input`): `typed` gets the number on each
 * keystroke and `left` when the person leaves the box, NaN for an empty box; the slider decides
 * what they write (isTypedSliderValue, nearestSliderValue).
 * @param {{typed: function(number): void, left: function(number): void}} handlers
 * @returns {HTMLInputElement}
 */
export function directInputBox({ typed, left }) {
  const box = make("input", { type: "number", className: "learndash-slider-box" });
  box.addEventListener("input", () => typed(parseFloat(box.value)));
  box.addEventListener("blur", () => left(parseFloat(box.value)));
  return box;
}

/**
 * Size and show a number box for the props: wide enough for min and max and the step's
 * decimals (Example: 0..20 step 5 -> "calc(2ch + 8px)"), hidden where Dash shows none.
 */
export function fitNumberBox(box, props) {
  const { min, max, step } = rangeOf(props);
  const digits = Math.max(String(Math.floor(max)).length, String(Math.floor(min)).length);
  const decimals = Math.min((String(step).split(".")[1] || "").length + (String(step).includes(".") ? 1 : 0), 3);
  box.style.width = `calc(${digits + decimals}ch + 8px)`;
  Object.assign(box, { min: String(min), max: String(max), step: String(step), disabled: Boolean(props.disabled) });
  box.hidden = !showsNumberBoxes(props);
}
