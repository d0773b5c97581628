/**
 * Wildcard id matching for pattern-matching callbacks (rules P-3, P-5).
 *
 * In a callback definition a wildcard is a one-element array: {"index": ["MATCH"], "type": "item"}.
 * Arrays are never legal id values in a layout, so a wildcard can't be mistaken for a value.
 * Mirrors learndash/patterns.py.
 */

import { keysOf } from "./layout.js";
import { stringifyId } from "./protocol.js";

export const ALL = "ALL";
export const MATCH = "MATCH";
export const ALLSMALLER = "ALLSMALLER";

/**
 * Which wildcard a pattern value is, or null for a plain value.
 * Example: ["MATCH"] -> "MATCH"; 3 -> null.
 * @param {*} value
 * @returns {string|null}
 */
export function wildcardOf(value) {
  return Array.isArray(value) ? value[0] : null;
}

/**
 * True for a dict-id pattern using ALL or ALLSMALLER: it resolves to a list of components.
 * @param {{id: (string|Object)}} dependency
 * @returns {boolean}
 */
export function isMultiValued(dependency) {
  if (typeof dependency.id !== "object") {
    return false;
  }
  return Object.values(dependency.id).some((value) => {
    const wildcard = wildcardOf(value);
    return wildcard === ALL || wildcard === ALLSMALLER;
  });
}

/**
 * The keys of a pattern that carry the given wildcard, sorted.
 * @param {string|Object} pattern
 * @param {string} wildcard
 * @returns {string[]}
 */
export function keysWith(pattern, wildcard) {
  if (typeof pattern !== "object") {
    return [];
  }
  return Object.keys(pattern).sort().filter((key) => wildcardOf(pattern[key]) === wildcard);
}

/**
 * The number Dash's renderer sees in an id value (its isNumeric), or null: numbers, and text that
 * reads as a finite number once trimmed ("10", " 5", "1e1", "0x10"), but never booleans, blank
 * text, "NaN" or "Infinity" (rule P-5).
 * @param {*} value
 * @returns {number|null}
 */
export function numericValue(value) {
  let number = null;
  if (typeof value === "number") {
    number = value;
  } else if (typeof value === "string" && value.trim() !== "") {
    number = Number(value);
  }
  return Number.isFinite(number) ? number : null;
}

function sortGroup(value) {
  if (numericValue(value) !== null) {
    return 0;
  }
  if (typeof value === "boolean") {
    return 1;
  }
  return 2;
}

/**
 * Dash's order for id values, used by ALLSMALLER (rule P-5): numbers and numeric strings first,
 * compared as numbers, then booleans (false < true), then other strings.
 * Example: idValSort(2, "10") < 0, idValSort(true, "a") < 0.
 * @param {*} a
 * @param {*} b
 * @returns {number} negative, zero or positive, like a sort comparator
 */
