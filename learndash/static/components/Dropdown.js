/**
 * dcc.Dropdown (rule K-3), built on a native <select> so it stays small and accessible.
 * Single: pick an option; the clear button writes null. Multi: each pick is appended to the value
 * list (a chip with a remove button); clearing writes []. When `options` change, a value that is
 * no longer offered is dropped by the component itself, a user-side write that fires callbacks.
 */
import { applyCommon, make, normalizeOptions } from "./dom.js";
import { deepEqual } from "../layout.js";

/** The value with every entry that is not among the options removed (rule K-3). */
function sanitize(value, options, multi) {
  const offered = (candidate) => options.some((option) => option.value === candidate);
  if (multi) {
    return Array.isArray(value) ? value.filter(offered) : value;
  }
  return value === null || value === undefined || offered(value) ? value : null;
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const select = make("select", { className: "learndash-dropdown-select" });
  const chips = make("span", { className: "learndash-dropdown-chips" });
  const clear = make("button", { type: "button", className: "learndash-dropdown-clear", textContent: "×", title: "Clear" });
  element.append(chips, select, clear);
  let options = [];

  function render(next) {
    const multi = Boolean(next.multi);
    const value = next.value;
    const chosen = multi ? (Array.isArray(value) ? value : []) : [];
    chips.replaceChildren(
      ...chosen.map((item) => {
        const option = options.find((each) => each.value === item);
        const remove = make("button", { type: "button", textContent: "×", title: "Remove" });
        remove.addEventListener("click", () => api.setProps({ value: chosen.filter((other) => other !== item) }));
        return make("span", { className: "learndash-dropdown-chip" }, [option ? String(option.label) : String(item), remove]);
      })
    );
    const placeholder = make("option", { value: "", textContent: next.placeholder || "Select..." });
    const items = options.map((option, position) =>
      make("option", { value: String(position), textContent: String(option.label), disabled: option.disabled || (multi && chosen.includes(option.value)) })
    );
    select.replaceChildren(placeholder, ...items);
    const selected = multi ? -1 : options.findIndex((option) => option.value === value);
    select.value = selected >= 0 ? String(selected) : "";
    select.disabled = Boolean(next.disabled);
    const hasValue = multi ? chosen.length > 0 : value !== null && value !== undefined;
    clear.hidden = next.clearable === false || !hasValue || Boolean(next.disabled);
  }

  function update(next, changed) {
    applyCommon(element, next, "learndash-dropdown");
    options = normalizeOptions(next.options);
    render(next);
    if (changed.includes("options") && !(next.search_value)) {
      const cleaned = sanitize(next.value, options, Boolean(next.multi));
      if (!deepEqual(cleaned, next.value)) {
        api.setProps({ value: cleaned });
      }
    }
  }

  select.addEventListener("change", () => {
    const live = component.props;
    if (select.value === "") {
      if (!live.multi && live.clearable !== false) {
        api.setProps({ value: null });
      }
      return;
    }
    const picked = options[Number(select.value)].value;
    if (live.multi) {
      const current = Array.isArray(live.value) ? live.value : [];
      api.setProps({ value: current.concat([picked]) });
      select.value = "";
    } else {
      api.setProps({ value: picked });
    }
  });
  clear.addEventListener("click", () => api.setProps({ value: component.props.multi ? [] : null }));
  update(props, []);
  return { element, update };
}
