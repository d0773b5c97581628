/**
 * dcc.RangeSlider (rule K-4): two handles over one track; `value` is [low, high] and the handles
 * never cross. Same updatemode and drag_value rules as Slider; a number box per handle
 * (allow_direct_input) on either side of the track. Drawn as Dash 4 draws it (see track.js).
 */
import { applyCommon, make } from "./dom.js";
import { rangeOf, snapToMarks } from "./marks.js";
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
  // One number box per handle (allow_direct_input); a typed bound keeps the pair in order.
  const boxes = [0, 1].map((end) =>
    directInputBox((typed) => {
      const current = Array.isArray(component.props.value) ? component.props.value.slice() : pair();
      current[end === 0 ? 0 : current.length - 1] = typed;
      const value = [Math.min(...current), Math.max(...current)];
      api.setProps({ drag_value: value, value });
    }, () => component.props)
  );
  element.append(boxes[0], make("div", { className: "learndash-slider-wrapper" }, [track.root]), boxes[1]);

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
    // Whenever value changes once mounted, drag_value follows it; null leaves it.
    if (mounted && changed.includes("value") && next.value !== null && next.value !== undefined && !sameJson(next.drag_value, next.value)) {
      api.setProps({ drag_value: next.value });
    }
    // Only a written `value` moves the handles; our own drag_value writes must not snap them back.
    if (changed.includes("value")) {
      low.value = String(value[0]);
      high.value = String(value[value.length - 1]);
      boxes[0].value = String(value[0]);
      boxes[1].value = String(value[value.length - 1]);
    }
    track.redraw(next, pair());
    for (const box of boxes) {
      fitNumberBox(box, next);
    }
  }

  for (const input of [low, high]) {
    input.addEventListener("input", () => {
      const value = pair();
      track.redraw(component.props, value);
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
    if (Array.isArray(component.props.value) && component.props.value.length) {
      api.setProps({ drag_value: component.props.value });
    }
  });
  return { element, update };
}
