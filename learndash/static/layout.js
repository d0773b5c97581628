/**
 * Walking the layout as the renderer stores it: a tree of component JSON objects (rule C-1).
 *
 * A *path* is the array of keys from the root to a component, e.g. ["props", "children", 1] for
 * the second child of the root. LayoutIndex maps every id to its path and keeps dict ids grouped
 * by key set, in the order ALL lists take (rule P-9). Mirrors learndash/layout.py.
 */
import { stringifyId } from "./protocol.js";

/**
 * Is this JSON value a component ({type, namespace, props} with props an object)? A dict with
 * "props": null from data is plain data, not a broken component.
 * @param {*} node
 * @returns {boolean}
 */
export function isComponent(node) {
  return isObject(node) && isObject(node.props) && "type" in node;
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Visit (path, component) depth-first, pre-order, through `children` only (rules W-2, P-9).
 * @param {*} node
 * @param {Array} path
 * @param {function(Array, Object): void} visit
 */
export function walkComponents(node, path, visit) {
  if (Array.isArray(node)) {
    node.forEach((child, index) => walkComponents(child, path.concat([index]), visit));
  } else if (isComponent(node)) {
    visit(path, node);
    const children = node.props.children;
    if (children !== null && typeof children === "object") {
      walkComponents(children, path.concat(["props", "children"]), visit);
    }
  }
}

/**
 * The value at `path` inside `tree`, or undefined when the path leads nowhere.
 * @param {*} tree
 * @param {Array} path
 * @returns {*}
 */
export function getAt(tree, path) {
  let node = tree;
  for (const key of path) {
    if (node === null || node === undefined) {
      return undefined;
    }
    node = node[key];
  }
  return node;
}

/**
 * The key-set name dict ids are grouped under: sorted keys joined by commas (rule P-3).
 * @param {Object} id
 * @returns {string}
 */
export function keysOf(id) {
  return Object.keys(id).sort().join(",");
}

/**
 * A dict id rebuilt with its keys in sorted order, as the renderer's `paths` store keeps it;
 * every id resolved from a pattern reaches the callback so (ctx.outputs_list, inputs_list,
 * args_grouping: {"index": 1, "type": "row"} for {"type": "row", "index": 1}, rule X-3).
 * @param {(string|Object)} id
 * @returns {(string|Object)}
 */
export function withSortedKeys(id) {
  if (typeof id !== "object") {
    return id;
  }
  return Object.fromEntries(Object.keys(id).sort().map((key) => [key, id[key]]));
}

/** Is `path` equal to `prefix` or below it? */
export function isWithin(path, prefix) {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

function samePath(a, b) {
  return a !== undefined && b !== undefined && a.length === b.length && isWithin(a, b);
}

/**
 * Where each component with an id lives, like the renderer's `paths` store (rule C-1).
 * On duplicate string ids the last one found wins.
 */
export class LayoutIndex {
  constructor() {
    /** @type {Map<string, Array>} id string -> path */
    this.paths = new Map();
    /** @type {Map<string, (string|Object)>} id string -> id */
    this.ids = new Map();
    /** @type {Map<string, Set<string>>} key set ("index,type") -> id strings in ALL order */
    this.byKeys = new Map();
  }

  /**
   * Index a whole layout.
   * @param {*} tree
   * @returns {LayoutIndex}
   */
  static of(tree) {
    const index = new LayoutIndex();
    index.addSubtree(tree, []);
    return index;
  }

  /**
   * Index every component under `node`, which sits at `path`.
   * @returns {string[]} the id strings added, in document order
   */
  addSubtree(node, path) {
    const added = [];
    walkComponents(node, path, (componentPath, component) => {
      const id = component.props.id;
      if (id === undefined || id === null) {
        return;
      }
      const idString = stringifyId(id);
      this.paths.set(idString, componentPath);
      this.ids.set(idString, withSortedKeys(id));
      if (typeof id === "object") {
        // A Set keeps insertion order: re-adding an existing id keeps its place (P-9, #2368).
        if (!this.byKeys.has(keysOf(id))) {
          this.byKeys.set(keysOf(id), new Set());
        }
        this.byKeys.get(keysOf(id)).add(idString);
      }
      added.push(idString);
    });
    return added;
  }

  /**
   * Re-index after the subtree at `path` changed to `node` (rule P-9): entries outside keep their
   * order; an entry with the same id at the same path keeps its old place; new ones are appended.
   * Example: items [a, b, c] where b's container is re-rendered with [b, d] -> [a, b, c, d].
   * @returns {{added: string[], removed: string[]}} id strings
   */
  replaceSubtree(node, path) {
    const newPaths = new Map();
    walkComponents(node, path, (componentPath, component) => {
      if (component.props.id !== undefined && component.props.id !== null) {
        newPaths.set(stringifyId(component.props.id), componentPath);
      }
    });
    const before = [...this.paths.keys()].filter((idString) => isWithin(this.paths.get(idString), path));
    for (const idString of before) {
      if (!samePath(this.paths.get(idString), newPaths.get(idString))) {
        this.forget(idString);
      }
    }
    const added = this.addSubtree(node, path);
    const removed = before.filter((idString) => !this.paths.has(idString));
    return { added, removed };
  }

  /** Drop one id from every map; the ALL order of the others is untouched. */
  forget(idString) {
    const id = this.ids.get(idString);
    this.paths.delete(idString);
    this.ids.delete(idString);
    if (typeof id === "object") {
      this.byKeys.get(keysOf(id)).delete(idString);
    }
  }

  /**
   * @param {string} idString
   * @returns {Array|undefined}
   */
  pathOf(idString) {
    return this.paths.get(idString);
  }

  /**
   * Every dict id with exactly this key set, in ALL order (rule P-9).
   * @param {string} keys
   * @returns {Object[]}
   */
  dictIdsWithKeys(keys) {
    const entries = this.byKeys.get(keys) || new Set();
    return [...entries].map((idString) => this.ids.get(idString));
  }
}
