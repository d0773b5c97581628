/**
 * Small DOM helpers shared by the component modules: styles, safe attributes, options lists.
 * Nothing here ever parses a string as HTML.
 */
import { stringifyId } from "../protocol.js";

/** CSS properties that React leaves unitless; any other number gets "px". */
const UNITLESS = new Set([
  "opacity", "zIndex", "fontWeight", "lineHeight", "flex", "flexGrow", "flexShrink", "order", "zoom",
  "columnCount", "fillOpacity", "strokeOpacity", "strokeWidth", "gridRow", "gridColumn", "tabSize", "orphans", "widows",
]);

/**
 * Apply a React-style style object ({fontSize: 12, "margin-top": "4px"}) to an element,
 * replacing whatever style it had.
 * @param {HTMLElement} element
 * @param {Object|null|undefined} style
 */
export function applyStyle(element, style) {
  element.removeAttribute("style");
  for (const [name, value] of Object.entries(style || {})) {
    if (value === null || value === undefined) {
      continue;
    }
    const text = typeof value === "number" && !UNITLESS.has(name) ? value + "px" : String(value);
    const cssName = name.startsWith("--") ? name : name.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase());
    element.style.setProperty(cssName, text);
  }
}

/**
 * data: URLs of these types show a picture, a sound, a file or text, never a page that runs
 * script; any other data: URL (text/html, image/svg+xml, application/xhtml+xml, ...) is blocked.
 * Example: "data:image/png;base64,iVBOR..." and "data:text/csv;charset=utf-8,a,b" pass.
 */
const INERT_DATA_URL = /^data:(image\/(png|gif|jpe?g|webp|avif|bmp|x-icon)|(audio|video|font)\/[\w.+-]+|text\/(plain|csv)|application\/(json|octet-stream|zip|vnd\.[\w.+-]+))?[;,]/;

/**
 * Does this URL run script when followed, framed or submitted? Read the way a browser reads it:
 * tabs, newlines, control characters and spaces anywhere are dropped and case is ignored, so
 * " JaVa\tScRiPt:alert(1)" is a javascript: URL (the browser strips less; stricter is safe).
 * @param {*} url
 * @returns {boolean}
 */
export function isScriptUrl(url) {
  const compact = String(url).replace(/[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g, "").toLowerCase();
  if (/^(javascript|vbscript|livescript):/.test(compact)) {
    return true;
  }
  return compact.startsWith("data:") && !INERT_DATA_URL.test(compact);
}

/**
 * The URL to put in an href / src / action / formAction / data attribute: itself, or
 * "about:blank" (as Dash's clean_url) when it would run script; a console warning says which.
 * @param {*} url
 * @param {string} where what the URL was for, e.g. "href of html.A", for the warning
 * @returns {string}
 */
export function safeUrl(url, where = "a URL prop") {
  if (!isScriptUrl(url)) {
    return String(url);
  }
  console.warn(`learndash blocked a script URL in ${where}: ${JSON.stringify(String(url).slice(0, 80))}. Links and sources may not run script; use a callback instead.`);
  return "about:blank";
}

/** Attributes (lower case, as HTML reads them) whose value a browser may follow as a URL. */
export const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "data", "poster", "cite", "background", "codebase", "xlink:href", "ping"]);

/**
 * Attributes never set from data: an event handler ("onclick", any case) runs its text as
 * script, and http-equiv (a refresh) navigates the page.
 * @param {string} name the attribute in lower case
 * @returns {boolean}
 */
export function isScriptAttribute(name) {
  return name.startsWith("on") || name === "http-equiv";
}

/**
 * The sandbox tokens a frame showing srcdoc gets: the app's own, without allow-scripts, so the
 * document it shows never runs script. Example: "allow-forms allow-scripts" -> "allow-forms".
 * @param {*} tokens the app's sandbox prop (may be absent)
 * @returns {string}
 */
export function sandboxWithoutScripts(tokens) {
  return String(tokens ?? "").split(/\s+/).filter((token) => token && token.toLowerCase() !== "allow-scripts").join(" ");
}

/**
 * Make parsed markup inert before it joins the page (dcc.Markdown's dangerously_allow_html): the
 * rules of html.js applied to every element: event handlers and http-equiv removed, script URLs
 * replaced, srcdoc frames sandboxed, <base> without href. SVG <set>/<animate> of an href are
 * removed, since they could animate a link into a script URL. (Scripts parsed from markup never
 * run by themselves.)
 * @param {DocumentFragment} fragment
 * @returns {DocumentFragment}
 */