export function idValSort(a, b) {
  const groupA = sortGroup(a);
  const groupB = sortGroup(b);
  if (groupA !== groupB) {
    return groupA - groupB;
  }
  if (groupA === 0) {
    return Number(a) - Number(b);
  }
  if (groupA === 1) {
    return Number(a) - Number(b);
  }
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * Whether a component's value on a MATCH key names the same instance as `bound`: equal in
 * ALLSMALLER's order, so numbers and numeric text are compared as numbers (rule P-5). Unlike a
 * constant key (P-3), {index: "1"} matches the instance {index: 1}, as in Dash, whose renderer
 * compares wildcard values with the comparator it sorts them by.
 * Example: sameMatchValue("1", 1) -> true; sameMatchValue(true, 1) -> false.
 * @param {*} value
 * @param {*} bound
 * @returns {boolean}
 */
export function sameMatchValue(value, bound) {
  return idValSort(value, bound) === 0;
}

/**
 * Does the concrete id match the pattern (rule P-3)? Key sets must be identical and plain values
 * strictly equal. With matchValues (the request's bound MATCH values, rule P-5), MATCH keys must
 * name the same instance as the bound value (sameMatchValue) and ALLSMALLER keys must sort
 * strictly below it.
 * Example: idMatches({type: "item", index: ["ALL"]}, {type: "item", index: 3}) -> true.
 * @param {string|Object} pattern
 * @param {string|Object} id
 * @param {Object|null} [matchValues]
 * @returns {boolean}
 */
export function idMatches(pattern, id, matchValues = null) {
  if (typeof pattern !== "object" || typeof id !== "object") {
    return pattern === id;
  }
  if (keysOf(pattern) !== keysOf(id)) {
    return false;
  }
  return Object.keys(pattern).every((key) => {
    const wanted = pattern[key];
    const wildcard = wildcardOf(wanted);
    const bound = matchValues && key in matchValues;
    if (wildcard === null) {
      return wanted === id[key];
    }
    if (wildcard === MATCH && bound) {
      return sameMatchValue(id[key], matchValues[key]);
    }
    if (wildcard === ALLSMALLER && bound) {
      return idValSort(id[key], matchValues[key]) < 0;
    }
    return true;
  });
}

/**
 * The MATCH values a concrete id gives a pattern: {key: value} for each MATCH key.
 * Example: matchValuesOf({index: ["MATCH"], type: "x"}, {index: 2, type: "x"}) -> {index: 2}.
 * @param {string|Object} pattern
 * @param {string|Object} id
 * @returns {Object}
 */
export function matchValuesOf(pattern, id) {
  const values = {};
  for (const key of keysWith(pattern, MATCH)) {
    values[key] = id[key];
  }
  return values;
}

/**
 * The concrete ids one dependency resolves to (rule P-5): a list, possibly empty, in ALL order.
 * A pattern with only MATCH keys and constants gives the component with exactly those values when
 * it is on the page; otherwise the ids are searched for values equal as Dash compares them
 * ({index: "1"} for the bound value 1). So when a page holds both {index: 1} and {index: "1"}
 * (Dash reports "Multiple objects were found"), the one written as bound is the one found.
 * @param {{id: (string|Object)}} dependency
 * @param {LayoutIndex} index
 * @param {Object} matchValues
 * @returns {Array<(string|Object)>}
 */
export function resolve(dependency, index, matchValues) {
  if (typeof dependency.id !== "object") {
    return index.pathOf(dependency.id) ? [dependency.id] : [];
  }
  const exact = exactInstance(dependency, matchValues);
  if (exact !== null && index.pathOf(stringifyId(exact))) {
    return [index.ids.get(stringifyId(exact))];
  }
  return index.dictIdsWithKeys(keysOf(dependency.id)).filter((id) => idMatches(dependency.id, id, matchValues));
}

/**
 * The id a pattern with only MATCH wildcards names once they are bound
 * ({index: ["MATCH"], type: "x"} with {index: 2} -> {index: 2, type: "x"}), or null.
 * @param {{id: Object}} dependency
 * @param {Object} matchValues
 * @returns {Object|null}
 */
function exactInstance(dependency, matchValues) {
  const exact = {};
  for (const key of Object.keys(dependency.id).sort()) {
    const wildcard = wildcardOf(dependency.id[key]);
    if (wildcard === null) {
      exact[key] = dependency.id[key];
    } else if (wildcard === MATCH && matchValues && key in matchValues) {
      exact[key] = matchValues[key];
    } else {
      return null;
    }
  }
  return exact;
}

/**
 * Can a trigger on `triggerId` (seen through `triggerPattern`) feed an output instance with these
 * MATCH values (rule C-3)? Equal where the trigger has MATCH, greater where it has ALLSMALLER,
 * anything where it has ALL or where the trigger is a plain string id.
 * @param {string|Object} triggerPattern
 * @param {string|Object} triggerId
 * @param {Object} outputMatchValues
 * @returns {boolean}
 */
export function triggerFeeds(triggerPattern, triggerId, outputMatchValues) {
  if (typeof triggerPattern !== "object") {
    return true;
  }
  return Object.keys(outputMatchValues).every((key) => {
    const wildcard = wildcardOf(triggerPattern[key]);
    // MATCH and ALL on an output's MATCH key both pin the instance to the trigger's value.
    if (wildcard === MATCH || wildcard === ALL) {
      return sameMatchValue(triggerId[key], outputMatchValues[key]);
    }
    if (wildcard === ALLSMALLER) {
      return idValSort(triggerId[key], outputMatchValues[key]) < 0;
    }
    return true;
  });
}
