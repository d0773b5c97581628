/**
 * The request queue: which requested callbacks run, when, and which are dropped (rules C-4, C-5, I-6).
 *
 * Requests move requested -> prioritized -> executing -> done. Every time requests arrive or one
 * finishes, `process` runs the C-4 steps in order, after a 0 ms yield like Dash's observer, so
 * setProps calls made while components mount merge with the initial requests (rule I-9).
 * Mirrors learndash/scheduler.py.
 */
import { inputPropIds, outputPropIds, readyToRun, uniqueKey } from "./callback_graph.js";
import { isMultiValued } from "./patterns.js";
import { splitPropId } from "./protocol.js";

/** At most this many requests are in flight at once (rule C-5). */
export const MAX_IN_FLIGHT = 12;

/**
 * Rule C-4 step 1: a chain never re-enters a callback already upstream in it (C-9, R-1).
 * @param {Array<Object>} requests
 * @returns {Array<Object>}
 */
export function dropCycles(requests) {
  return requests.filter((request) => !request.predecessors.includes(request.callback.index));
}

/**
 * Rule C-4 step 2: one request per unique key. An initial request next to others is dropped;
 * several others merge: changedPropIds united (max), the last executionGroup, the rest from the newest.
 * @param {Array<Object>} requests
 * @returns {Array<Object>}
 */
export function mergeDuplicates(requests) {
  const groups = new Map();
  for (const request of requests) {
    const key = uniqueKey(request);
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(request);
  }
  const merged = [];
  for (const group of groups.values()) {
    const initial = group.length > 1 ? group.find((request) => request.initialCall) : undefined;
    const rest = group.filter((request) => request !== initial);
    if (rest.length === 1) {
      merged.push(rest[0]);
      continue;
    }
    const newest = rest[rest.length - 1];
    const changedPropIds = {};
    for (const request of rest) {
      for (const [changed, kind] of Object.entries(request.changedPropIds)) {
        changedPropIds[changed] = Math.max(changedPropIds[changed] || 0, kind);
      }
    }
    const groupsSeen = rest.map((request) => request.executionGroup).filter(Boolean);
    merged.push({ ...newest, changedPropIds, executionGroup: groupsSeen.length ? groupsSeen[groupsSeen.length - 1] : null });
  }
  return merged;
}

/**
 * Rule C-4 step 6, Dash's loop breaker: when nothing is ready and only requests wait (a pure
 * cycle), take the first as ready, then every other one that the chosen ones do not hold back.
 * @param {Array<Object>} requests
 * @param {LayoutIndex} index
 * @returns {Array<Object>}
 */
export function breakDeadlock(requests, index) {
  const ready = [];
  let candidates = requests.slice();
  while (candidates.length) {
    ready.push(candidates[0]);
    candidates = readyToRun(candidates.slice(1), ready, [], index);
  }
  return ready;
}

/**
 * Rule C-4 step 4: drop requests with no resolved output left (unless they have no outputs by
 * definition); keep the rest with changedPropIds limited to ids that still exist.
 */
export function pruneByOutputs(requests, index) {
  const kept = [];
  for (const request of requests) {
    if (!request.callback.noOutput && !outputPropIds(request, index).length) {
      continue;
    }
    const changedPropIds = {};
    for (const [changed, kind] of Object.entries(request.changedPropIds)) {
      if (index.pathOf(splitPropId(changed).idString)) {
        changedPropIds[changed] = kind;
      }
    }
    request.changedPropIds = changedPropIds;
    kept.push(request);
  }
  return kept;
}

/**
 * Rule I-6: an initial or chunk request is dropped when everything it reads came from callbacks
 * of its execution group that all updated nothing.
 * @param {Object} request
 * @param {Array<Object>} stored {executionGroup, allProps, updatedProps} of finished group members
 */
export function isIrrelevant(request, stored, index) {
  const finished = stored.filter((entry) => entry.executionGroup === request.executionGroup);
  if (!request.executionGroup || !finished.length) {
    return false;
  }
  const allProps = new Set(finished.flatMap((entry) => entry.allProps));
  const updated = new Set(finished.flatMap((entry) => entry.updatedProps));
  const inputs = inputPropIds(request, index);
  if (!inputs.length) {
    return false; // nothing it reads came from the group: it runs (mirrors scheduler.py)
  }
  return (
    !inputs.some((input) => updated.has(input)) &&
    inputs.every((input) => allProps.has(input)) &&
    !request.callback.inputs.every(isMultiValued)
  );
}

