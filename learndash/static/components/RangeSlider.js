/**
 * dcc.RangeSlider (rule K-4): two handles over one track; `value` is [low, high] and the handles
 * never cross. Same updatemode, drag_value and number box rules as Slider, with a box per handle
 * (allow_direct_input) on either side of the track; a box left empty gives min (low) or max
 * (high), and a left bound never passes the other one. Drawn as Dash 4 draws it (see track.js).
 */
import { applyCommon, make } from "./dom.js";
import { isTypedSliderValue, nearestSliderValue, rangeOf, snapToMarks } from "./marks.js";
import { directInputBox, fitNumberBox, makeTrack } from "./track.js";
import { sameJson } from "../protocol.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const track = makeTrack(2);
  const [low, high] = track.inputs;
  // What the slider shows (Dash's own state): only a `value` that differs from it goes to drag_value.
  let held = heldFrom(props);
  const boxes = [0, 1].map((end) =>
    directInputBox({ typed: (number) => typedBound(end, number), left: (number) => leftBound(end, number) })
  );
  element.append(boxes[0], make("div", { className: "learndash-slider-wrapper" }, [track.root]), boxes[1]);

  /** What a slider given these props shows: its value, or min and max without one. */
  function heldFrom(live) {
    const { min, max } = rangeOf(live);
    return Array.isArray(live.value) && live.value.length ? live.value : [min, max];
  }

  /** `held` with the low (end 0) or high (end 1) bound replaced. */
  function withBound(end, bound) {
    const value = held.slice();
    value[end === 0 ? 0 : value.length - 1] = bound;
    return value;
  }

  /** A keystroke in a box: a bound on a step within min / max writes drag_value (and value with "drag"). */
  function typedBound(end, number) {
    const live = component.props;
    held = withBound(end, number);
    if (isTypedSliderValue(number, live)) {
      api.setProps(live.updatemode === "drag" ? { value: held, drag_value: held } : { drag_value: held });
    }
  }

  /** Leaving a box: the bound is stepped, kept on its side of the other one, and written as value with "mouseup". */
  function leftBound(end, number) {
    const live = component.props;
    const { min, max } = rangeOf(live);
    const other = held[end === 0 ? held.length - 1 : 0];
    const fallback = end === 0 ? min : max;
    const wanted = Number.isNaN(number) ? fallback : number;
    const kept = end === 0 ? Math.min(other ?? max, wanted) : Math.max(other ?? min, wanted);
    held = withBound(end, nearestSliderValue(kept, live));
    showHeld();
    if (live.updatemode !== "drag") {
      api.setProps({ value: held.map((bound) => (Number.isNaN(bound) ? null : bound)) });
    }
  }

  /** Each box shows its bound of `held`, keeping what the person typed while it reads as that number. */
  function showHeld() {
    [held[0], held[held.length - 1]].forEach((bound, end) => {
      if (parseFloat(boxes[end].value) !== bound) {
        boxes[end].value = Number.isNaN(bound) ? "" : String(bound);
      }
    });
  }

  function pair() {
    for (const input of [low, high]) {
      input.value = String(snapToMarks(Number(input.value), component.props));
    }
    const a = Number(low.value);
    const b = Number(high.value);
    return [Math.min(a, b), Math.max(a, b)];
  }

  function update(next, changed) {
    applyCommon(element, next, "learndash-slider learndash-rangeslider");
    const { min, max } = rangeOf(next);
    track.redraw(next, [Number(low.value), Number(high.value)]); // first, so the inputs take the new min / max
    const value = Array.isArray(next.value) ? next.value : [min, max];
    // A value the slider does not show yet, once mounted, is copied to drag_value; null is not.
    if (mounted && changed.includes("value") && next.value !== null && next.value !== undefined && !sameJson(next.value, held)) {
      held = next.value;
      api.setProps({ drag_value: next.value });
    }
    // Only a written `value` moves the handles; our own drag_value writes must not snap them back.
    if (changed.includes("value")) {
      low.value = String(value[0]);
      high.value = String(value[value.length - 1]);
    }
    track.redraw(next, pair());
    showHeld();
    for (const box of boxes) {
      fitNumberBox(box, next);
    }
  }

  for (const input of [low, high]) {
    input.addEventListener("input", () => {
      const value = pair();
      track.redraw(component.props, value);
      held = value;
      showHeld();
      api.setProps(component.props.updatemode === "drag" ? { drag_value: value, value } : { drag_value: value });
    });
    input.addEventListener("change", () => api.setProps({ value: pair() }));
  }
  let mounted = false;
  update(props, ["value"]);
  // Dash loads the slider's code lazily: it mounts after the requests of its load or insertion
  // were sent, or at once when that code already came for an earlier slider.
  api.afterRequestsSent(() => {
    mounted = true;
    held = heldFrom(component.props);
    if (Array.isArray(component.props.value) && component.props.value.length) {
      api.setProps({ drag_value: component.props.value });
    }
  });
  return { element, update };
}
