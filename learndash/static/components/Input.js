/**
 * dcc.Input (rule K-2): value on every keystroke, or on Enter / blur with debounce=True, or after
 * `debounce` seconds of quiet; n_submit on Enter, n_blur on blur. type="number" writes numbers,
 * and empty or invalid input writes null (NaN in Dash, which reaches Python as None).
 */
import { applyAttributes, applyCommon } from "./dom.js";

const PASSED_THROUGH = ["placeholder", "disabled", "readOnly", "min", "max", "step", "maxLength", "minLength", "pattern", "required", "autoComplete", "name", "list", "size"];

/** The value the input currently shows, as Dash would write it. */
function readValue(element, type) {
  if (type !== "number") {
    return element.value;
  }
  const number = element.value === "" ? NaN : Number(element.value);
  return Number.isNaN(number) ? null : number;
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("input");
  let timer = null;

  function commitValue(extra = {}) {
    clearTimeout(timer);
    api.setProps({ value: readValue(element, component.props.type), ...extra });
  }

  function update(next) {
    applyCommon(element, next);
    element.type = next.type || "text";
    applyAttributes(element, PASSED_THROUGH, next);
    const shown = next.value === undefined || next.value === null ? "" : String(next.value);
    // Rewriting an equal value would move the caret while the user types.
    if (readValue(element, next.type) !== next.value && element.value !== shown) {
      element.value = shown;
    }
  }

  element.addEventListener("input", () => {
    const debounce = component.props.debounce;
    if (debounce === true) {
      return;
    }
    if (typeof debounce === "number" && debounce > 0) {
      clearTimeout(timer);
      timer = setTimeout(() => commitValue(), debounce * 1000);
      return;
    }
    commitValue();
  });
  element.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const live = component.props;
      const submit = { n_submit: (live.n_submit || 0) + 1, n_submit_timestamp: Date.now() };
      if (live.debounce) {
        commitValue(submit);
      } else {
        api.setProps(submit);
      }
    }
  });
  element.addEventListener("blur", () => {
    const live = component.props;
    const blur = { n_blur: (live.n_blur || 0) + 1, n_blur_timestamp: Date.now() };
    if (live.debounce) {
      commitValue(blur);
    } else {
      api.setProps(blur);
    }
  });
  update(props);
  return { element, update, unmount: () => clearTimeout(timer) };
}
