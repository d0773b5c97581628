/**
 * dcc.Tabs (rule K-13): a row of tab buttons and the selected Tab's content. Clicking a
 * non-disabled tab writes `value`. On mount an absent value (not value=None) becomes the first
 * Tab's value as text (or "tab-1"), written with setProps (rule I-9). A Tab without a value is
 * "tab-<position+1>".
 * Only the selected Tab's children are rendered; all of them stay in the layout store.
 *
 * Drawn as Dash 4 draws it: an outer box (id "<id>-parent") holding the row of tabs (the id,
 * className and style) and the content; the tabs sit in a row on windows at least
 * `mobile_breakpoint` (800) px wide and stack below that.
 */
import { applyCommon, applyStyle, make } from "./dom.js";
import { stringifyId } from "../protocol.js";
import { isComponent } from "../layout.js";

/** The Tab components among the children, with their effective values. */
function tabsOf(children) {
  const list = Array.isArray(children) ? children : [children];
  return list.filter(isComponent).map((tab, position) => ({ tab, value: tab.props.value ?? "tab-" + (position + 1) }));
}

/**
 * The value Tabs without one select as they mount (K-13): the first Tab's value as text (1 gives
 * "1"), or "tab-1" when that Tab has none. The twin of behaviors.first_tab_value.
 */
function firstTabValue(children) {
  const first = Array.isArray(children) ? children[0] : children;
  const value = isComponent(first) ? first.props.value : undefined;
  return value === undefined || value === null ? "tab-1" : String(value);
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const header = document.createElement("div");
  header.setAttribute("role", "tablist");
  const content = make("div", { className: "learndash-tabs-content" });
  element.append(header, content);
  let shownTab = null;
  let wideWindow = null;

  function render() {
    const live = component.props;
    const tabs = tabsOf(live.children);
    // A Tab whose own props change (a callback writing its children) redraws through its Tabs.
    for (const { tab } of tabs) {
      api.adopt(tab, { element: null, update: (next, changed) => redrawTab(tab, changed) });
    }
    header.replaceChildren(
      ...tabs.map(({ tab, value }) => {
        const selected = value === live.value;
        const button = make("button", { type: "button", disabled: Boolean(tab.props.disabled) }, [String(tab.props.label ?? "")]);
        button.className = ["tab", selected ? "tab--selected" : "", tab.props.className, selected ? tab.props.selected_className : ""].filter(Boolean).join(" ");
        if (tab.props.id !== undefined) {
          button.id = typeof tab.props.id === "string" ? tab.props.id : JSON.stringify(tab.props.id);
        }
        button.setAttribute("role", "tab");
        button.setAttribute("aria-selected", String(selected));
        applyStyle(button, selected ? { ...(tab.props.style || {}), ...(tab.props.selected_style || {}) } : tab.props.style);
        button.addEventListener("click", () => api.setProps({ value }));
        return button;
      })
    );
    const selected = tabs.find(({ value }) => value === live.value);
    const tab = selected ? selected.tab : null;
    if (tab !== shownTab) {
      if (shownTab) {
        api.unmountChildren(shownTab.props.children);
      }
      content.replaceChildren(tab ? api.renderChildren(tab.props.children) : "");
      shownTab = tab;
    }
  }

  function redrawTab(tab, changed) {
    if (tab === shownTab && changed.includes("children")) {
      shownTab = null;
    }
    render();
  }

  /** The outer box and the tab row take the component's id, class and style as in Dash 4. */
  function applyOwnProps(next) {
    applyCommon(header, next, "learndash-tabs-header");
    const wide = window.matchMedia(`(min-width: ${next.mobile_breakpoint ?? 800}px)`);
    if (wideWindow !== null) {
      wideWindow.onchange = null;
    }
    wideWindow = wide;
    const placeTabs = () => element.classList.toggle("learndash-tabs-wide", wide.matches);
    wide.onchange = placeTabs;
    element.className = "learndash-tabs";
    placeTabs();
    if (next.id !== undefined && next.id !== null) {
      element.id = stringifyId(next.id) + "-parent";
    }
    applyStyle(element, next.parent_style);
    // `colors` ({border, primary, background}) recolours the tabs through CSS variables.
    for (const [name, value] of Object.entries(next.colors || {})) {
      element.style.setProperty(`--learndash-tabs-${name}`, String(value));
    }
  }

  function update(next, changed) {
    applyOwnProps(next);
    if (changed.includes("children")) {
      shownTab = null;
    }
    render();
  }

  applyOwnProps(props);
  if (!("value" in props)) {
    api.setProps({ value: firstTabValue(props.children) });
  }
  render();
  return { element, update };
}
