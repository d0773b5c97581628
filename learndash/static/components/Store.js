/**
 * dcc.Store (rule K-9): JSON data kept in memory, localStorage or sessionStorage under its id.
 * On mount, given data is saved and modified_timestamp written; data stored earlier (local /
 * session) that differs is written back. Every later change to `data` that differs from what is
 * stored writes modified_timestamp, so Input(store, "modified_timestamp") + State(store, "data")
 * fires after each real update. clear_data removes the data; the timestamp is then -1 in local and
 * session storage, the time of the clearing in memory.
 */
import { sameJson } from "../protocol.js";
import { stringifyId } from "../protocol.js";

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
  return { getItem: (key) => memory.get(key) ?? null, setItem: (key, text) => memory.set(key, text), removeItem: (key) => memory.delete(key) };
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
  const read = () => {
    const text = storage.getItem(key);
    return text === null ? null : JSON.parse(text);
  };
  const save = (data) => storage.setItem(key, JSON.stringify(data ?? null));

  function update(next, changed) {
    if (changed.includes("clear_data") && next.clear_data) {
      storage.removeItem(key);
      // a browser storage's saved time goes with its data (-1: none); memory notes the clearing
      const kept = next.storage_type === "local" || next.storage_type === "session";
      api.setProps({ data: null, clear_data: false, modified_timestamp: kept ? -1 : Date.now() });
    } else if (changed.includes("data") && !sameJson(next.data ?? null, read())) {
      // data equal to what is stored (a callback returning the same data) writes no timestamp
      save(next.data);
      api.setProps({ modified_timestamp: Date.now() });
    }
  }

  const stored = read();
  const given = props.data ?? null;
  if (stored === null && given !== null) {
    save(given);
    api.setProps({ modified_timestamp: Date.now() });
  } else if (stored !== null && !sameJson(stored, given)) {
    api.setProps({ data: stored, modified_timestamp: Date.now() });
  }
  const onStorage = (event) => {
    if (event.key === key && event.storageArea === storage) {
      api.setProps({ data: read(), modified_timestamp: Date.now() });
    }
  };
  window.addEventListener("storage", onStorage);
  return { element, update, unmount: () => window.removeEventListener("storage", onStorage) };
}
