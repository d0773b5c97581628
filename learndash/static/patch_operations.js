/**
 * Applying a Patch: the operations a callback recorded on `Patch()`, applied in order to the value
 * the prop has on the page, so only the change travels (Dash's partial property updates).
 * Twin of learndash/patch_operations.py (same functions, same order); the table of operations is in
 * learndash/patch.py, where callbacks record them.
 *
 *   applyPatch({data: [1, 2]}, {__dash_patch_update: "__dash_patch_update",
 *     operations: [{operation: "Append", location: ["data"], params: {value: 3}}]})
 *   → {data: [1, 2, 3]}
 *
 * Every operation returns a new value and leaves the old one untouched, so the store can compare.
 */
import { sameJson } from "./protocol.js";

export const PATCH_MARKER = "__dash_patch_update";

/** A Patch that cannot apply; `title` is what the page's error list shows (Dash's words where it has them). */
export class PatchError extends Error {
  constructor(message, title = "Cannot apply a Patch") {
    super(message);
    this.title = title;
  }
}

/**
 * Is this the wire form of a Patch, as a response or set_props value carries it?
 * @param {*} value
 * @returns {boolean}
 */
export function isPatch(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && PATCH_MARKER in value;
}

/**
 * `props` with every Patch value applied to the prop's value on the page.
 * @param {Object} props the new props, some of them Patches
 * @param {Object} previousProps the component's props on the page
 * @param {{where: string}} options where: the callback, for the message
 * @returns {Object}
 */
export function patchProps(props, previousProps, { where }) {
  const patched = {};
  for (const [prop, value] of Object.entries(props)) {
    if (!isPatch(value)) {
      patched[prop] = value;
    } else if (!(prop in previousProps)) {
      throw new PatchError(
        `${where} returned a Patch for the prop '${prop}', but that prop has no value on the page: ` +
          "a Patch changes an existing value. Give the prop a starting value in the layout " +
          "(e.g. dcc.Store(id=..., data=[])), or return the whole value.",
        "Cannot patch undefined",
      );
    } else {
      patched[prop] = applyPatch(previousProps[prop], value);
    }
  }
  return patched;
}

/**
 * The value after applying each operation of `patch`, in order, to `previous` (a copy).
 * @param {*} previous
 * @param {{operations: Array}} patch
 * @returns {*}
 */
export function applyPatch(previous, patch) {
  let value = previous;
  for (const operation of patch.operations) {
    const name = operation.operation;
    if (!(name in OPERATIONS)) {
      throw new PatchError(`Unknown Patch operation '${name}'; the renderer knows ${Object.keys(OPERATIONS).sort().join(", ")}.`);
    }
    const location = resolveLocation(operation.location, value);
    try {
      value = OPERATIONS[name](value, location, operation.params || {});
    } catch (error) {
      throw new PatchError(
        `The Patch operation ${name} at ${JSON.stringify(location)} cannot change ` +
          `${JSON.stringify(getIn(value, location))} (${error.message}). Check that the Patch reaches a value ` +
          "of the right kind, e.g. a list for append.",
      );
    }
  }
  return value;
}

/**
 * Negative indices counted from the end of the list they index at that depth:
 * resolveLocation(["data", -1], {data: [10, 20, 30]}) is ["data", 2].
 */
export function resolveLocation(location, value) {
  const resolved = [];
  for (const key of location) {
    resolved.push(resolveIndex(key, getIn(value, resolved)));
  }
  return resolved;
}

function resolveIndex(key, container) {
  if (typeof key === "number" && key < 0 && (Array.isArray(container) || typeof container === "string")) {
    return container.length + key;
  }
  return key;
}

// -- the operations, in the order of the table in patch.py -----------------------------------

export function assign(value, location, params) {
  return setIn(value, location, params.value);
}

export function deleteItem(value, location) {
  return deleteIn(value, location);
}

export function append(value, location, params) {
  return setIn(value, location, [...itemsAt(value, location), params.value]);
}

export function prepend(value, location, params) {
  return setIn(value, location, [params.value, ...itemsAt(value, location)]);
}

export function extend(value, location, params) {
  return setIn(value, location, [...itemsAt(value, location), ...params.value]);
}

