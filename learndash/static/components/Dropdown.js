/**
 * dcc.Dropdown (rule K-3), drawn and driven as Dash 4's: a box showing the chosen labels, an
 * "n selected" badge, a clear button and an arrow; clicking it opens a menu below with its own
 * search box (`searchable`, writing `search_value`) and the options, the chosen ones highlighted.
 * Closing the menu (a pick closes it) or clearing the search removes `search_value`: its
 * listeners read None, not "".
 * With debounce=True picks made while the menu is open are held, and written when the person
 * closes it (Escape, a click on the box or outside); the close a single pick makes writes nothing.
 * Single: a pick writes the value and closes the menu; clearing writes null. Multi: a pick toggles
 * the option in the value list (appended in click order) and the menu stays open; clearing
 * writes []. Keyboard: Enter or ArrowDown opens, arrows move through the search box and the
 * options, Enter picks, Escape closes; typing on the closed box starts a search. Once mounted (Dash
 * loads its code lazily), and again after each change of `options`, it checks its value against
 * the options the first time the value is non-empty and no search is typed: a value that is not
 * offered is dropped by the component itself, a user-side write that fires callbacks (K-3, R-5;
 * the Python model's twin is Page.check_options with behaviors.dropdown_check).
 */
import { applyStyle, labelNode, make, normalizeOptions } from "./dom.js";
import { sameJson, stringifyId } from "../protocol.js";

const SVG = "http://www.w3.org/2000/svg";

/** A 15px line icon: a cross, a downward caret or a magnifying glass. */
function icon(kind) {
  const paths = {
    cross: "M3 3 12 12M12 3 3 12",
    caret: "M4.5 6.5 7.5 9.5 10.5 6.5",
    search: "M10 10 13 13M6.5 2.5a4 4 0 1 0 0 8 4 4 0 1 0 0-8z",
  };
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "15");
  svg.setAttribute("height", "15");
  svg.setAttribute("viewBox", "0 0 15 15");
  svg.setAttribute("class", "learndash-dropdown-icon learndash-dropdown-icon-" + kind);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", paths[kind]);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-linecap", "round");
  path.setAttribute("stroke-linejoin", "round");
  svg.appendChild(path);
  return svg;
}

/**
 * The value with every entry that is not among the options removed (rule K-3): a single value
 * not offered becomes null; a list loses its missing entries with `multi` and is left alone
 * without it.
 */
function sanitize(value, options, multi) {
  const offered = (candidate) => options.some((option) => option.value === candidate);
  if (Array.isArray(value)) {
    return multi ? value.filter(offered) : value;
  }
  return offered(value) ? value : null;
}

/** null, undefined, "" and [] are empty: a Dropdown holding one has nothing to check. */
function isEmptyValue(value) {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length);
}

/** The options whose label contains the search text, ignoring case; all of them for no search. */
function matching(options, search) {
  const wanted = (search || "").trim().toLowerCase();
  return wanted ? options.filter((option) => String(option.label).toLowerCase().includes(wanted)) : options;
}

/** The chosen values as a list, for single and multi alike: a multi Dropdown given one value ("a") has chosen ["a"]. */
function chosenValues(props) {
  if (Array.isArray(props.value)) {
    return props.value;
  }
  return props.value === null || props.value === undefined ? [] : [props.value];
}

