/**
 * dcc.RadioItems (rule K-5): clicking an option writes `value`, a scalar.
 */
import { applyCommon, make, normalizeOptions, optionLabel } from "./dom.js";

let groupCounter = 0;

/**
 * @param {Object} props
 * @param {Object} api
 */
export function mount(props, api) {
  const element = document.createElement("div");
  groupCounter += 1;
  const groupName = "learndash-radio-" + groupCounter;

  function update(next) {
    applyCommon(element, next, "learndash-options");
    const options = normalizeOptions(next.options);
    element.replaceChildren(
      ...options.map((option) => {
        const input = make("input", { type: "radio", name: groupName, checked: option.value === next.value, disabled: option.disabled });
        input.addEventListener("change", () => api.setProps({ value: option.value }));
        return optionLabel(input, option, next, api);
      })
    );
  }

  update(props);
  return { element, update };
}
