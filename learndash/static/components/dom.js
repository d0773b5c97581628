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

/** URLs that would run script are replaced, like Dash's clean_url. */
export function safeUrl(url) {
  const compact = String(url).replace(/[\u0000-\u001F\u007F-\u009F\u2000-\u200D\uFEFF\s]/g, "");
  return /^(javascript|vbscript):/i.test(compact) ? "about:blank" : String(url);
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
