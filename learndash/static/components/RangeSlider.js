/**
 * dcc.RangeSlider (rule K-4): two native range inputs over one track; `value` is [low, high] and
 * the handles never cross. Same updatemode and drag_value rules as Slider.
 */
import { applyCommon, make } from "./dom.js";
import { directInputBox, marksRow, rangeOf, snapToMarks } from "./marks.js";
import { sameJson } from "../protocol.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const low = make("input", { type: "range" });
  const high = make("input", { type: "range" });
  let marks = marksRow(props);
  const track = make("div", { className: "learndash-slider-track" }, [low, high, marks]);
  // One number box per handle (allow_direct_input); a typed bound keeps the pair in order.
  const boxes = [0, 1].map((end) =>
    directInputBox((typed) => {
      const current = Array.isArray(component.props.value) ? component.props.value.slice() : pair();
      current[end === 0 ? 0 : current.length - 1] = typed;
      const value = [Math.min(...current), Math.max(...current)];
      api.setProps({ drag_value: value, value });
    }, () => component.props)
  );
  element.append(boxes[0], track, boxes[1]);

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
    const { min, max, step } = rangeOf(next);
    for (const input of [low, high]) {
      Object.assign(input, { min: String(min), max: String(max), step: String(step), disabled: Boolean(next.disabled) });
    }
    const value = Array.isArray(next.value) ? next.value : [min, max];
    // Only a written `value` moves the handles; our own drag_value writes must not snap them back.
    // Whenever value changes once mounted, drag_value follows it.
    if (mounted && changed.includes("value") && !sameJson(next.drag_value, next.value)) {
      api.setProps({ drag_value: next.value });
    }
    if (changed.includes("value")) {
      low.value = String(value[0]);
      high.value = String(value[value.length - 1]);
      boxes[0].value = String(value[0]);
      boxes[1].value = String(value[value.length - 1]);
    }
    for (const box of boxes) {
      box.hidden = next.allow_direct_input === false;
      box.disabled = Boolean(next.disabled);
    }
    const fresh = marksRow(next);
    marks.replaceWith(fresh);
    marks = fresh;
  }

  for (const input of [low, high]) {
    input.addEventListener("input", () => {
      const value = pair();
      api.setProps(component.props.updatemode === "drag" ? { drag_value: value, value } : { drag_value: value });
    });
    input.addEventListener("change", () => api.setProps({ value: pair() }));
  }
  let mounted = false;
  update(props, ["value"]);
  // The slider mounts after the requests of its load or insertion were sent.
  api.afterRequestsSent(() => {
    mounted = true;
    if (Array.isArray(component.props.value)) {
      api.setProps({ drag_value: component.props.value });
    }
  });
  return { element, update };
}
