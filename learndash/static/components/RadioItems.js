/**
 * dcc.RadioItems (rule K-5): clicking an option writes `value`, a scalar.
 */
import { applyCommon, applyStyle, labelNode, make, normalizeOptions } from "./dom.js";

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
    applyCommon(element, next);
    const options = normalizeOptions(next.options);
    element.replaceChildren(
      ...options.map((option) => {
        const input = make("input", { type: "radio", name: groupName, checked: option.value === next.value, disabled: option.disabled });
        if (next.inputClassName) {
          input.className = next.inputClassName;
        }
        applyStyle(input, next.inputStyle);
        input.addEventListener("change", () => api.setProps({ value: option.value }));
        const label = make("label", {}, [input, labelNode(option.label, api)]);
        label.className = next.labelClassName || "";
        applyStyle(label, { display: next.inline ? "inline-block" : "block", ...(next.labelStyle || {}) });
        return label;
      })
    );
  }

  update(props);
  return { element, update };
}