export function insert(value, location, params) {
  const items = itemsAt(value, location);
  let index = resolveIndex(params.index, items);
  if (!(index >= 0 && index < items.length)) {
    index = items.length; // out of range on either side: at the end, as Dash's renderer does
  }
  items.splice(index, 0, params.value);
  return setIn(value, location, items);
}

export function remove(value, location, params) {
  const kept = itemsAt(value, location).filter((item) => !sameJson(item, params.value));
  return setIn(value, location, kept);
}

export function clear(value, location) {
  const current = getIn(value, location);
  const empty = isObject(current) ? {} : typeof current === "string" ? "" : [];
  return setIn(value, location, empty);
}

export function reverse(value, location) {
  const current = getIn(value, location);
  const reversed = typeof current === "string" ? [...current].reverse().join("") : [...current].reverse();
  return setIn(value, location, reversed);
}

export function merge(value, location, params) {
  const current = getIn(value, location);
  return setIn(value, location, { ...(isObject(current) ? current : {}), ...params.value });
}

export function add(value, location, params) {
  return arithmetic(value, location, params.value, (a, b) => a + b);
}

export function sub(value, location, params) {
  return arithmetic(value, location, params.value, (a, b) => a - b);
}

export function mul(value, location, params) {
  return arithmetic(value, location, params.value, (a, b) => a * b);
}

export function div(value, location, params) {
  return arithmetic(value, location, params.value, (a, b) => a / b);
}

export const OPERATIONS = {
  Assign: assign,
  Delete: deleteItem,
  Append: append,
  Prepend: prepend,
  Extend: extend,
  Insert: insert,
  Remove: remove,
  Clear: clear,
  Reverse: reverse,
  Merge: merge,
  Add: add,
  Sub: sub,
  Mul: mul,
  Div: div,
};

// -- JavaScript arithmetic is the language's own here; patch_operations.py spells it out ------

function arithmetic(value, location, operand, combine) {
  return setIn(value, location, combine(getIn(value, location), operand));
}

/** The list at `location` as a new array; nothing there counts as an empty list. */
function itemsAt(value, location) {
  const current = getIn(value, location);
  if (current === undefined || current === null) {
    return [];
  }
  if (!Array.isArray(current)) {
    throw new TypeError(`${typeof current} is not a list`);
  }
  return [...current];
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// -- reading and writing at a location, copying what changes ----------------------------------

/**
 * The value at `location`, or `fallback` when the path does not exist.
 * @returns {*}
 */
export function getIn(value, location, fallback = undefined) {
  let current = value;
  for (const key of location) {
    if (Array.isArray(current) && typeof key === "number" && key >= 0 && key < current.length) {
      current = current[key];
    } else if (isObject(current) && String(key) in current) {
      current = current[String(key)];
    } else {
      return fallback;
    }
  }
  return current;
}

/**
 * A copy of `value` with `newValue` at `location`; missing parents become objects, or arrays where
 * the next key is a number: setIn({}, ["a", 0], 1) is {a: [1]}.
 */
export function setIn(value, location, newValue) {
  if (location.length === 0) {
    return newValue;
  }
  const [key, ...rest] = location;
  let child = getIn(value, [key]);
  if (rest.length && !(child !== null && typeof child === "object")) {
    child = typeof rest[0] === "number" ? [] : {};
  }
  child = setIn(child, rest, newValue);
  if (Array.isArray(value) && typeof key === "number") {
    const items = [...value];
    while (items.length < key + 1) {
      items.push(null); // Dash's renderer leaves holes, which JSON sends as null
    }
    items[key] = child;
    return items;
  }
  return { ...(isObject(value) ? value : {}), [String(key)]: child };
}

/** A copy of `value` without the key or array index at `location` (unchanged if absent). */
export function deleteIn(value, location) {
  if (location.length === 0) {
    return value;
  }
  const [key, ...rest] = location;
  if (rest.length) {
    const child = getIn(value, [key]);
    if (child === undefined || child === null) {
      return value;
    }
    return setIn(value, [key], deleteIn(child, rest));
  }
  if (Array.isArray(value) && typeof key === "number") {
    return value.filter((item, index) => index !== key);
  }
  if (isObject(value)) {
    const copy = { ...value };
    delete copy[String(key)];
    return copy;
  }
  return value;
}
