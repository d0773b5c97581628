/**
 * dcc.Slider (rule K-4). updatemode "mouseup" (default) writes `value` on release and
 * `drag_value` while dragging; "drag" writes both while dragging. Once the requests of its load
 * were sent a set `value` is copied to `drag_value`, and every later `value` too; with no
 * `value` the handle sits at min and value stays None.
 * A number box after the track (allow_direct_input, on by default; none with step=None): each
 * keystroke giving a number on a step within min / max writes drag_value (and value with "drag");
 * leaving the box writes value, clamped and stepped (null for an empty box), with "mouseup".
 * `held` is what the slider shows (Dash's own state): only a `value` that differs from it is
 * copied to drag_value. The track is drawn as Dash 4 draws it (see track.js).
 */
import { applyCommon, make } from "./dom.js";
import { isTypedSliderValue, nearestSliderValue, rangeOf, snapToMarks } from "./marks.js";
import { directInputBox, fitNumberBox, makeTrack } from "./track.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const track = makeTrack(1);
  const [input] = track.inputs;
  let held = props.value ?? rangeOf(props).min;
  const box = directInputBox({
    typed(number) {
      const live = component.props;
      held = number;
      if (isTypedSliderValue(number, live)) {
        api.setProps(live.updatemode === "drag" ? { value: number, drag_value: number } : { drag_value: number });
      }
    },
    left(number) {
      // Dash keeps the box's number at least the handle's own (the "high" bound of one handle), so
      // a box left empty, whose handle was emptied by typing, gives no number: null.
      const live = component.props;
      held = nearestSliderValue(Math.max(held, Number.isNaN(number) ? rangeOf(live).max : number), live);
      showHeld();
      if (live.updatemode !== "drag") {
        api.setProps({ value: Number.isNaN(held) ? null : held });
      }
    },
  });
  element.append(make("div", { className: "learndash-slider-wrapper" }, [track.root]), box);

  /** The box shows `held`, keeping what the person typed while it reads as that number ("1." for 1). */
  function showHeld() {
    if (parseFloat(box.value) !== held) {
      box.value = Number.isNaN(held) ? "" : String(held);
    }
  }

  function shownValue(live) {
    return live.value === null || live.value === undefined ? rangeOf(live).min : live.value;
  }

  function update(next, changed) {
    applyCommon(element, next, "learndash-slider");
    track.redraw(next, [Number(input.value)]); // first, so the input takes the new min / max

    // Only a written `value` moves the handle; our own drag_value writes must not snap it back.
    if (changed.includes("value") && Number(input.value) !== shownValue(next)) {
      input.value = String(shownValue(next));
    }
    track.redraw(next, [Number(input.value)]);
    // A value the slider does not show yet, once mounted, is copied to drag_value, unclamped; null is not.
    if (mounted && changed.includes("value") && next.value !== null && next.value !== undefined && next.value !== held) {
      held = next.value;
      api.setProps({ drag_value: next.value });
    }
    showHeld();
    fitNumberBox(box, next);
  }

  function handleValue() {
    const value = snapToMarks(Number(input.value), component.props);
    input.value = String(value);
    track.redraw(component.props, [value]);
    held = value;
    showHeld();
    return value;
  }

  input.addEventListener("input", () => {
    const value = handleValue();
    const drag = component.props.updatemode === "drag";
    api.setProps(drag ? { drag_value: value, value } : { drag_value: value });
  });
  input.addEventListener("change", () => api.setProps({ value: handleValue() }));
  let mounted = false;
  update(props, ["value"]);
  // Dash loads the slider's code lazily: it mounts after the requests of its load or insertion
  // were sent, or at once when that code already came for an earlier slider.
  api.afterRequestsSent(() => {
    mounted = true;
    const value = component.props.value;
    held = value ?? rangeOf(component.props).min;
    if (value !== null && value !== undefined) {
      api.setProps({ drag_value: value });
    }
  });
  return { element, update };
}
