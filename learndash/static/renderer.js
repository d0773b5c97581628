/**
 * The renderer: the layout store and the two ways props change — a component's setProps
 * (rule C-2 item 1) and a callback's result (rules C-2 item 2-3, C-7).
 *
 * The layout JSON is the single source of truth for values (rule C-1): every edit writes into
 * it, and every callback argument is read from it. The DOM drawn from it is mounting.js's job.
 * `Page` is the twin of learndash/renderer.py's `Page`, the model the headless harness runs.
 */
import { LayoutIndex, getAt } from "./layout.js";
import { DIRECT, INDIRECT, callbacksTriggeredBy, chunkRequests, initialRequests, parseCallbacks, finalCallRequests } from "./callback_graph.js";
import { parseId, propId, sameJson, stringifyId } from "./protocol.js";
import { Scheduler } from "./scheduler.js";
import { executeRequest, prepareBody } from "./dispatch.js";
import { ErrorOverlay } from "./overlay.js";
import { runningTargetMissing, setPropsTargetMissing } from "./page_errors.js";
import { PatchError, patchProps } from "./patch_operations.js";
import { runningUpdates } from "./running.js";
import { Mounter } from "./mounting.js";
import { EditStores, applyPersistence, prunePersistence, recordUiEdit } from "./persistence.js";

