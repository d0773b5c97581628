/**
 * dcc.Button (Dash 4): a <button> whose clicks write n_clicks (+1) and whose blur writes n_blur,
 * each with its timestamp, like html.Button's clicks (K-1).
 */
import { applyCommon } from "./dom.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("button");

  function update(next, changed) {
    applyCommon(element, next, "learndash-button");
    element.disabled = Boolean(next.disabled);
    element.type = next.type || "button";
    if (changed.includes("children")) {
      element.replaceChildren(api.renderChildren(next.children));
    }
  }

  element.addEventListener("click", () => {
    api.setProps({ n_clicks: (component.props.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() });
  });
  element.addEventListener("blur", () => {
    api.setProps({ n_blur: (component.props.n_blur || 0) + 1, n_blur_timestamp: Date.now() });
  });
  update(props, ["children"]);
  return { element, update };
}
