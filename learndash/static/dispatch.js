/**
 * Building and running one request (rule C-6): read its arguments from the layout, then POST to
 * /_dash-update-component (rule W-6) or call the clientside function (rule C-10).
 *
 * A result is one of {skipped: true} (all inputs missing, rule I-3), {data: {updates, sideUpdate}}
 * (200 or 204) or {error: {title, message, traceback}}.
 */
import { isMultiValued } from "./patterns.js";
import { cleanPropertyName, propId, readErrorBody, readUpdateResponse, stringifyId, updateComponentBody, valuesByPropId } from "./protocol.js";
import { resolveDependency } from "./callback_graph.js";
import { getAt } from "./layout.js";
import { answerClientside } from "./clientside.js";

/** A resolved dependency whose ids can't be turned into values (rules I-3, V-6). */
class ReferenceProblem extends Error {}

function specOf(id, property, layout, index, withValue) {
  const spec = { id, property };
  if (withValue) {
    const value = getAt(layout, index.pathOf(stringifyId(id))).props[property];
    if (value !== undefined) {
      spec.value = value;
    }
  }
  return spec;
}

function missingMessage(role, dependency, index) {
  const ids = [...index.paths.keys()].filter((idString) => !idString.startsWith("{"));
  return (
    `A nonexistent object was used in an \`${role}\` of a Dash callback. ` +
    `The id of this object is \`${stringifyId(dependency.id)}\` and the property is \`${dependency.property}\`. ` +
    `The string ids in the current layout are: [${ids.join(", ")}]`
  );
}

/**
 * Resolve the dependencies of one role into request specs (rule C-6 steps 1, 3, 4).
 * @returns {{specs: Array, missing: string[], emptyMulti: number}}
 */
function resolveRole(dependencies, role, request, layout, index) {
  const specs = [];
  const missing = [];
  let emptyMulti = 0;
  for (const dependency of dependencies) {
    const ids = resolveDependency(dependency, index, request.matchValues);
    const withValue = role !== "Output";
    if (isMultiValued(dependency) || (role === "Output" && hasAll(dependency))) {
      specs.push(ids.map((id) => specOf(id, dependency.property, layout, index, withValue)));
      emptyMulti += ids.length ? 0 : 1;
    } else if (ids.length === 1) {
      specs.push(specOf(ids[0], dependency.property, layout, index, withValue));
    } else if (ids.length > 1 && !hasUnboundMatch(dependency, request.matchValues)) {
      throw new ReferenceProblem(
        `Multiple objects were found for an \`${role}\` of a callback that only takes one value. ` +
          `The id spec is ${stringifyId(dependency.id)} and the property is \`${dependency.property}\`.`
      );
    } else if (dependency.allowOptional) {
      specs.push({ id: dependency.id, property: dependency.property, value: null });
    } else {
      missing.push(missingMessage(role, dependency, index));
      specs.push(null);
    }
  }
  return { specs, missing, emptyMulti };
}

/**
 * A MATCH key with no value bound names no single component: at load, a MATCH Input whose Outputs
 * have no MATCH (Dash 4.2) has no instance yet, so it counts as missing, as in Dash (rule P-4).
 */
function hasUnboundMatch(dependency, matchValues) {
  if (typeof dependency.id !== "object") {
    return false;
  }
  return Object.entries(dependency.id).some(([key, value]) => Array.isArray(value) && value[0] === "MATCH" && !(key in matchValues));
}

function hasAll(dependency) {
  return typeof dependency.id === "object" && Object.values(dependency.id).some((value) => Array.isArray(value) && value[0] === "ALL");
}

/**
 * The request body of a request, built from the current layout (rule W-6), or null when the
 * callback must be skipped silently (rule I-3). Throws ReferenceProblem for partly missing inputs.
 * @returns {Object|null}
 */
export function buildBody(request, layout, index) {
  const callback = request.callback;
  const inputs = resolveRole(callback.inputs, "Input", request, layout, index);
  if (inputs.missing.length) {
    if (inputs.missing.length + inputs.emptyMulti === callback.inputs.length) {
      return null;
    }
    throw new ReferenceProblem(inputs.missing[0]);
  }
  const outputs = resolveRole(callback.outputs, "Output", request, layout, index);
  if (outputs.missing.length) {
    const anyInput = inputs.specs.flat().length > 0;
    if (!anyInput) {
      return null;
    }
    throw new ReferenceProblem(outputs.missing[0]);
  }
  const state = resolveRole(callback.state, "State", request, layout, index);
  if (state.missing.length) {
    throw new ReferenceProblem(state.missing[0]);
  }
  const outputSpecs = callback.outputs.map((output, position) => {
    const spec = outputs.specs[position];
    // The wire keeps any "@hash" suffix of an allow_duplicate output (rule W-6).
    if (Array.isArray(spec)) {
      return spec.map((each) => ({ id: each.id, property: output.wireProperty }));
    }
    return { id: spec.id, property: output.wireProperty };
  });
  let wireOutputs = null;
  if (!callback.noOutput) {
    wireOutputs = callback.multiOutput ? outputSpecs : outputSpecs[0];
  }
  return updateComponentBody({
    output: callback.output,
    outputs: wireOutputs,
    inputs: inputs.specs,
    state: state.specs,
    changedPropIds: Object.keys(request.changedPropIds),
  });
}

