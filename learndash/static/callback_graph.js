/**
 * The callback graph: which callbacks a prop change triggers, what a request reads and writes,
 * when it is ready to run, and which callbacks a (new) layout fires (rules C-3, C-4.5, C-8, I-2, I-3).
 *
 * Pure functions over three things: the parsed callbacks, the LayoutIndex (where ids live) and
 * *requests* (a callback bound to its MATCH values, queued to run). Mirrors learndash/callback_graph.py.
 */
import { cleanPropertyName, parseCallbackOutputId, parseId, propId, stringifyId } from "./protocol.js";
import { MATCH, idMatches, isMultiValued, keysWith, matchValuesOf, resolve, triggerFeeds } from "./patterns.js";
import { isWithin, walkComponents } from "./layout.js";

/** changedPropIds values: a user edit is DIRECT, a callback response or a new chunk INDIRECT (rule C-3). */
export const DIRECT = 2;
export const INDIRECT = 1;

function parseDependency(spec) {
  return { id: parseId(spec.id), property: spec.property, allowOptional: Boolean(spec.allow_optional) };
}

/**
 * Turn the /_dash-dependencies list (rule W-5) into callback objects.
 * @param {Array<Object>} definitions
 * @param {Object} names output id -> function name (the config's callback_names)
 * @returns {Array<Object>} {index, output, name, multiOutput, noOutput, outputs, inputs, state,
 *   preventInitialCall, clientsideFunction, matchKeys, running, runningOff}
 */
export function parseCallbacks(definitions, names = {}) {
  return definitions.map((definition, index) => {
    const noOutput = Boolean(definition.no_output);
    const parsed = noOutput ? { multi: false, outputs: [] } : parseCallbackOutputId(definition.output);
    const outputs = parsed.outputs.map((output) => ({
      id: output.id,
      property: cleanPropertyName(output.property),
      wireProperty: output.property,
    }));
    return {
      index,
      output: definition.output,
      name: names[definition.output] || definition.output,
      multiOutput: parsed.multi,
      noOutput,
      outputs,
      inputs: (definition.inputs || []).map(parseDependency),
      state: (definition.state || []).map(parseDependency),
      preventInitialCall: definition.prevent_initial_call === true,
      clientsideFunction: definition.clientside_function || null,
      matchKeys: outputs.length ? keysWith(outputs[0].id, MATCH) : [],
      running: (definition.running || {}).running || {},
      runningOff: (definition.running || {}).runningOff || {},
    };
  });
}

/**
 * A request: a callback bound to its MATCH values, queued to run (rule C-4).
 * @returns {Object}
 */
export function makeRequest(callback, matchValues, { changedPropIds = {}, initialCall = false } = {}) {
  return { callback, matchValues, changedPropIds: { ...changedPropIds }, initialCall, executionGroup: null, predecessors: [] };
}

/**
 * The dedupe key of a request (rule C-4 step 2): its callback plus its MATCH values.
 * @param {Object} request
 * @returns {string}
 */
export function uniqueKey(request) {
  return request.callback.index + "|" + stringifyId(request.matchValues);
}

function resolvedPropIds(dependencies, index, matchValues) {
  const propIds = [];
  for (const dependency of dependencies) {
    for (const id of resolve(dependency, index, matchValues)) {
      propIds.push(propId(id, dependency.property));
    }
  }
  return propIds;
}

/** The prop ids a request writes, resolved against the current layout. */
export function outputPropIds(request, index) {
  return resolvedPropIds(request.callback.outputs, index, request.matchValues);
}

/** The prop ids a request reads as Input, resolved against the current layout. */
export function inputPropIds(request, index) {
  return resolvedPropIds(request.callback.inputs, index, request.matchValues);
}

/**
 * The callbacks, with the dependency that matched, whose Input or Output (by `role`) is on this id.
 * @param {Array<Object>} callbacks
 * @param {string|Object} id a concrete id
 * @param {string|null} property null means any property
 * @param {"inputs"|"outputs"} role
 * @returns {Array<{callback: Object, dependency: Object}>}
 */
export function dependenciesOn(callbacks, id, property, role) {
  const found = [];
  for (const callback of callbacks) {
    for (const dependency of callback[role]) {
      if ((property === null || dependency.property === property) && idMatches(dependency.id, id)) {
        found.push({ callback, dependency });
      }
    }
  }
  return found;
}

