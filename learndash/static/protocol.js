/**
 * Dash's wire formats, encoded and decoded in this one place (rules W-3 to W-8).
 *
 * - ids:      "out", or a dict written as sorted-key compact JSON: {"index":1,"type":"item"}
 * - prop ids: "<id>.<prop>", split at the last dot (props never contain dots)
 * - callback: "out.children" for a bare Output, "..a.children...b.value.." for a list of Outputs
 * - bodies:   the POST body of /_dash-update-component and its {"multi": true, "response": ...} answer
 *
 * Mirrors learndash/protocol.py function by function (stringify_id -> stringifyId, ...).
 */

/** JSON of one id value; wildcards (["ALL"]) are arrays and stringify as such. */
function jsonOf(value) {
  return JSON.stringify(value);
}

/**
 * The canonical string form of an id (rule W-3).
 * Example: {type: "item", index: 1} -> '{"index":1,"type":"item"}'.
 * @param {string|Object} id
 * @returns {string}
 */
export function stringifyId(id) {
  if (id === null || typeof id !== "object") {
    return id;
  }
  const parts = Object.keys(id).sort().map((key) => jsonOf(key) + ":" + jsonOf(id[key]));
  return "{" + parts.join(",") + "}";
}

/**
 * The inverse of stringifyId. Wildcards stay one-element arrays such as ["MATCH"].
 * @param {string} idString
 * @returns {string|Object}
 */
export function parseId(idString) {
  if (typeof idString === "string" && idString.startsWith("{")) {
    return JSON.parse(idString);
  }
  return idString;
}

/**
 * "out.children" or '{"index":1,"type":"item"}.value'.
 * @param {string|Object} id
 * @param {string} property
 * @returns {string}
 */
export function propId(id, property) {
  return stringifyId(id) + "." + property;
}

/**
 * Split "<id>.<prop>" at the last dot into its id string and property.
 * @param {string} propIdString
 * @returns {{idString: string, property: string}}
 */
export function splitPropId(propIdString) {
  const dot = propIdString.lastIndexOf(".");
  return { idString: propIdString.slice(0, dot), property: propIdString.slice(dot + 1) };
}

/**
 * Drop the "@<hash>" that allow_duplicate=True appends to a property (rule W-4).
 * @param {string} property
 * @returns {string}
 */
export function cleanPropertyName(property) {
  return property.split("@")[0];
}

/**
 * Parse a callback's `output` field (rule W-4) into its outputs.
 * Example: "..a.children...b.value.." -> [{id: "a", property: "children"}, {id: "b", property: "value"}].
 * The property keeps any @hash; use cleanPropertyName to read or write the prop.
 * @param {string} output
 * @returns {{multi: boolean, outputs: Array<{id: (string|Object), property: string}>}}
 */
export function parseCallbackOutputId(output) {
  const multi = output.startsWith("..");
  const parts = multi ? output.slice(2, -2).split("...") : [output];
  const outputs = parts.map((part) => {
    const { idString, property } = splitPropId(part);
    return { id: parseId(idString), property };
  });
  return { multi, outputs };
}

/**
 * The POST body of /_dash-update-component (rule W-6). Each of outputs, inputs and state is
 * already resolved: a spec per dependency, or a list of specs for ALL / ALLSMALLER.
 * @param {Object} request
 * @param {string} request.output the callback's W-4 string, copied verbatim
 * @param {Object|Array|null} request.outputs null for a no-output callback
 * @param {Array} request.inputs
 * @param {Array} request.state
 * @param {string[]} request.changedPropIds
 * @returns {Object}
 */
export function updateComponentBody({ output, outputs, inputs, state, changedPropIds }) {
  const body = { output };
  if (outputs !== null) {
    body.outputs = outputs;
  }
  body.inputs = inputs;
  if (state.length) {
    body.state = state;
  }
  body.changedPropIds = changedPropIds;
  return body;
}

/**
 * Read an /_dash-update-component answer (rules W-7, W-8) into
 * {updates: {idString: {prop: value}}, sideUpdate: {idString: {prop: value}}}.
 * 204 (PreventUpdate) and an empty 200 both mean "nothing updated".
 * The legacy non-multi form {"response": {"props": {...}}} applies to the single output id.
 * @param {number} status
 * @param {Object|null} body parsed JSON, null for 204
 * @param {string|null} singleOutputId idString of the output when the callback is not multi-output
 * @returns {{updates: Object, sideUpdate: Object}}
 */
export function readUpdateResponse(status, body, singleOutputId) {
  if (status === 204 || !body) {
    return { updates: {}, sideUpdate: {} };
  }
  let updates = body.response || {};
  if (!body.multi && updates.props && singleOutputId !== null) {
    updates = { [singleOutputId]: updates.props };
  }
  return { updates, sideUpdate: body.sideUpdate || {} };
}

/**
 * The message of a failed callback, from learndash's JSON error body
 * {"error": {"type", "message", "callback", "traceback"}} or Dash's HTML / text body.
 * @param {string} text the raw response body
 * @returns {{message: string, traceback: string}}
 */
export function readErrorBody(text) {
  try {
    const parsed = JSON.parse(text);
    if (parsed && parsed.error) {
      const error = parsed.error;
      const type = error.type ? error.type + ": " : "";
      return { message: type + (error.message || ""), traceback: error.traceback || "" };
    }
  } catch (notJson) {
    // Dash answers with HTML or plain text; fall through and show it as text.
  }
  return { message: text, traceback: "" };
}

/**
 * Deep equality of JSON values as JavaScript sees them (rule C-2 item 1: an edit that changes
 * nothing triggers nothing). Mirrors same_json in learndash/protocol.py.
 * @returns {boolean}
 */
export function sameJson(a, b) {
  if (a === b) {
    return true;
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => key in b && sameJson(a[key], b[key]));
}
