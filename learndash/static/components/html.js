/**
 * Every html.* component (rule K-1): a plain DOM element whose attributes follow its props.
 * A click on an element with an id writes n_clicks + 1 and n_clicks_timestamp in one setProps.
 */
import { applyStyle, safeUrl } from "./dom.js";
import { stringifyId } from "../protocol.js";

/** Dash class names that are not the tag name in lower case. */
const TAGS = { ObjectEl: "object", MapEl: "map" };

/** Props that are not attributes. */
const NOT_ATTRIBUTES = new Set([
  "children", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "loading_state", "style", "className", "id", "key",
]);

/** React prop names whose HTML attribute is spelled differently. */
const ATTRIBUTE_NAMES = { htmlFor: "for", tabIndex: "tabindex", colSpan: "colspan", rowSpan: "rowspan", accessKey: "accesskey", contentEditable: "contenteditable" };

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formAction", "data"]);

function applyAttributes(element, props, previous) {
  for (const name of Object.keys(previous)) {
    if (!(name in props) && !NOT_ATTRIBUTES.has(name)) {
      element.removeAttribute(ATTRIBUTE_NAMES[name] || name);
    }
  }
  for (const [name, value] of Object.entries(props)) {
    // Event-handler attributes would run strings as script: never set them from props.
    if (NOT_ATTRIBUTES.has(name) || /^on/i.test(name)) {
      continue;
    }
    const attribute = ATTRIBUTE_NAMES[name] || name;
    if (value === null || value === undefined || value === false) {
      element.removeAttribute(attribute);
    } else if (value === true) {
      element.setAttribute(attribute, "");
    } else {
      const text = typeof value === "object" ? JSON.stringify(value) : String(value);
      element.setAttribute(attribute, URL_ATTRIBUTES.has(name) ? safeUrl(text) : text);
    }
  }
}

/**
 * Mount an html component.
 * @param {Object} props
 * @param {Object} api the renderer's component API
 * @param {Object} component the layout object ({type, namespace, props})
 * @returns {{element: HTMLElement, update: function(Object, string[]): void}}
 */
export function mount(props, api, component) {
  const element = document.createElement(TAGS[component.type] || component.type.toLowerCase());
  let current = {};

  function update(next, changed) {
    if (next.id !== undefined && next.id !== null) {
      element.id = stringifyId(next.id);
    }
    if (next.className) {
      element.className = next.className;
    } else {
      element.removeAttribute("class");
    }
    applyStyle(element, next.style);
    applyAttributes(element, next, current);
    if (changed.includes("children")) {
      element.replaceChildren(api.renderChildren(next.children));
    }
    current = next;
  }

  element.addEventListener("click", () => {
    const live = component.props;
    if (live.id === undefined || live.id === null || live.disable_n_clicks) {
      return;
    }
    api.setProps({ n_clicks: (live.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() });
  });
  update(props, ["children"]);
  return { element, update };
}