/**
 * "Callback error updating a.children, b.value": the dev-tools title of a failed callback, as Dash words it (rule W-8); mirrors `error_title`
 * in learndash/testing/harness.py.
 */
export function errorTitle(request, body) {
  if (request.callback.noOutput) {
    return "Callback error with no output from input " + Object.keys(request.changedPropIds).join(", ");
  }
  const outputs = body
    ? [body.outputs].flat(2).map((spec) => propId(spec.id, cleanPropertyName(spec.property)))
    : [request.callback.output];
  return "Callback error updating " + outputs.join(", ");
}

/**
 * The trace entry of a request as it is sent (rule W-6): the same JSON as `CallRecord.to_json()`
 * in learndash/dispatch.py. `names` is the config's callback_names (function names by output id).
 * @returns {{callback, inputs, states, triggered, outputs, status, initial}}
 */
export function callRecord(request, body, names) {
  return {
    callback: (names || {})[request.callback.output] || request.callback.output,
    inputs: valuesByPropId(body.inputs),
    states: valuesByPropId(body.state || []),
    triggered: Object.keys(request.changedPropIds),
    outputs: {},
    status: "ok",
    initial: request.initialCall,
  };
}

/** Note on a trace entry how its request ended: status, and the props it wrote (rules W-7, W-8). */
export function readAnswerInto(record, result) {
  if (result.error) {
    record.status = "error";
    return;
  }
  record.status = result.prevented ? "prevented" : "ok";
  for (const [idString, props] of Object.entries(result.data.updates)) {
    for (const [prop, value] of Object.entries(props)) {
      record.outputs[`${idString}.${prop}`] = value;
    }
  }
}

async function postUpdate(body, config) {
  const response = await fetch(config.requests_pathname_prefix + "_dash-update-component", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status === 200 || response.status === 204) {
    const parsed = response.status === 204 || !text ? null : JSON.parse(text);
    const single = body.outputs && !Array.isArray(body.outputs) ? stringifyId(body.outputs.id) : null;
    return { data: readUpdateResponse(response.status, parsed, single), prevented: response.status === 204 };
  }
  return { error: readErrorBody(text) };
}

/**
 * Run one request: build its body from the layout, then POST it or call its clientside function.
 * `onSend` runs just before the POST leaves (the page shows running= values then, rule C-2 item 3).
 * @param {Object} request
 * @param {{layout: *, index: LayoutIndex, config: Object, onSend: function(): void, onRecord: Function}} context
 *   onRecord gets the trace entry as the request leaves; it is completed when the answer arrives
 * @returns {Promise<Object>} the result
 */
export async function executeRequest(request, { layout, index, config, onSend, onRecord }) {
  let body;
  try {
    body = buildBody(request, layout, index);
  } catch (problem) {
    if (!(problem instanceof ReferenceProblem)) {
      throw problem;
    }
    return { error: { title: "ReferenceError", message: problem.message, traceback: "" } };
  }
  if (body === null) {
    return { skipped: true };
  }
  const record = callRecord(request, body, config.callback_names);
  if (onRecord) {
    onRecord(record);
  }
  let result;
  try {
    if (!request.callback.clientsideFunction) {
      onSend(); // Dash shows running= values for server callbacks only
    }
    result = request.callback.clientsideFunction ? await runClientside(request, body) : await postUpdate(body, config);
    if (result.error) {
      result.error.title = errorTitle(request, body);
    }
  } catch (failure) {
    result = { error: { title: errorTitle(request, body), message: String(failure), traceback: "" } };
  }
  readAnswerInto(record, result);
  result.record = record;
  return result;
}

/**
 * Rule C-10: run the clientside function in this page. It answers like the server, so its
 * answer is read the same way: updates, PreventUpdate (204) or an error.
 */
async function runClientside(request, body) {
  const [status, answer] = await answerClientside(window.dash_clientside, request.callback.clientsideFunction, body);
  if (status === 200 || status === 204) {
    return { data: readUpdateResponse(status, answer, null), prevented: status === 204 };
  }
  return { error: readErrorBody(JSON.stringify(answer)) };
}
