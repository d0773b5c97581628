/**
 * Slider parts shared by Slider and RangeSlider (rule K-4): min / max / step defaults, the marks
 * row, snapping to marks, and the number boxes of `allow_direct_input`. Marks are
 * {number: "label" | {label, style}}; without marks nothing is drawn.
 */
import { applyStyle, make } from "./dom.js";

/**
 * The effective min, max and step: explicit props, else the range of the marks, else 0..10.
 * @returns {{min: number, max: number, step: (number|string)}}
 */
export function rangeOf(props) {
  const markValues = Object.keys(props.marks || {}).map(Number);
  const min = props.min ?? (markValues.length ? Math.min(...markValues) : 0);
  const max = props.max ?? (markValues.length ? Math.max(...markValues) : 10);
  // step=None in Dash means "only the marks"; a native range input approximates it with "any".
  const step = props.step === null ? "any" : props.step ?? 1;
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
 * The row of mark labels under the track, each placed at its value.
 * @returns {HTMLElement}
 */
export function marksRow(props) {
  const { min, max } = rangeOf(props);
  const row = make("div", { className: "learndash-slider-marks" });
  for (const [value, mark] of Object.entries(props.marks || {})) {
    const label = mark !== null && typeof mark === "object" ? mark.label : mark;
    const span = make("span", { className: "learndash-slider-mark", textContent: label === undefined ? "" : String(label) });
    applyStyle(span, mark !== null && typeof mark === "object" ? mark.style : null);
    span.style.left = ((Number(value) - min) / (max - min || 1)) * 100 + "%";
    row.appendChild(span);
  }
  return row;
}

/**
 * A number box that shows one handle's value and, when the person commits a number (Enter or
 * leaving the box), hands it on clamped to [min, max] and snapped to the marks (Dash 4's
 * `allow_direct_input`, on by default).
 * @param {function(number): void} commit
 * @param {function(): Object} liveProps the component's current props
 * @returns {HTMLInputElement}
 */
export function directInputBox(commit, liveProps) {
  const box = make("input", { type: "number", className: "learndash-slider-box" });
  function commitTyped() {
    if (box.value === "") {
      return;
    }
    const props = liveProps();
    const { min, max } = rangeOf(props);
    const value = snapToMarks(Math.min(max, Math.max(min, Number(box.value))), props);
    box.value = String(value);
    commit(value);
  }

  box.addEventListener("change", commitTyped);
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      commitTyped();
    }
  });
  return box;
}