/** One request per distinct MATCH-value tuple among the callback's present outputs (rule C-3). */
function requestsFromOutputs(callback, index, feeds) {
  const requests = new Map();
  for (const output of callback.outputs) {
    for (const id of resolve(output, index, {})) {
      const matchValues = matchValuesOf(output.id, id);
      if (feeds(matchValues)) {
        const request = makeRequest(callback, matchValues);
        requests.set(uniqueKey(request), request);
      }
    }
  }
  return [...requests.values()];
}

/**
 * Who listens to (id, property)? One request per affected callback instance (rules C-3, P-8).
 * Example: a plain-string Input feeding a MATCH callback gives one request per existing instance.
 * @param {Array<Object>} callbacks
 * @param {LayoutIndex} index
 * @param {string|Object} id
 * @param {string} property
 * @param {number} changeKind DIRECT or INDIRECT
 * @returns {Array<Object>} requests with changedPropIds = {id.property: changeKind}
 */
export function callbacksTriggeredBy(callbacks, index, id, property, changeKind) {
  const requests = [];
  for (const { callback, dependency } of dependenciesOn(callbacks, id, property, "inputs")) {
    if (callback.matchKeys.length) {
      requests.push(...requestsFromOutputs(callback, index, (values) => triggerFeeds(dependency.id, id, values)));
    } else {
      // Outputs without MATCH: the trigger's own MATCH values identify the firing (issue #2462).
      requests.push(makeRequest(callback, typeof id === "object" ? matchValuesOf(dependency.id, id) : {}));
    }
  }
  for (const request of requests) {
    request.changedPropIds[propId(id, property)] = changeKind;
  }
  return requests;
}

/**
 * Every prop a request could end up writing: its outputs plus everything downstream of them
 * through the callback graph (Dash's getAllSubsequentOutputsForCallback).
 * @returns {Set<string>} prop ids
 */
export function downstreamOutputs(request, callbacks, index) {
  const touched = new Set();
  let current = [request];
  while (current.length) {
    const fresh = [];
    for (const each of current) {
      for (const output of outputPropIds(each, index)) {
        if (!touched.has(output)) {
          touched.add(output);
          fresh.push(output);
        }
      }
    }
    current = [];
    for (const output of fresh) {
      const dot = output.lastIndexOf(".");
      current.push(...callbacksTriggeredBy(callbacks, index, parseId(output.slice(0, dot)), output.slice(dot + 1), INDIRECT));
    }
  }
  return touched;
}

/**
 * The candidates that may run now (rule C-4 step 5): none of their Inputs (other than their own
 * outputs) is a prop that a pending request, or anything downstream of it, may still write.
 * State is deliberately not considered, like Dash.
 * @param {Array<Object>} candidates
 * @param {Array<Object>} pending every request not finished yet
 * @param {Array<Object>} callbacks
 * @param {LayoutIndex} index
 * @returns {Array<Object>}
 */
export function readyToRun(candidates, pending, callbacks, index) {
  const mayChange = new Set();
  for (const request of pending) {
    for (const output of downstreamOutputs(request, callbacks, index)) {
      mayChange.add(output);
    }
  }
  return candidates.filter((request) => {
    const own = new Set(outputPropIds(request, index));
    return inputPropIds(request, index).every((input) => own.has(input) || !mayChange.has(input));
  });
}

/**
 * Merge a request into a list keyed by uniqueKey, combining changedPropIds (max of DIRECT/INDIRECT).
 * An initial flag on either side makes the merged request initial (Dash's addCallback).
 */
function addRequest(found, request) {
  const key = uniqueKey(request);
  const existing = found.get(key);
  if (!existing) {
    found.set(key, request);
    return;
  }
  for (const [changed, kind] of Object.entries(request.changedPropIds)) {
    existing.changedPropIds[changed] = Math.max(existing.changedPropIds[changed] || 0, kind);
  }
  existing.initialCall = existing.initialCall || request.initialCall;
}

/**
 * Rule I-3 at load / insertion: drop requests whose single-valued inputs are all missing or all
 * written only by requests already dropped; repeat until nothing changes.
 */
function excludeMissingInputs(requests, index) {
  let kept = requests;
  const excluded = new Set();
  for (;;) {
    const dropped = kept.filter((request) => {
      // Only a callback whose every Input is multi-valued is exempt.
      if (request.callback.inputs.every(isMultiValued)) {
        return false;
      }
      return inputPropIds(request, index).every((input) => excluded.has(input));
    });
    if (!dropped.length) {
      return kept;
    }
    kept = kept.filter((request) => !dropped.includes(request));
    for (const request of dropped) {
      outputPropIds(request, index).forEach((output) => excluded.add(output));
    }
  }
}

