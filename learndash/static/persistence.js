/**
 * Persistence: a component's edits outlive a re-render or a reload (`persistence`, rule K-0c).
 *
 * Each write of a persisted prop (`persisted_props`, by default ["value"]) of a component with an
 * id and a truthy `persistence` is kept as [new value, original value] under
 * `<id>.<prop>.<JSON of persistence>` in the store `persistence_type` names: `memory` (this page),
 * `session` (sessionStorage) or `local` (localStorage, the default). A layout that arrives gets the
 * stored edits back where the prop still shows the original value. Mirrors learndash/persistence.py.
 */
import { isComponent } from "./layout.js";
import { sameJson, stringifyId } from "./protocol.js";

/** The dcc components that persist (in Dash they carry `dashPersistence` defaults). */
export const PERSISTABLE = ["Checklist", "Dropdown", "Input", "RadioItems", "RangeSlider", "Slider", "Tabs", "Textarea"];
const DEFAULT_PERSISTED_PROPS = ["value"];
const DEFAULT_PERSISTENCE_TYPE = "local";
const STORE_PREFIX = "_dash_persistence.";

/** A Web Storage as a store of JSON values, under Dash's key prefix. */
function webStore(storage) {
  return {
    has: (key) => storage.getItem(STORE_PREFIX + key) !== null,
    get: (key) => JSON.parse(storage.getItem(STORE_PREFIX + key)),
    set: (key, value) => storage.setItem(STORE_PREFIX + key, JSON.stringify(value)),
    delete: (key) => storage.removeItem(STORE_PREFIX + key),
  };
}

/** What the browser keeps for persistence: `memory` for this page, the Web Storages for the rest. */
export class EditStores {
  constructor() {
    this.stores = { memory: new Map(), local: webStore(window.localStorage), session: webStore(window.sessionStorage) };
  }

  store(persistenceType) {
    return this.stores[persistenceType] || this.stores.memory;
  }
}

/** {id, persistence, persistedProps, persistenceType} of a component that can persist, else null. */
export function settingsOf(component) {
  if (component.namespace !== "dash_core_components" || !PERSISTABLE.includes(component.type)) {
    return null;
  }
  const props = component.props || {};
  if (props.id === undefined || props.id === null) {
    return null;
  }
  return {
    id: props.id,
    persistence: props.persistence,
    persistedProps: props.persisted_props || DEFAULT_PERSISTED_PROPS,
    persistenceType: props.persistence_type || DEFAULT_PERSISTENCE_TYPE,
  };
}

/** `inp.value.true`: the key of one persisted prop, as Dash's getValsKey builds it. */
export function valuesKey(id, persistedProp, persistence) {
  return `${stringifyId(id)}.${persistedProp}.${JSON.stringify(persistence)}`;
}

/** Remember the writes of persisted props: [new, original], keeping the first original. */
export function recordUiEdit(stores, component, newProps) {
  const settings = settingsOf(component);
  if (!settings) {
    return;
  }
  const { id, persistence, persistedProps, persistenceType } = settings;
  const changesPersistence = newProps.persistence !== undefined && !sameJson(newProps.persistence, persistence);
  if (!persistence || changesPersistence) {
    return;
  }
  const store = stores.store(persistenceType);
  for (const prop of persistedProps) {
    if (newProps[prop] === undefined) {
      continue;
    }
    let original = component.props[prop];
    const value = newProps[prop];
    if (original === value) {
      continue; // JavaScript's !==: objects and arrays from JSON are never the same object
    }
    const key = valuesKey(id, prop, persistence);
    if (store.has(key)) {
      original = store.get(key)[1];
    }
    store.set(key, JSON.parse(JSON.stringify(original === undefined ? [value] : [value, original])));
  }
}

/** Put stored edits back into every component of a layout or chunk that still shows the original. */
export function applyPersistence(stores, node) {
  if (Array.isArray(node)) {
    node.forEach((item) => applyPersistence(stores, item));
    return;
  }
  if (!isComponent(node)) {
    return;
  }
  const settings = settingsOf(node);
  if (settings && settings.persistence) {
    const { id, persistence, persistedProps, persistenceType } = settings;
    const update = {};
    for (const prop of persistedProps) {
      moveProp(stores.store(persistenceType), valuesKey(id, prop, persistence), node.props, prop, update, false);
    }
    Object.assign(node.props, update);
  }
  applyPersistence(stores, node.props.children);
}

/** A callback's props: when they change persistence, undo the old edits and apply the new ones. */
export function prunePersistence(stores, component, newProps) {
  const settings = settingsOf(component);
  if (!settings) {
    return newProps;
  }
  const { id, persistence, persistedProps, persistenceType } = settings;
  const finalPersistence = "persistence" in newProps ? newProps.persistence : persistence;
  if (!(persistence || finalPersistence)) {
    return newProps;
  }
  const finalType = "persistence_type" in newProps ? newProps.persistence_type : persistenceType;
  const finalProps = "persisted_props" in newProps ? newProps.persisted_props : persistedProps;
  const changed = !sameJson(finalPersistence, persistence) || finalType !== persistenceType || !sameJson(finalProps, persistedProps);
  if (!changed) {
    return newProps;
  }
  const update = {};
  const props = component.props;
  if (persistence) {
    for (const prop of persistedProps.filter((p) => !(p in newProps))) {
      moveProp(stores.store(persistenceType), valuesKey(id, prop, persistence), props, prop, update, true);
    }
  }
  if (finalPersistence) {
    const depersisted = { ...props, ...update };
    for (const prop of finalProps.filter((p) => !(p in newProps))) {
      moveProp(stores.store(finalType), valuesKey(id, prop, finalPersistence), depersisted, prop, update, false);
    }
  }
  return { ...newProps, ...update };
}

/** Dash's modProp: if the prop shows the edit's starting value, set the other end; else forget it. */
function moveProp(store, key, props, prop, update, undo) {
  if (!store.has(key)) {
    return;
  }
  const [value, original] = store.get(key);
  const [start, end] = undo ? [value, original] : [original, value];
  if (sameJson(start, props[prop])) {
    update[prop] = end === undefined ? null : end;
  } else {
    store.delete(key);
  }
}