/** Dash 4's texts, each replaceable through the `labels` prop. */
const DEFAULT_LABELS = {
  select_all: "Select All",
  deselect_all: "Deselect All",
  selected_count: "{num_selected} selected",
  search: "Search",
  clear_search: "Clear search",
  clear_selection: "Clear selection",
  no_options_found: "No options found",
};

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = make("div");
  const shown = make("span", { className: "learndash-dropdown-value" });
  const count = make("span", { className: "learndash-dropdown-count" });
  const clear = make("a", { className: "learndash-dropdown-clear" }, [icon("cross")]);
  const trigger = make("button", { type: "button", className: "learndash-dropdown-trigger" }, [shown, count, clear, icon("caret")]);
  trigger.setAttribute("aria-haspopup", "listbox");
  const search = make("input", { type: "search", className: "learndash-dropdown-search", autocomplete: "off" });
  search.setAttribute("role", "combobox");
  const clearSearch = make("button", { type: "button", className: "learndash-dropdown-clear" }, [icon("cross")]);
  const searchBox = make("div", { className: "learndash-dropdown-search-box" }, [icon("search"), search, clearSearch]);
  const selectAll = make("button", { type: "button", className: "learndash-dropdown-action" });
  const deselectAll = make("button", { type: "button", className: "learndash-dropdown-action" });
  const actions = make("div", { className: "learndash-dropdown-actions" }, [selectAll, deselectAll]);
  const list = make("div", { className: "learndash-dropdown-options" });
  list.setAttribute("role", "listbox");
  const menu = make("div", { className: "learndash-dropdown-menu" }, [searchBox, actions, list]);
  menu.setAttribute("role", "dialog");
  element.append(trigger, menu);
  let options = [];
  let open = false;
  let mounted = false;
  let optionsChecked = false;
  // The value the menu shows: `value`, or with debounce=True picks not yet written (Dash's `val`).
  let held = props.value;

  function labels() {
    return { ...DEFAULT_LABELS, ...(component.props.labels || {}) };
  }

  /** The options the menu lists now: those matching the search. */
  function listed() {
    return matching(options, component.props.search_value);
  }

  function renderTrigger(next) {
    const chosen = chosenValues(next);
    const text = labels();
    shown.classList.toggle("learndash-dropdown-placeholder", chosen.length === 0);
    if (chosen.length) {
      shown.replaceChildren(
        ...chosen.map((value) => {
          const option = options.find((each) => each.value === value);
          return make("span", { className: "learndash-dropdown-item" }, [option ? labelNode(option.label, api) : ""]);
        })
      );
    } else {
      shown.replaceChildren(next.placeholder ?? "");
    }
    count.hidden = chosen.length < 2;
    count.textContent = text.selected_count.replace("{num_selected}", String(chosen.length));
    clear.hidden = next.clearable === false || Boolean(next.disabled) || chosen.length === 0;
    clear.title = text.clear_selection;
    clear.setAttribute("aria-label", text.clear_selection);
    trigger.disabled = Boolean(next.disabled);
    trigger.setAttribute("aria-expanded", String(open));
    element.dataset.state = open ? "open" : "closed";
  }

  /** Options exist only while the menu is open, so a closed dropdown offers nothing to click. */
  function renderMenu(next) {
    const text = labels();
    menu.hidden = !open;
    menu.style.maxHeight = `min(${next.maxHeight ?? 200}px, calc(100vh - 100px))`;
    searchBox.hidden = next.searchable === false;
    search.placeholder = text.search;
    if (search.value !== (next.search_value || "")) {
      search.value = next.search_value || "";
    }
    clearSearch.hidden = !next.search_value;
    clearSearch.setAttribute("aria-label", text.clear_search);
    actions.hidden = !next.multi;
    selectAll.textContent = text.select_all;
    deselectAll.textContent = text.deselect_all;
    const chosen = chosenValues(next);
    const visible = open ? listed() : [];
    deselectAll.hidden = next.clearable === false || !visible.some((option) => chosen.includes(option.value));
    if (open && next.search_value && visible.length === 0) {
      list.replaceChildren(make("span", { className: "learndash-dropdown-option", textContent: text.no_options_found }));
      return;
    }
    list.replaceChildren(...visible.map((option) => optionRow(option, chosen.includes(option.value), next)));
  }

  function optionRow(option, selected, next) {
    const input = make("input", { type: next.multi ? "checkbox" : "radio", checked: selected, disabled: option.disabled, tabIndex: -1 });
    input.className = "learndash-option-input";
    const row = make("label", {}, [
      make("span", { className: "learndash-option-mark" }, [input]),
      make("span", { className: "learndash-option-text" }, [labelNode(option.label, api)]),
    ]);
    row.className = ["learndash-option", "learndash-dropdown-option", selected ? "selected" : ""].filter(Boolean).join(" ");
    row.setAttribute("role", "option");
    row.setAttribute("aria-selected", String(selected));
    row.tabIndex = option.disabled ? -1 : 0;
    if (!option.disabled) {
      row.addEventListener("click", (event) => {
        event.preventDefault();
        choose(option.value);
      });
      row.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault(); // as in the search box: the key must not reopen the menu
          choose(option.value);
        }
      });
    }
    return row;
  }

  function render(next) {
    const shownProps = { ...next, value: held };
    renderTrigger(shownProps);
    renderMenu(shownProps);
  }

  /** The chosen values the menu shows (held picks included). */
  function heldValues() {
    return chosenValues({ ...component.props, value: held });
  }

  /**
   * Open or close the menu. Closing removes the search; a close the person asked for (Escape, a
   * click on the box or outside) also writes picks held back by debounce=True, while a close that
   * a pick makes does not, as in Dash (a debounced single pick waits for the next close).
   */
  function setOpen(wanted, { byPick = false } = {}) {
    if (open === wanted) {
      return;
    }
    open = wanted;
    render(component.props);
    if (open) {
      const selectedRow = component.props.multi ? null : list.querySelector(".selected");
      (component.props.searchable === false ? selectedRow || list.querySelector("[role=option]") : search).focus();
      return;
    }
    const live = component.props;
    const edit = {};
    if (live.search_value !== undefined && live.search_value !== null) {
      edit.search_value = undefined;
    }
    if (!byPick && live.debounce && !sameJson(live.value, held)) {
      edit.value = held;
    }
    api.setProps(edit);
  }

  /** A new value from the person: written at once, or held while the menu is open with debounce=True. */
  function writeValue(value) {
    held = value;
    if (component.props.debounce && open) {
      render(component.props);
    } else {
      api.setProps({ value });
    }
  }

  /** A pick: single replaces the value and closes; multi toggles the option and stays open. */
  function choose(value) {
    const live = component.props;
    const closing = live.closeOnSelect ?? !live.multi;
    if (live.multi) {
      const chosen = heldValues();
      writeValue(chosen.includes(value) ? chosen.filter((each) => each !== value) : chosen.concat([value]));
    } else {
      writeValue(value);
    }
    if (closing) {
      setOpen(false, { byPick: true });
      trigger.focus();
    } else {
      render(component.props);
    }
  }

  function clearValue() {
    writeValue(component.props.multi ? [] : null);
  }

  /** Arrow keys, Home and End move through the search box and the listed options. */
  function moveFocus(event) {
    const stops = [...(searchBox.hidden ? [] : [search]), ...list.querySelectorAll("[role=option]")];
    const moves = { ArrowDown: 1, ArrowUp: -1 };
    if (!stops.length || !(event.key in moves || event.key === "Home" || event.key === "End")) {
      return;
    }
    if ((event.key === "Home" || event.key === "End") && document.activeElement === search) {
      return;
    }
    event.preventDefault();
    const here = stops.indexOf(document.activeElement);
    let next = event.key === "Home" ? 0 : event.key === "End" ? stops.length - 1 : here + moves[event.key];
    next = (next + stops.length) % stops.length;
    stops[next].focus();
  }

  function update(next, changed) {
    element.className = ["learndash-dropdown", next.className].filter(Boolean).join(" ");
    applyStyle(element, next.style);
    if (next.id !== undefined && next.id !== null) {
      element.id = stringifyId(next.id);
    }
    options = normalizeOptions(next.options);
    if (changed.includes("value")) {
      held = next.value;
    }
    render(next);
    if (changed.includes("options")) {
      optionsChecked = false;
    }
    checkOptions(next);
  }

  /** Check the value against options new to this Dropdown, once it holds a value (K-3, R-5). */
  function checkOptions(next) {
    if (!mounted || optionsChecked || next.search_value || isEmptyValue(next.value)) {
      return;
    }
    optionsChecked = true;
    const cleaned = sanitize(next.value, options, Boolean(next.multi));
    if (!sameJson(cleaned, next.value)) {
      api.setProps({ value: cleaned });
    }
  }

  trigger.addEventListener("click", (event) => {
    if (clear.contains(event.target)) {
      clearValue();
      return;
    }
    setOpen(!open);
  });
  trigger.addEventListener("keydown", (event) => {
    const live = component.props;
    if (event.key === "Enter" || event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
    } else if ((event.key === "Delete" || event.key === "Backspace") && !clear.hidden) {
      clearValue();
    } else if (event.key.length === 1 && live.searchable !== false && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      api.setProps({ search_value: (live.search_value || "") + event.key });
      setOpen(true);
    }
  });
  search.addEventListener("input", () => {
    api.setProps({ search_value: search.value });
    renderMenu(component.props);
  });
  search.addEventListener("keydown", (event) => {
    const first = listed()[0];
    if (event.key === "Enter" && component.props.search_value && first) {
      // Without preventDefault the Enter would go on to "click" the box once focus returns to it.
      event.preventDefault();
      choose(first.value);
    }
  });
  clearSearch.addEventListener("click", () => {
    api.setProps({ search_value: undefined });
    renderMenu(component.props);
    search.focus();
  });
  selectAll.addEventListener("click", () => {
    const chosen = heldValues();
    const added = listed().filter((option) => !option.disabled && !chosen.includes(option.value)).map((option) => option.value);
    writeValue(chosen.concat(added));
  });
  deselectAll.addEventListener("click", () => {
    const removed = new Set(listed().map((option) => option.value));
    writeValue(heldValues().filter((value) => !removed.has(value)));
  });
  menu.addEventListener("keydown", moveFocus);
  // Escape closes the open menu wherever the focus is (a pick redraws the options, dropping it).
  const closeOnEscape = (event) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      trigger.focus();
    }
  };
  document.addEventListener("keydown", closeOnEscape);
  // Clicking or tabbing anywhere outside closes the menu, as a popover does.
  const closeWhenOutside = (event) => {
    if (open && !element.contains(event.target)) {
      setOpen(false);
    }
  };
  document.addEventListener("mousedown", closeWhenOutside);
  document.addEventListener("focusin", closeWhenOutside);
  update(props, []);
  // Dash loads the Dropdown's code lazily: it mounts, and first checks, after the requests of its
  // load were sent, or at once when that code already came for an earlier Dropdown.
  api.afterRequestsSent(() => {
    mounted = true;
    checkOptions(component.props);
  });
  const unmount = () => {
    document.removeEventListener("mousedown", closeWhenOutside);
    document.removeEventListener("focusin", closeWhenOutside);
    document.removeEventListener("keydown", closeOnEscape);
  };
  return { element, update, unmount };
}
