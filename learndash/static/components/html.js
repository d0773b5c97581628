/**
 * Every html.* component (rule K-1): a plain DOM element whose attributes follow its props.
 * A click on an element with an id writes n_clicks + 1 and n_clicks_timestamp in one setProps.
 *
 * Props can come from data (a callback may return a dict it built), so nothing a prop holds may
 * run script: event-handler attributes are never set, script-bearing URLs are blocked in every
 * URL attribute whatever its spelling, an html.Script stays inert as React leaves it, and srcDoc
 * is shown in a sandbox without scripts.
 */
import { URL_ATTRIBUTES, applyStyle, isScriptAttribute, safeUrl, sandboxWithoutScripts } from "./dom.js";
import { TAG_NAMES } from "./html_elements.js";
import { stringifyId } from "../protocol.js";

/** Props that are not attributes. */
const NOT_ATTRIBUTES = new Set([
  "children", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "loading_state", "style", "className", "id", "key",
]);

/** React prop names whose HTML attribute is spelled differently. */
const ATTRIBUTE_NAMES = { htmlFor: "for", tabIndex: "tabindex", colSpan: "colspan", rowSpan: "rowspan", accessKey: "accesskey", contentEditable: "contenteditable" };

/** A name setAttribute accepts; any other prop (from data) is skipped rather than thrown on. */
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;

/** Controls the browser keeps clicks from; `:disabled` also holds inside a disabled fieldset. */
const DISABLED_CONTROL = "button:disabled, input:disabled, select:disabled, textarea:disabled";

/**
 * Whether a click landed on or inside a disabled control (K-1). The browser stops such a click at
 * the control, so Dash's React, listening at the page's root, counts it nowhere; our listeners on
 * the elements inside the control would still hear it, and must not count it either.
 * @param {MouseEvent} event
 */
function insideDisabledControl(event) {
  return event.target instanceof Element && event.target.closest(DISABLED_CONTROL) !== null;
}

/**
 * The attributes an element gets from its props, keyed by their lower-case HTML name, the way
 * the browser will read them: {"href": ..., "formaction": ...}. Event handlers ("onclick",
 * "ONCLICK", ...), http-equiv (a refresh would navigate) and names that are not attributes are left out.
 * @returns {Map<string, *>}
 */
function attributesOf(props) {
  const attributes = new Map();
  for (const [name, value] of Object.entries(props || {})) {
    const attribute = (ATTRIBUTE_NAMES[name] || name).toLowerCase();
    if (NOT_ATTRIBUTES.has(name) || isScriptAttribute(attribute) || !ATTRIBUTE_NAME.test(attribute)) {
      continue;
    }
    attributes.set(attribute, value);
  }
  return attributes;
}

/** An attribute's text: objects as JSON, URLs that would run script replaced. */
function attributeText(attribute, value, tag) {
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return URL_ATTRIBUTES.has(attribute) ? safeUrl(text, `${attribute} of <${tag}>`) : text;
}

/**
 * srcDoc is a whole HTML page, so it is script-bearing: it is shown in a sandbox that never runs
 * scripts (the app's own sandbox tokens are kept, except allow-scripts). The sandbox is set
 * before srcdoc, because a frame reads its sandbox when it navigates.
 */
function applySrcDoc(element, attributes) {
  const srcDoc = attributes.get("srcdoc");
  if (srcDoc === undefined || srcDoc === null || srcDoc === false) {
    element.removeAttribute("srcdoc");
    return false;
  }
  element.setAttribute("sandbox", sandboxWithoutScripts(attributes.get("sandbox")));
  element.setAttribute("srcdoc", String(srcDoc));
  return true;
}

function applyAttributes(element, props, previous) {
  const attributes = attributesOf(props);
  for (const attribute of attributesOf(previous).keys()) {
    if (!attributes.has(attribute)) {
      element.removeAttribute(attribute);
    }
  }
  const sandboxed = applySrcDoc(element, attributes);
  const tag = element.tagName.toLowerCase();
  for (const [attribute, value] of attributes) {
    // A <base href> would send every relative URL, the renderer's own requests too, elsewhere.
    if (attribute === "srcdoc" || (sandboxed && attribute === "sandbox") || (tag === "base" && attribute === "href")) {
      continue;
    }
    if (value === null || value === undefined || value === false) {
      element.removeAttribute(attribute);
    } else {
      element.setAttribute(attribute, value === true ? "" : attributeText(attribute, value, tag));
    }
  }
}

/**
 * A <script> that never runs, as React renders html.Script: a script the HTML parser made from
 * markup counts as "already started", so neither its text nor a src set later is ever executed.
 * The markup is a fixed string; nothing from props is parsed.
 */
function inertScript() {
  const holder = document.createElement("div");
  holder.innerHTML = "<script></script>";
  return holder.firstChild;
}

/**
 * Mount an html component. registry.js only sends components whose type is in ELEMENT_NAMES.
 * @param {Object} props
 * @param {Object} api the renderer's component API
 * @param {Object} component the layout object ({type, namespace, props})
 * @returns {{element: HTMLElement, update: function(Object, string[]): void}}
 */
export function mount(props, api, component) {
  const tag = TAG_NAMES[component.type] || component.type.toLowerCase();
  const element = tag === "script" ? inertScript() : document.createElement(tag);
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

  element.addEventListener("click", (event) => {
    const live = component.props;
    if (live.id === undefined || live.id === null || live.disable_n_clicks || insideDisabledControl(event)) {
      return;
    }
    api.setProps({ n_clicks: (live.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() });
  });
  update(props, ["children"]);
  return { element, update };
}
