/**
 * Slider arithmetic shared by Slider and RangeSlider (rule K-4): min / max / step defaults, where
 * a value sits on the track, snapping to marks, and the marks Dash 4 draws when none are given.
 * Marks are {number: "label" | {label, style}}; `marks=None` (null) draws none.
 */

/**
 * The effective min, max and step: explicit props, else the range of the marks, else 0..10.
 * @returns {{min: number, max: number, step: (number|string)}}
 */
export function rangeOf(props) {
  const markValues = Object.keys(props.marks || {}).map(Number);
  const min = props.min ?? (markValues.length ? Math.min(...markValues) : 0);
  const max = props.max ?? (markValues.length ? Math.max(...markValues) : 10);
  // step=None in Dash means "only the marks"; a native range input approximates it with "any".
  // Without marks (marks=None or none given) Dash 4's slider falls back to steps of 1.
  const marksOnly = props.step === null && props.marks != null;
  const step = marksOnly ? "any" : props.step ?? 1;
  return { min, max, step };
}

/**
 * The value a handle at `raw` stands for: with step=None only the marks are allowed (Dash's
 * rule), so it snaps to the nearest mark; otherwise the native input has already stepped it.
 * Example: marks at 1952, 1957, 1962 and raw 1958.4 -> 1957.
 * @param {number} raw
 * @param {Object} props
 * @returns {number}
 */
export function snapToMarks(raw, props) {
  const markValues = Object.keys(props.marks || {}).map(Number);
  if (props.step !== null || !markValues.length) {
    return raw;
  }
  return markValues.reduce((best, mark) => (Math.abs(mark - raw) < Math.abs(best - raw) ? mark : best));
}

/**
 * Whether a number typed into a slider's number box is written while typing (Dash's check): within
 * min / max and a whole number of steps from min (to 0.0001). An empty box (NaN) passes too, as in
 * Dash, so its drag_value becomes null. Example: 0..10 step 2: 4 -> true, 5 -> false, 12 -> false.
 */
export function isTypedSliderValue(value, props) {
  const { min, max, step } = rangeOf(props);
  if (value < min || value > max) {
    return false;
  }
  if (typeof step !== "number") {
    return true;
  }
  const remainder = Math.abs((value - min) % step);
  return !(remainder > 1e-4 && remainder < step - 1e-4);
}

/**
 * The value a slider's number box settles on when the person leaves it (Dash's rule): clamped to
 * min / max, then the nearest whole step from min, to the step's decimals.
 * Example: 0..10 step 0.5: 3.3 -> 3.5, 15 -> 10.
 */
export function nearestSliderValue(value, props) {
  const { min, max, step } = rangeOf(props);
  const clamped = Math.max(min, Math.min(max, value));
  if (typeof step !== "number") {
    return snapToMarks(clamped, props);
  }
  const decimals = (String(step).split(".")[1] || "").length;
  const stepped = Number((min + Math.round((clamped - min) / step) * step).toFixed(decimals));
  return Math.max(min, Math.min(max, stepped));
}

/** The handle is 16px wide and stays inside the track: its centre runs from 8px to width - 8px. */
const HANDLE_WIDTH = 16;

/**
 * Where `value` sits on the track, as CSS: a share of the width plus the pixels that keep a
 * 16px handle inside the track. Example: min 0, max 20, value 5 -> "calc(25% + 4px)".
 * @returns {string}
 */
export function trackPosition(value, min, max) {
  const share = Math.min(1, Math.max(0, (value - min) / (max - min || 1)));
  const pixels = (HANDLE_WIDTH / 2) * (1 - 2 * share);
  return `calc(${share * 100}% + ${Number(pixels.toFixed(4))}px)`;
}

/**
 * The marks to draw: the given ones inside [min, max]; none for marks=None; else marks Dash 4
 * makes up to fit the track's width (see generatedMarks).
 * @param {Object} props
 * @param {number} width the track's width in px
 * @returns {Object<string, (string|Object)>}
 */
export function marksToDraw(props, width) {
  const { min, max, step } = rangeOf(props);
  if (props.marks === null) {
    return {};
  }
  const inside = Object.entries(props.marks || {}).filter(([value]) => Number(value) >= min && Number(value) <= max);
  if (inside.length) {
    return Object.fromEntries(inside);
  }
  return generatedMarks(min, max, typeof step === "number" ? step : 1, width);
}

/**
 * Marks for a slider given none: min, max, and values on a "nice" multiple of the step (1, 2,
 * 2.5, 5 or 10 times a power of ten) spaced so labels of ~10px a character do not collide.
 * Example: min 0, max 20, step 5, 640px -> {0, 5, 10, 15, 20}; step 1 gives every integer.
 * @returns {Object<string, string>}
 */
export function generatedMarks(min, max, step, width) {
  const longestLabel = Math.max(markLabel(min, min, max).length, markLabel(max, min, max).length);
  const fitting = Math.floor((width || 330) / (longestLabel * 10 + 20)) + 1;
  const count = Math.max(3, Math.min(fitting, 50));
  const wanted = (max - min) / (count - 1) / step;
  const magnitude = Math.pow(10, Math.floor(Math.log10(wanted)));
  const scaled = wanted / magnitude;
  const nice = scaled <= 1.5 ? 1 : scaled <= 2.25 ? 2 : scaled <= 3.5 ? 2.5 : scaled <= 5 ? 5 : 10;
  const stepsApart = Math.max(1, Math.round(Math.max(1, nice * magnitude)));
  const interval = stepsApart * step;
  const values = [];
  for (let cursor = min + interval; cursor < max; cursor += interval) {
    values.push(roundToStep(cursor, step));
  }
  // Dash 4 drops the last generated mark when the one before it is within 1.5 intervals of max.
  if (values.length >= 2 && max - values[values.length - 2] <= interval * 1.5) {
    values.pop();
  }
  const marks = {};
  for (const value of [min, ...values, max]) {
    marks[value] = markLabel(value, min, max);
  }
  return marks;
}

function roundToStep(value, step) {
  const decimals = (String(step).split(".")[1] || "").length;
  return Number(value.toFixed(decimals));
}

const SI_PREFIXES = { 3: "k", 6: "M", 9: "G", 12: "T" };

/**
 * A generated mark's label: the number as is below 10,000, else with an SI prefix chosen by the
 * size of the range (Dash's d3 format). Example: 250000 on 0..1,000,000 -> "250k".
 */
export function markLabel(value, min, max) {
  if (value === 0 || (Math.abs(value) >= 0.001 && Math.abs(value) < 10000)) {
    return String(value);
  }
  const mean = (Math.abs(min) + Math.abs(max)) / 2;
  const exponent = Math.min(12, Math.max(3, Math.floor(Math.log10(mean) / 3) * 3));
  const scaled = Math.round(value / Math.pow(10, exponent));
  return scaled.toLocaleString("en-US") + SI_PREFIXES[exponent];
}
