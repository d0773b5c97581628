/**
 * dcc.Slider (rule K-4). updatemode "mouseup" (default) writes `value` on release and
 * `drag_value` while dragging; "drag" writes both while dragging. Once the requests of its load
 * were sent a set `value` is copied to `drag_value`, and every later `value` too; with no
 * `value` the handle sits at min and value stays None.
 * A number box after the track (allow_direct_input, on by default; none with step=None) writes
 * `value` too. The track is drawn as Dash 4 draws it (see track.js).
 */
import { applyCommon, make } from "./dom.js";
import { rangeOf, snapToMarks } from "./marks.js";
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
  const box = directInputBox((value) => api.setProps({ drag_value: value, value }), () => component.props);
  element.append(make("div", { className: "learndash-slider-wrapper" }, [track.root]), box);

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
    if (changed.includes("value") || changed.includes("drag_value")) {
      box.value = next.value === null || next.value === undefined ? "" : String(next.value);
    }
    // Whenever value changes once mounted, drag_value follows it, unclamped; null leaves it.
    if (mounted && changed.includes("value") && next.value !== null && next.value !== undefined && next.drag_value !== next.value) {
      api.setProps({ drag_value: next.value });
    }
    fitNumberBox(box, next);
  }

  function handleValue() {
    const value = snapToMarks(Number(input.value), component.props);
    input.value = String(value);
    track.redraw(component.props, [value]);
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
    if (value !== null && value !== undefined) {
      api.setProps({ drag_value: value });
    }
  });
  return { element, update };
}
