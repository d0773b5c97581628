/**
 * dcc.Tabs (rule K-13): a row of tab buttons and the selected Tab's content. Clicking a
 * non-disabled tab writes `value`. On mount an unset value becomes the first Tab's value (or
 * "tab-1"), written with setProps (rule I-9). A Tab without a value is "tab-<position+1>".
 * Only the selected Tab's children are rendered; all of them stay in the layout store.
 */
import { applyCommon, applyStyle, make } from "./dom.js";
import { isComponent } from "../layout.js";

/** The Tab components among the children, with their effective values. */
function tabsOf(children) {
  const list = Array.isArray(children) ? children : [children];
  return list.filter(isComponent).map((tab, position) => ({ tab, value: tab.props.value ?? "tab-" + (position + 1) }));
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const header = make("div", { className: "learndash-tabs-header" });
  header.setAttribute("role", "tablist");
  const content = make("div", { className: "learndash-tabs-content" });
  element.append(header, content);
  let shownTab = null;

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

  function update(next, changed) {
    applyCommon(element, next, "learndash-tabs");
    if (changed.includes("children")) {
      shownTab = null;
    }
    render();
  }

  applyCommon(element, props, "learndash-tabs");
  if (props.value === undefined || props.value === null) {
    const tabs = tabsOf(props.children);
    api.setProps({ value: tabs.length ? tabs[0].value : "tab-1" });
  }
  render();
  return { element, update };
}