function outputSideRequests(callbacks, index, id, found) {
  for (const { callback, dependency } of dependenciesOn(callbacks, id, null, "outputs")) {
    if (!callback.preventInitialCall) {
      const request = makeRequest(callback, matchValuesOf(dependency.id, id), { initialCall: true });
      addRequest(found, request);
    }
  }
}

/**
 * The initial set (rules I-2, I-3): every callback with an Output in the layout, unless prevented,
 * plus no-output callbacks and no-input callbacks that Dash 4 fires once at load.
 * @returns {Array<Object>} requests, queued by the renderer as one execution group (I-6)
 */
export function initialRequests(callbacks, index, layout) {
  const found = new Map();
  walkComponents(layout, [], (path, component) => {
    if (component.props.id !== undefined && component.props.id !== null) {
      outputSideRequests(callbacks, index, component.props.id, found);
    }
  });
  const requests = excludeMissingInputs([...found.values()], index);
  for (const callback of callbacks) {
    if (callback.preventInitialCall) {
      continue;
    }
    const request = makeRequest(callback, {}, { initialCall: true });
    const noInputs = callback.inputs.length === 0;
    const present = noInputs || inputPropIds(request, index).length > 0;
    const special =
      (callback.noOutput && present) || (noInputs && !callback.noOutput && outputPropIds(request, index).length > 0);
    if (special && !requests.some((other) => uniqueKey(other) === uniqueKey(request))) {
      requests.push(request);
    }
  }
  return requests;
}

/**
 * Callbacks of a newly inserted subtree `chunk` at `chunkPath` (rule C-8 a-c): by output (unless
 * prevented), and by input when not all their outputs lie inside the chunk (prevent ignored).
 * @returns {Array<Object>} requests, queued by the renderer as one execution group (I-6)
 */
export function chunkRequests(callbacks, index, chunk, chunkPath) {
  const found = new Map();
  walkComponents(chunk, chunkPath, (path, component) => {
    const id = component.props.id;
    if (id === undefined || id === null) {
      return;
    }
    outputSideRequests(callbacks, index, id, found);
    for (const property of new Set(dependenciesOn(callbacks, id, null, "inputs").map((d) => d.dependency.property))) {
      for (const request of callbacksTriggeredBy(callbacks, index, id, property, INDIRECT)) {
        if (!allOutputsWithin(request, index, chunkPath)) {
          addRequest(found, request);
        }
      }
    }
  });
  return excludeMissingInputs([...found.values()], index);
}

/** Whether every output of `request`, resolved in `index`, lies inside the subtree at `chunkPath`. */
function allOutputsWithin(request, index, chunkPath) {
  const outputPaths = outputPropIds(request, index).map((output) => index.pathOf(output.slice(0, output.lastIndexOf("."))));
  return outputPaths.every((outputPath) => isWithin(outputPath, chunkPath));
}

/**
 * The "final call" after components leave (rule C-8 d): callbacks with an ALL / ALLSMALLER Input
 * that included a removed dict-id component, and that still have outputs in the new layout. As
 * for an inserted chunk, a callback whose outputs all lay inside the removed subtree is left out:
 * its outputs left with it (Dash's getUnfilteredLayoutCallbacks applies the chunk test to both).
 * @param {LayoutIndex} oldIndex the index before the removal
 * @param {LayoutIndex} newIndex the index after it
 * @param {Array} oldChunk the removed subtree
 * @param {Array} chunkPath where it was
 * @returns {Array<Object>} requests, queued by the renderer as one execution group (I-6)
 */
export function finalCallRequests(callbacks, oldIndex, newIndex, oldChunk, chunkPath) {
  const found = new Map();
  walkComponents(oldChunk, chunkPath, (path, component) => {
    const id = component.props.id;
    if (id === null || typeof id !== "object") {
      return;
    }
    for (const property of new Set(dependenciesOn(callbacks, id, null, "inputs").map((d) => d.dependency.property))) {
      for (const request of callbacksTriggeredBy(callbacks, oldIndex, id, property, INDIRECT)) {
        const included = request.callback.inputs.some(
          (input) => isMultiValued(input) && resolve(input, oldIndex, request.matchValues).some((other) => stringifyId(other) === stringifyId(id))
        );
        if (included && !allOutputsWithin(request, oldIndex, chunkPath) && outputPropIds(request, newIndex).length) {
          request.initialCall = true;
          request.changedPropIds = {};
          addRequest(found, request);
        }
      }
    }
  });
  return excludeMissingInputs([...found.values()], oldIndex);
}
