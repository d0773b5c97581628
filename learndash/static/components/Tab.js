/**
 * dcc.Tab (rule K-13). A Tab is drawn by its parent Tabs; when a callback writes one of its props
 * the Tab asks its Tabs to redraw. Outside a Tabs it renders its children in a <div>.
 */
import { applyCommon } from "./dom.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");

  function update(next, changed) {
    applyCommon(element, next);
    if (changed.includes("children")) {
      element.replaceChildren(api.renderChildren(next.children));
    }
  }

  update(props, ["children"]);
  return { element, update };
}
