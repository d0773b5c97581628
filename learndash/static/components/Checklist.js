/**
 * dcc.Checklist (rule K-6): `value` is a list; checking appends (click order), unchecking removes.
 */
import { applyCommon, make, normalizeOptions, optionLabel } from "./dom.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");

  function update(next) {
    applyCommon(element, next, "learndash-options");
    const chosen = Array.isArray(next.value) ? next.value : [];
    element.replaceChildren(
      ...normalizeOptions(next.options).map((option) => {
        const input = make("input", { type: "checkbox", checked: chosen.includes(option.value), disabled: option.disabled });
        input.addEventListener("change", () => {
          const current = Array.isArray(component.props.value) ? component.props.value : [];
          const value = input.checked ? current.concat([option.value]) : current.filter((item) => item !== option.value);
          api.setProps({ value });
        });
        return optionLabel(input, option, next, api);
      })
    );
  }

  update(props);
  return { element, update };
}