/** A JSON copy, so the testing API never hands out the live store. */
function snapshot(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class Page {
  /**
   * @param {Object} options
   * @param {Object} options.config the _dash-config JSON (rule W-10)
   * @param {*} options.layout the /_dash-layout JSON
   * @param {Array} options.dependencies the /_dash-dependencies JSON
   * @param {HTMLElement} options.root the react-entry-point element
   * @param {string} options.plotlyUrl where plotly.js is served, loaded only when a Graph mounts
   * @param {Function} [options.DevTools] the dev tools (devtools.js), on the debug page only (config.ui)
   */
  constructor({ config, layout, dependencies, root, plotlyUrl, DevTools = null }) {
    this.config = config;
    this.layout = layout;
    this.root = root;
    this.plotlyUrl = plotlyUrl;
    this.callbacks = parseCallbacks(dependencies, config.callback_names || {});
    this.index = LayoutIndex.of(layout);
    this.mounter = new Mounter(this);
    this.runningRequests = new Set();
    this.overlay = new ErrorOverlay(Boolean(config.ui));
    this.editStores = new EditStores(); // persistence: the browser's stores (K-0c)
    /** The trace: one entry per request sent, as `CallRecord.to_json()` (dispatch.js callRecord). */
    this.calls = [];
    this.devtools = DevTools ? new DevTools({ callbacks: this.callbacks, names: config.callback_names, overlay: this.overlay }) : null;
    this.lateWrites = [];
    this.loadedChunks = new Set();
    this.lastGroup = 0;
    this.scheduler = new Scheduler({
      callbacks: this.callbacks,
      index: () => this.index,
      prepare: (request) => prepareBody(request, this.layout, this.index),
      execute: (request, prepared) =>
        executeRequest(request, prepared, {
          config,
          onSend: () => this.showRunning(request),
          onRecord: (record) => this.recordCall(record),
        }),
      applyResult: (request, result) => this.applyResult(request, result),
      onChange: () => this.pendingChanged(),
      afterDispatch: () => this.flushLateWrites(),
    });
  }

  /** Rule I-1: restore stored edits (K-0c), report the server's validation errors (cycles included), queue the initial set, then render. */
  start() {
    applyPersistence(this.editStores, this.layout);
    for (const error of this.config.validation_errors || []) {
      this.overlay.add({ title: error.title, message: error.message });
    }
    this.scheduler.request(this.queueGroup(initialRequests(this.callbacks, this.index, this.layout)));
    this.root.replaceChildren(this.mounter.renderValue(this.layout));
  }

  /**
   * Mark requests as one execution group: a page load or an inserted chunk (rule I-6); the
   * counter belongs to this page (mirrors Page.queue_group).
   * @param {Array<Object>} requests
   * @returns {Array<Object>} the same requests
   */
  queueGroup(requests) {
    this.lastGroup += 1;
    for (const request of requests) {
      request.executionGroup = this.lastGroup;
    }
    return requests;
  }

  /**
   * A lazily loaded component mounts once the requests of its load or insertion were sent, or,
   * when its code chunk already arrived for an earlier component, before they are: its
   * `write` runs after the scheduler's next dispatch, or at once after this change.
   * @param {function(): void} write
   * @param {string} chunk the code chunk Dash loads for it
   */
  mountLate(write, chunk) {
    if (this.loadedChunks.has(chunk)) {
      queueMicrotask(write); // before the scheduler's next step, which waits for a 0 ms timeout
      return;
    }
    this.lateWrites.push({ write, chunk });
    this.scheduler.scheduleProcessing();
  }

  /** Mount the lazy components waiting for a dispatch (mirrors Page.flush_late_writes). */
  flushLateWrites() {
    const late = this.lateWrites;
    this.lateWrites = [];
    late.forEach(({ write, chunk }) => {
      this.loadedChunks.add(chunk);
      write();
    });
    return late.length > 0;
  }

  /** Refresh dcc.Loading spinners and the "Updating..." title while callbacks run (rule C-6 step 5). */
  pendingChanged() {
    this.mounter.refreshLoading();
    if (this.devtools) {
      this.devtools.refresh();
    }
    const updateTitle = this.config.update_title;
    if (!updateTitle) {
      return;
    }
    if (this.scheduler.executing.length && document.title !== updateTitle) {
      this.pageTitle = document.title;
      document.title = updateTitle;
    } else if (!this.scheduler.executing.length && document.title === updateTitle) {
      document.title = this.pageTitle;
    }
  }

  /** The component object with this id, or undefined. */
  componentById(id) {
    const path = this.index.pathOf(typeof id === "string" ? id : stringifyId(id));
    return path ? getAt(this.layout, path) : undefined;
  }

  /**
   * Write props into the store; the index follows a new `children`. The DOM shows them once
   * their listeners are requested (updateInstance, answerUpdates).
   * @returns {{oldChildren: *, childrenPath: (Array|null)}}
   */
  writeProps(component, props) {
    const oldChildren = component.props.children;
    component.props = { ...component.props, ...props };
    let childrenPath = null;
    if ("children" in props) {
      const id = component.props.id;
      const path = id === undefined || id === null ? null : this.index.pathOf(stringifyId(id));
      if (path) {
        childrenPath = path.concat(["props", "children"]);
        this.index.replaceSubtree(props.children, childrenPath);
      }
      this.mounter.unmount(oldChildren);
    }
    return { oldChildren, childrenPath };
  }

  /**
   * Show written props in the component's DOM. A component may answer with writes of its own
   * (a Slider's drag_value follows its value, R-6), which come after the listeners of `props`.
   */
  updateInstance(component, props) {
    const instance = this.mounter.instances.get(component);
    if (instance) {
      instance.update(component.props, Object.keys(props));
    }
  }

  /**
   * Show a whole response's written props, once all their listeners are requested: in Dash
   * components re-render after every prop of the response, so their own answers come last.
   * @param {Array<Array>} answers [component, props] pairs, in the order written
   */
  answerUpdates(answers) {
    for (const [component, props] of answers) {
      this.updateInstance(component, props);
    }
  }

  /**
   * A component's own edit (rule C-2 item 1): keep only props that really changed, write them,
   * and request the callbacks listening to them, all in one batch.
   * @param {Object} component the component object in the layout
   * @param {Object} props
   */
  setProps(component, props) {
    const changed = {};
    for (const [key, value] of Object.entries(props)) {
      if (!sameJson(component.props[key], value)) {
        changed[key] = value;
      }
    }
    if (!Object.keys(changed).length) {
      return;
    }
    recordUiEdit(this.editStores, component, changed);
    const id = component.props.id;
    if (this.devtools && !this.scheduler.pending && id !== undefined && id !== null) {
      this.devtools.startAction(`edit ${stringifyId(id)}.${Object.keys(changed).join(", .")}`); // a new user action
    }
    this.writeProps(component, changed);
    if (id !== undefined && id !== null) {
      const requests = Object.keys(changed).flatMap((prop) => callbacksTriggeredBy(this.callbacks, this.index, id, prop, DIRECT));
      if (requests.length) {
        this.scheduler.request(requests);
      }
    }
    this.updateInstance(component, changed); // its own answers come after (as component_did_update in renderer.py)
  }

  /** A request left the page: keep its trace entry (completed when its answer arrives). */
  recordCall(record) {
    this.calls.push(record);
    if (this.devtools) {
      this.devtools.addCall(record);
    }
  }

  /**
   * Apply a finished request (rule C-7): side updates first, then the running= "off" values, then
   * outputs, with every Patch applied to the value on the page (rule O-7); queue everything that
   * listens to a written prop, and the callbacks of inserted or removed subtrees (rule C-8).
   * @returns {string[]} the prop ids the callback actually updated
   */
  applyResult(request, result) {
    if (result.skipped) {
      return [];
    }
    let error = result.error || null;
    const sideRequests = [];
    const answers = [];
    if (!error) {
      error = this.applySideUpdates(request, result.data.sideUpdate, sideRequests, answers);
    }
    if (this.runningRequests.delete(request)) {
      const runningOff = runningUpdates(request.callback.runningOff, request, this.index);
      this.applySideUpdates(request, runningOff, sideRequests, answers, runningTargetMissing);
    }
    let updates = {};
    if (!error) {
      ({ updates, error } = this.patched(request, result.data.updates));
    }
    if (error) {
      this.overlay.add(error);
      this.scheduler.request(sideRequests);
      this.answerUpdates(answers);
      return [];
    }
    const requests = [];
    const predecessors = request.predecessors.concat([request.callback.index]);
    const updated = [];
    for (const [idString, returned] of Object.entries(updates)) {
      const id = parseId(idString);
      const component = this.componentById(id);
      if (!component) {
        continue; // the component left the page while its callback ran (C-4.4, C-7)
      }
      const props = this.persistWrite(component, returned);
      for (const prop of Object.keys(props)) {
        updated.push(propId(id, prop));
        requests.push(...callbacksTriggeredBy(this.callbacks, this.index, id, prop, INDIRECT));
      }
      const oldIndex = "children" in props ? LayoutIndex.of(this.layout) : null;
      const { oldChildren, childrenPath } = this.writeProps(component, props);
      answers.push([component, props]);
      if (childrenPath) {
        requests.push(...this.queueGroup(chunkRequests(this.callbacks, this.index, props.children, childrenPath)));
        requests.push(...this.queueGroup(finalCallRequests(this.callbacks, oldIndex, this.index, oldChildren, childrenPath)));
      }
    }
    for (const each of requests) {
      each.predecessors = predecessors;
    }
    this.scheduler.request([...sideRequests, ...requests]);
    this.answerUpdates(answers);
    return updated;
  }

  /** Rule C-2 item 3: a request's running= values, written as it is sent. */
  showRunning(request) {
    this.runningRequests.add(request);
    const requests = [];
    const answers = [];
    this.applySideUpdates(request, runningUpdates(request.callback.running, request, this.index), requests, answers, runningTargetMissing);
    this.scheduler.request(requests);
    this.answerUpdates(answers);
  }

  /**
   * Rule C-2 item 3: set_props (and running=) values, one component at a time; stops at the
   * first Patch that cannot apply. Their listeners are added to `requests`, the components' own
   * answers to `answers` (see answerUpdates).
   * @returns {Object|null} the page error of a Patch that cannot apply
   */
  applySideUpdates(request, sideUpdates, requests, answers, missing = setPropsTargetMissing) {
    for (const [idString, props] of Object.entries(sideUpdates)) {
      const error = this.applySideUpdate(request, idString, props, requests, answers, missing);
      if (error) {
        return error;
      }
    }
    return null;
  }

  /**
   * Rule C-2 item 3: set_props from the server: no equality filter, no chunk discovery; an id
   * not on the page is reported with `missing`'s message unless callback exceptions are suppressed.
   * @returns {Object|null} the page error of a Patch that cannot apply (rule O-7)
   */
  applySideUpdate(request, idString, props, requests, answers, missing = setPropsTargetMissing) {
    const component = this.componentById(parseId(idString));
    if (!component) {
      if (!this.config.suppress_callback_exceptions) {
        this.overlay.add(missing(request.callback.name, idString, [...this.index.paths.keys()].sort()));
      }
      return null;
    }
    const { updates, error } = this.patched(request, { [idString]: props });
    if (error) {
      return error;
    }
    const written = this.persistWrite(component, updates[idString]);
    this.writeProps(component, written);
    answers.push([component, written]);
    requests.push(...Object.keys(props).flatMap((prop) => callbacksTriggeredBy(this.callbacks, this.index, parseId(idString), prop, DIRECT)));
    return null;
  }

  /**
   * Rule O-7: the updates with every Patch applied to the prop's value on the page now. One that
   * cannot apply fails the whole answer, as in Dash: nothing of it is written.
   * @returns {{updates: Object, error: (Object|null)}}
   */
  patched(request, updates) {
    const where = `${request.callback.name}()`;
    try {
      const patched = {};
      for (const [idString, props] of Object.entries(updates)) {
        const component = this.componentById(parseId(idString));
        patched[idString] = patchProps(props, component ? component.props : {}, { where });
      }
      return { updates: patched, error: null };
    } catch (error) {
      if (!(error instanceof PatchError)) {
        throw error;
      }
      return { updates: {}, error: { title: error.title, message: error.message } };
    }
  }

  /**
   * Persistence around a callback's write (K-0c): a change of `persistence` swaps the stored
   * edits, a returned chunk gets its stored edits back, and the write itself is recorded.
   * @returns {Object} the props to write
   */
  persistWrite(component, returned) {
    const props = prunePersistence(this.editStores, component, returned);
    applyPersistence(this.editStores, props.children);
    recordUiEdit(this.editStores, component, props);
    return props;
  }

  /**
   * `dash_clientside.set_props(id, props)`, from a clientside callback or any script: written at
   * once like a server's set_props (rule C-2 item 3), and its listeners run.
   */
  setPropsFromClientside(id, props) {
    const component = this.componentById(id);
    if (!component) {
      this.overlay.add({ title: "ID not found in layout", message: `dash_clientside.set_props: no component with id ${stringifyId(id)}` });
      return;
    }
    const written = this.persistWrite(component, props);
    this.writeProps(component, written);
    this.scheduler.request(Object.keys(props).flatMap((prop) => callbacksTriggeredBy(this.callbacks, this.index, id, prop, DIRECT)));
    this.updateInstance(component, written);
  }

  /**
   * The testing API published as window.learndash.
   * @returns {Object}
   */
  testingApi() {
    const renderer = this;
    return {
      /** Edit props like a user would: equality filter, then callbacks (rule C-2 item 1). */
      set_props(id, props) {
        const component = renderer.componentById(id);
        if (!component) {
          throw new Error(`No component with id ${stringifyId(id)}`);
        }
        renderer.setProps(component, props);
      },
      /** The current props of a component, or null when there is no such id. */
      get_props(id) {
        const component = renderer.componentById(id);
        return component ? snapshot(component.props) : null;
      },
      /** Every id string in the layout. */
      ids() {
        return [...renderer.index.paths.keys()];
      },
      /** The component type ("Graph", "Div", ...) of an id, or null when there is no such id. */
      type_of(id) {
        const component = renderer.componentById(id);
        return component ? component.type : null;
      },
      /** Errors shown (or, without debug, recorded) so far, newest first. */
      get errors() {
        return snapshot(renderer.overlay.errors);
      },
      /** The trace: every request sent, as `CallRecord.to_json()` in Python. */
      get calls() {
        return snapshot(renderer.calls);
      },
      /** Requests requested, waiting or in flight; 0 when the app is idle. */
      get pending() {
        return renderer.scheduler.pending + renderer.mounter.componentsBusy;
      },
      ready: true,
    };
  }
}
