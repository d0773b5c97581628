/**
 * dcc.Store (rules K-9, R-8): JSON data kept in memory, localStorage or sessionStorage under its
 * id, with the time it was saved under `<id>-timestamp`. The Python model's twin is
 * behaviors.store_mount_writes / store_update_writes, with the same steps in the same order.
 *
 * As it mounts a Store compares its `data` with what its storage holds: given data and nothing
 * stored saves it and writes modified_timestamp; stored data that differs is written back with
 * the time it was saved (-1: never). A memory Store's memory starts empty (undefined), while the
 * browser's storage reads null for nothing: so a local Store without data writes data=null and
 * modified_timestamp=-1, and a memory Store given data=None writes modified_timestamp=-1 and
 * data=undefined. After any change of its props, data that differs from what is stored (null is
 * not undefined) is saved and modified_timestamp written; clear_data empties the storage.
 */
import { sameJson, stringifyId } from "../protocol.js";

/**
 * Where a Store keeps its data: the browser's storage for "local" and "session"; for "memory" a
 * map of its own, so a re-mounted memory Store starts from its layout data.
 */
function backend(storageType) {
  if (storageType === "local") {
    return window.localStorage;
  }
  if (storageType === "session") {
    return window.sessionStorage;
  }
  const memory = new Map();
  return {
    memory: true,
    getItem: (key) => (memory.has(key) ? memory.get(key) : null),
    setItem: (key, text) => memory.set(key, text),
    removeItem: (key) => memory.delete(key),
  };
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createComment("dcc.Store");
  const key = stringifyId(props.id);
  const storage = backend(props.storage_type);

  /** What the storage holds: undefined when a memory Store holds nothing, null for the browser's. */
  function storedData() {
    const text = storage.getItem(key);
    if (text === null) {
      return storage.memory ? undefined : null;
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      return null; // not JSON (written by something else): read as nothing, as Dash does
    }
  }

  function saveData(data) {
    storage.setItem(key, JSON.stringify(data));
    storage.setItem(`${key}-timestamp`, String(Date.now()));
  }

  /** When the data was last saved (or, in memory, cleared); -1 when never. */
  function modifiedTimestamp() {
    return Number.parseInt(storage.getItem(`${key}-timestamp`), 10) || -1;
  }

  function storeMountWrites() {
    const stored = storedData();
    const data = component.props.data;
    if ((stored === null || stored === undefined) && data !== null && data !== undefined) {
      saveData(data);
      return { modified_timestamp: modifiedTimestamp() };
    }
    if (!sameJson(stored, data)) {
      return { data: stored, modified_timestamp: modifiedTimestamp() };
    }
    return {};
  }

  function storeUpdateWrites(next) {
    if (next.clear_data) {
      storage.removeItem(key);
      if (storage.memory) {
        storage.setItem(`${key}-timestamp`, String(Date.now())); // memory notes the clearing
      } else {
        storage.removeItem(`${key}-timestamp`); // a browser storage's saved time goes with its data
      }
      return { clear_data: false, data: null, modified_timestamp: modifiedTimestamp() };
    }
    const stored = storedData();
    if (sameJson(next.data, stored)) {
      return {}; // e.g. a callback returned the data the Store holds: no timestamp
    }
    if (next.data === undefined) {
      return { data: stored };
    }
    saveData(next.data);
    return { modified_timestamp: modifiedTimestamp() };
  }

  function update(next) {
    const writes = storeUpdateWrites(next);
    if (Object.keys(writes).length) {
      api.setProps(writes);
    }
  }

  const writes = storeMountWrites();
  if (Object.keys(writes).length) {
    api.setProps(writes);
  }
  const onStorage = (event) => {
    if (event.key === key && event.storageArea === storage && event.newValue !== event.oldValue) {
      api.setProps({ data: storedData(), modified_timestamp: modifiedTimestamp() });
    }
  };
  window.addEventListener("storage", onStorage);
  return { element, update, unmount: () => window.removeEventListener("storage", onStorage) };
}