export function inertMarkup(fragment) {
  for (const animation of fragment.querySelectorAll("set, animate")) {
    if (/href$/i.test(animation.getAttribute("attributeName") || "")) {
      animation.remove();
    }
  }
  for (const base of fragment.querySelectorAll("base")) {
    base.removeAttribute("href");
  }
  for (const element of fragment.querySelectorAll("*")) {
    for (const { name, value } of [...element.attributes]) {
      if (isScriptAttribute(name)) {
        element.removeAttribute(name);
      } else if (URL_ATTRIBUTES.has(name)) {
        element.setAttribute(name, safeUrl(value, `${name} of <${element.localName}> in markup`));
      }
    }
    if (element.hasAttribute("srcdoc")) {
      element.setAttribute("sandbox", sandboxWithoutScripts(element.getAttribute("sandbox")));
    }
  }
  return fragment;
}

/**
 * Normalize Dropdown / RadioItems / Checklist options (rule K-3): a list of scalars, a dict
 * {value: label}, or a list of {label, value, disabled?}.
 * Example: {"a": "Apple"} -> [{label: "Apple", value: "a", disabled: false}].
 * @returns {Array<{label: *, value: *, disabled: boolean}>}
 */
export function normalizeOptions(options) {
  if (!options) {
    return [];
  }
  if (Array.isArray(options)) {
    return options.map((option) =>
      option !== null && typeof option === "object"
        ? { label: option.label, value: option.value, disabled: Boolean(option.disabled), title: option.title }
        : { label: String(option), value: option, disabled: false }
    );
  }
  return Object.entries(options).map(([value, label]) => ({ label, value, disabled: false }));
}

/**
 * A text label, or a rendered component label (Dash allows components as option labels).
 * @returns {Node}
 */
export function labelNode(label, api) {
  if (label !== null && typeof label === "object") {
    return api.renderChildren(label);
  }
  return document.createTextNode(label === null || label === undefined ? "" : String(label));
}

/**
 * Set id, className and style, the props every component shares.
 * @param {HTMLElement} element
 * @param {Object} props
 * @param {string} baseClass a class the component always has
 */
export function applyCommon(element, props, baseClass = "") {
  if (props.id !== undefined && props.id !== null) {
    element.id = stringifyId(props.id);
  }
  element.className = [baseClass, props.className].filter(Boolean).join(" ");
  applyStyle(element, props.style);
}

/**
 * Create an element with optional properties and children.
 * @returns {HTMLElement}
 */
export function make(tag, properties = {}, children = []) {
  const element = document.createElement(tag);
  Object.assign(element, properties);
  element.append(...children);
  return element;
}

/**
 * One option of RadioItems or Checklist, laid out as Dash 4 does: the input and the text side by
 * side in a label, one per line or `inline`, the chosen one marked "selected" (rules K-5, K-6);
 * inputClassName/inputStyle/labelClassName/labelStyle style the parts.
 * @param {HTMLInputElement} input the radio button or checkbox
 * @param {{label: *}} option
 * @param {Object} props the component's props
 * @param {Object} api
 * @returns {HTMLLabelElement}
 */
export function optionLabel(input, option, props, api) {
  input.className = ["learndash-option-input", props.inputClassName].filter(Boolean).join(" ");
  applyStyle(input, props.inputStyle);
  const label = make("label", {}, [
    make("span", { className: "learndash-option-mark" }, [input]),
    make("span", { className: "learndash-option-text" }, [labelNode(option.label, api)]),
  ]);
  label.className = [
    "learndash-option",
    props.inline ? "learndash-option-inline" : "",
    input.checked ? "selected" : "",
    props.labelClassName,
  ].filter(Boolean).join(" ");
  applyStyle(label, props.labelStyle);
  return label;
}

/**
 * Mirror plain HTML attributes from props: absent, null or false removes the attribute, true sets
 * it empty, anything else is written as text. Example: {disabled: true, maxLength: 5}.
 * @param {Element} element
 * @param {Array<string>} names
 * @param {Object} props
 */
export function applyAttributes(element, names, props) {
  for (const name of names) {
    if (props[name] === undefined || props[name] === null || props[name] === false) {
      element.removeAttribute(name);
    } else {
      element.setAttribute(name, props[name] === true ? "" : String(props[name]));
    }
  }
}
