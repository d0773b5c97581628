/**
 * dcc.Dropdown (rule K-3): a text box that filters the options as you type (`searchable`, writing
 * `search_value`), a menu of options to click, and a clear button. Single: a pick writes the value,
 * clearing writes null. Multi: each pick is appended to the value list (a chip with a remove
 * button); clearing writes []. When `options` change and no search is active, a value that is no
 * longer offered is dropped by the component itself, a user-side write that fires callbacks.
 */
import { applyCommon, make, normalizeOptions } from "./dom.js";
import { sameJson } from "../protocol.js";

/**
 * The value with every entry that is not among the options removed (rule K-3); an empty value
 * (null, "" or []) is left as it is.
 */
function sanitize(value, options, multi) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) {
    return value;
  }
  const offered = (candidate) => options.some((option) => option.value === candidate);
  if (multi) {
    return Array.isArray(value) ? value.filter(offered) : value;
  }
  return offered(value) ? value : null;
}

/** The options whose label contains the search text, ignoring case; all of them for no search. */
function matching(options, search) {
  const wanted = (search || "").trim().toLowerCase();
  return wanted ? options.filter((option) => String(option.label).toLowerCase().includes(wanted)) : options;
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const chips = make("span", { className: "learndash-dropdown-chips" });
  const search = make("input", { type: "text", className: "learndash-dropdown-search", autocomplete: "off" });
  search.setAttribute("role", "combobox");
  const clear = make("button", { type: "button", className: "learndash-dropdown-clear", textContent: "×", title: "Clear" });
  const menu = make("ul", { className: "learndash-dropdown-menu" });
  menu.setAttribute("role", "listbox");
  // The component's own `style` (e.g. display: inline-block; width: 200) goes on the outer box;
  // the control inside lays out the chips, the text box and the clear button.
  const control = make("div", { className: "learndash-dropdown-control" }, [chips, search, clear]);
  element.append(control, menu);
  let options = [];
  let open = false;

  function chosenValues(live) {
    return live.multi ? (Array.isArray(live.value) ? live.value : []) : [];
  }

  function labelOf(value) {
    const option = options.find((each) => each.value === value);
    return option ? String(option.label) : String(value);
  }

  /** Menu items exist only while the menu is open, so a closed dropdown offers nothing to click. */
  function renderMenu(live) {
    const chosen = chosenValues(live);
    const shown = open ? matching(options, search.value).filter((option) => !chosen.includes(option.value)) : [];
    menu.hidden = !open;
    menu.replaceChildren(
      ...shown.map((option) => {
        const item = make("li", { className: "learndash-dropdown-option", textContent: String(option.label) });
        item.setAttribute("role", "option");
        if (option.disabled) {
          item.setAttribute("aria-disabled", "true");
        } else {
          // mousedown, not click: it comes before the text box loses focus and closes the menu.
          item.addEventListener("mousedown", (event) => {
            event.preventDefault();
            pick(option.value);
          });
        }
        return item;
      })
    );
  }

  function render(next) {
    const chosen = chosenValues(next);
    chips.replaceChildren(
      ...chosen.map((item) => {
        const remove = make("button", { type: "button", textContent: "×", title: "Remove" });
        remove.addEventListener("click", () => api.setProps({ value: chosen.filter((other) => other !== item) }));
        return make("span", { className: "learndash-dropdown-chip" }, [labelOf(item), remove]);
      })
    );
    const hasValue = next.multi ? chosen.length > 0 : next.value !== null && next.value !== undefined;
    if (!open) {
      search.value = !next.multi && hasValue ? labelOf(next.value) : "";
    }
    search.placeholder = hasValue && !next.multi ? "" : next.placeholder || "Select...";
    search.readOnly = next.searchable === false;
    search.disabled = Boolean(next.disabled);
    clear.hidden = next.clearable === false || !hasValue || Boolean(next.disabled);
    renderMenu(next);
  }

  function setOpen(wanted) {
    open = wanted;
    if (open) {
      search.value = "";
    }
    render(component.props);
  }

  function pick(value) {
    const live = component.props;
    open = false;
    if (live.multi) {
      api.setProps({ value: chosenValues(live).concat([value]) });
    } else {
      api.setProps({ value });
    }
    if (live.search_value) {
      api.setProps({ search_value: "" });
    }
    render(component.props);
  }

  function update(next, changed) {
    applyCommon(element, next, "learndash-dropdown");
    options = normalizeOptions(next.options);
    render(next);
    if (changed.includes("options") && !next.search_value) {
      const cleaned = sanitize(next.value, options, Boolean(next.multi));
      if (!sameJson(cleaned, next.value)) {
        api.setProps({ value: cleaned });
      }
    }
  }

  search.addEventListener("focus", () => setOpen(true));
  search.addEventListener("mousedown", () => {
    if (document.activeElement === search) {
      setOpen(!open);
    }
  });
  search.addEventListener("blur", () => {
    const hadSearch = Boolean(component.props.search_value);
    setOpen(false);
    if (hadSearch) {
      api.setProps({ search_value: "" });
    }
  });
  search.addEventListener("input", () => {
    open = true;
    api.setProps({ search_value: search.value });
    renderMenu(component.props);
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      search.blur();
    } else if (event.key === "Enter") {
      const first = matching(options, search.value).find(
        (option) => !option.disabled && !chosenValues(component.props).includes(option.value)
      );
      if (first) {
        pick(first.value);
      }
    }
  });
  clear.addEventListener("click", () => api.setProps({ value: component.props.multi ? [] : null }));
  update(props, []);
  return { element, update };
}