/** The queue of callback requests, from requested to done. */
export class Scheduler {
  /**
   * @param {Object} options
   * @param {Array<Object>} options.callbacks parsed callbacks
   * @param {function(): LayoutIndex} options.index the current layout index
   * @param {function(Object): Object} options.prepare builds a request's body from the page as it is now (dispatch.js)
   * @param {function(Object, Object): Promise<Object>} options.execute sends a prepared request (dispatch.js)
   * @param {function(Object, Object): string[]} options.applyResult applies a result, returns updated prop ids
   * @param {function(): void} options.onChange told whenever the pending set changes
   * @param {function(): void} options.afterDispatch called once ready requests were sent
   */
  constructor({ callbacks, index, prepare, execute, applyResult, onChange, afterDispatch }) {
    this.callbacks = callbacks;
    this.index = index;
    this.prepare = prepare;
    this.execute = execute;
    this.applyResult = applyResult;
    this.onChange = onChange;
    this.afterDispatch = afterDispatch;
    this.requested = [];
    this.prioritized = [];
    this.executing = [];
    this.stored = [];
    this.scheduled = false;
  }

  /** Requests requested, waiting or in flight (0 when the app is idle). */
  get pending() {
    return this.requested.length + this.prioritized.length + this.executing.length + (this.scheduled ? 1 : 0);
  }

  /**
   * Queue new requests and process the queue after a 0 ms yield.
   * @param {Array<Object>} requests
   */
  request(requests) {
    this.requested.push(...requests);
    this.scheduleProcessing();
  }

  scheduleProcessing() {
    if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.process(), 0);
      this.onChange();
    }
  }

  /** The C-4 steps, in order. */
  process() {
    this.scheduled = false;
    const index = this.index();
    // 1. Cycle guard: a chain never re-enters a callback already upstream of it.
    let requested = dropCycles(this.requested);
    // 2. Dedupe and merge.
    requested = mergeDuplicates(requested);
    // 3. Supersede waiting or in-flight requests with the same key: the latest request wins.
    const newKeys = new Set(requested.map(uniqueKey));
    this.prioritized = this.prioritized.filter((request) => !newKeys.has(uniqueKey(request)));
    this.executing = this.executing.filter((request) => !newKeys.has(uniqueKey(request)));
    // 4. Prune by outputs, everywhere.
    requested = pruneByOutputs(requested, index);
    this.prioritized = pruneByOutputs(this.prioritized, index);
    this.executing = pruneByOutputs(this.executing, index);
    // 5. Readiness against everything pending and downstream of it.
    const pending = [...requested, ...this.prioritized, ...this.executing];
    let ready = readyToRun(requested, pending, this.callbacks, index);
    // 6. Deadlock breaker: only requested callbacks remain and none is ready -> a pure cycle.
    if (!ready.length && requested.length && requested.length === pending.length) {
      ready = breakDeadlock(requested, index);
    }
    // 7. Execution-group drop (rule I-6).
    const dropped = ready.filter((request) => isIrrelevant(request, this.stored, index));
    ready = ready.filter((request) => !dropped.includes(request));
    // 8. Ready requests move on, the rest wait for the next completion.
    this.requested = requested.filter((request) => !ready.includes(request) && !dropped.includes(request));
    this.prioritized.push(...ready);
    this.forgetFinishedGroups();
    this.dispatchPrioritized();
    this.afterDispatch();
    if (dropped.length && this.requested.length) {
      // A dropped request may have been what the others waited for: look again, as Dash's
      // observer does whenever the requested list changes.
      this.scheduleProcessing();
    }
    this.onChange();
  }

  /** Stored group results matter only while their group still has pending requests. */
  forgetFinishedGroups() {
    const pendingGroups = new Set(
      [...this.requested, ...this.prioritized, ...this.executing].map((request) => request.executionGroup)
    );
    this.stored = this.stored.filter((entry) => pendingGroups.has(entry.executionGroup));
  }

  /**
   * Start prioritized requests, first in first out, while fewer than 12 are in flight (rule C-5).
   * Every body is built before any request leaves: one snapshot of the page for the batch, taken
   * before the running= values of its requests show (rule C-6).
   */
  dispatchPrioritized() {
    const batch = [];
    while (this.prioritized.length && this.executing.length < MAX_IN_FLIGHT) {
      const request = this.prioritized.shift();
      this.executing.push(request);
      batch.push({ request, prepared: this.prepare(request), allProps: outputPropIds(request, this.index()) });
    }
    for (const { request, prepared, allProps } of batch) {
      this.execute(request, prepared).then((result) => this.finish(request, result, allProps));
    }
  }

  /** A response arrived: apply it unless the request was superseded or pruned meanwhile. */
  finish(request, result, allProps) {
    if (!this.executing.includes(request)) {
      return;
    }
    this.executing = this.executing.filter((other) => other !== request);
    const updatedProps = this.applyResult(request, result);
    if (request.executionGroup && !result.skipped) {
      this.stored.push({ executionGroup: request.executionGroup, allProps, updatedProps });
    }
    this.scheduleProcessing();
  }
}
