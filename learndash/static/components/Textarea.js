/**
 * dcc.Textarea (rule K-14): value on every change, n_blur on blur, n_clicks on click (each with
 * its timestamp).
 */
import { applyAttributes, applyCommon } from "./dom.js";

const PASSED_THROUGH = ["placeholder", "disabled", "readOnly", "rows", "cols", "maxLength", "minLength", "required", "name", "wrap"];

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("textarea");

  function update(next) {
    applyCommon(element, next, "learndash-textarea");
    applyAttributes(element, PASSED_THROUGH, next);
    const shown = next.value === undefined || next.value === null ? "" : String(next.value);
    if (element.value !== shown) {
      element.value = shown;
    }
  }

  element.addEventListener("input", () => api.setProps({ value: element.value }));
  element.addEventListener("blur", () => {
    api.setProps({ n_blur: (component.props.n_blur || 0) + 1, n_blur_timestamp: Date.now() });
  });
  element.addEventListener("click", () => {
    api.setProps({ n_clicks: (component.props.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() });
  });
  update(props);
  return { element, update };
}
