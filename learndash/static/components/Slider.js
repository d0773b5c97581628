/**
 * dcc.Slider (rule K-4) on a native range input. updatemode "mouseup" (default) writes `value` on
 * release and `drag_value` while dragging; "drag" writes both while dragging. Once the requests of
 * its load were sent a set `value` is copied to `drag_value`, and every later `value` too;
 * with no `value` the handle sits at min and value stays None.
 * A number box beside the track (allow_direct_input, on by default) writes `value` too.
 */
import { applyCommon, make } from "./dom.js";
import { directInputBox, marksRow, rangeOf, snapToMarks } from "./marks.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const input = make("input", { type: "range" });
  let marks = marksRow(props);
  const track = make("div", { className: "learndash-slider-track" }, [input, marks]);
  const box = directInputBox((value) => api.setProps({ drag_value: value, value }), () => component.props);
  element.append(track, box);

  function update(next, changed) {
    applyCommon(element, next, "learndash-slider");
    const { min, max, step } = rangeOf(next);
    Object.assign(input, { min: String(min), max: String(max), step: String(step), disabled: Boolean(next.disabled) });
    const shown = next.value === null || next.value === undefined ? min : next.value;
    // Only a written `value` moves the handle; our own drag_value writes must not snap it back.
    if (changed.includes("value") && Number(input.value) !== shown) {
      input.value = String(shown);
    }
    if (changed.includes("value") || changed.includes("drag_value")) {
      box.value = next.value === null || next.value === undefined ? "" : String(next.value);
    }
    // Whenever value changes once mounted, drag_value follows it, unclamped.
    if (mounted && changed.includes("value") && next.drag_value !== next.value) {
      api.setProps({ drag_value: next.value });
    }
    box.hidden = next.allow_direct_input === false;
    box.disabled = Boolean(next.disabled);
    const fresh = marksRow(next);
    marks.replaceWith(fresh);
    marks = fresh;
  }

  function handleValue() {
    const value = snapToMarks(Number(input.value), component.props);
    input.value = String(value);
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
  // The Slider mounts after the requests of its load or insertion were sent.
  api.afterRequestsSent(() => {
    mounted = true;
    const value = component.props.value;
    if (value !== null && value !== undefined) {
      api.setProps({ drag_value: value });
    }
  });
  return { element, update };
}
