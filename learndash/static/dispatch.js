/**
 * Building and running one request (rule C-6): read its arguments from the layout, then POST to
 * /_dash-update-component (rule W-6) or call the clientside function (rule C-10).
 *
 * A result is one of {skipped: true} (all inputs missing, rule I-3), {data: {updates, sideUpdate}}
 * (200 or 204) or {error: {title, message, traceback}}.
 */
import { isMultiValued, resolve } from "./patterns.js";
import { readErrorBody, readUpdateResponse, stringifyId, updateComponentBody, valuesByPropId } from "./protocol.js";
import { getAt } from "./layout.js";
import { missingObjectError } from "./page_errors.js";
import { answerClientside } from "./clientside.js";
import { showsRunning } from "./running.js";

/** A request needs a component that is not on the page (rules I-3, V-6). */
export class ReferenceProblem extends Error {
  constructor(dependency, role) {
    super(`${role} ${stringifyId(dependency.id)}.${dependency.property} is not on the page`);
    this.dependency = dependency;
    this.role = role;
  }
}

/** {id, property}, plus the value of prop `read` when the layout has one (rule W-6, W-9). */
export function specOf(id, property, layout, index, read) {
  const spec = { id, property };
  if (read !== null) {
    const value = getAt(layout, index.pathOf(stringifyId(id))).props[read];
    if (value !== undefined) {
      spec.value = value;
    }
  }
  return spec;
}

/**
 * {entries, missing, emptyMulti} for one role: an entry is one spec, or a list of specs for a
 * multi-valued dependency (rule C-6 steps 1, 3, 4).
 */
export function resolveRole(dependencies, wireProperties, request, layout, index, withValue) {
  const entries = [];
  const missing = [];
  let emptyMulti = 0;
  dependencies.forEach((dependency, position) => {
    const read = withValue ? dependency.property : null;
    const specs = resolve(dependency, index, request.matchValues).map((id) =>
      specOf(id, wireProperties[position], layout, index, read)
    );
    if (isMultiValued(dependency)) {
      entries.push(specs);
      emptyMulti += specs.length ? 0 : 1;
    } else if (specs.length === 1) {
      entries.push(specs[0]);
    } else if (dependency.allowOptional) {
      entries.push({ id: dependency.id, property: wireProperties[position], value: null });
    } else {
      // Several matches only happen for a MATCH key with no value bound (a MATCH Input of a
      // callback whose Outputs have no MATCH, at load): it names no single component, so it is
      // missing, as in Dash (rule P-4).
      missing.push(dependency);
      entries.push(null);
    }
  });
  return { entries, missing, emptyMulti };
}

/**
 * The POST body from the current layout (rule C-6), or null when the callback is skipped
 * silently (I-3); throws ReferenceProblem for a component that should be there but is not.
 * @returns {Object|null}
 */
export function buildBody(request, layout, index) {
  const callback = request.callback;
  const propertiesOf = (dependencies) => dependencies.map((dependency) => dependency.property);
  const inputs = resolveRole(callback.inputs, propertiesOf(callback.inputs), request, layout, index, true);
  if (inputs.missing.length) {
    if (inputs.missing.length + inputs.emptyMulti === callback.inputs.length) {
      return null; // every input is missing: skipped like PreventUpdate (I-3, C-6.2)
    }
    throw new ReferenceProblem(inputs.missing[0], "Input");
  }
  const wireOutputs = callback.outputs.map((output) => output.wireProperty);
  const outputs = resolveRole(callback.outputs, wireOutputs, request, layout, index, false);
  if (outputs.missing.length) {
    if (inputs.entries.some(hasValue)) {
      throw new ReferenceProblem(outputs.missing[0], "Output");
    }
    return null; // with no input value either, it is skipped silently (C-6 step 3)
  }
  const state = resolveRole(callback.state, propertiesOf(callback.state), request, layout, index, true);
  if (state.missing.length) {
    throw new ReferenceProblem(state.missing[0], "State");
  }
  let bodyOutputs = null;
  if (!callback.noOutput) {
    // a no-output callback sends no `outputs` key (W-6)
    bodyOutputs = callback.multiOutput ? outputs.entries : outputs.entries[0];
  }
  return updateComponentBody({
    output: callback.output,
    outputs: bodyOutputs,
    inputs: inputs.entries,
    state: state.entries,
    changedPropIds: Object.keys(request.changedPropIds),
  });
}

/**
 * The dev-tools title of a failed callback, as Dash's renderer words it (rule W-8): the
 * callback's own output string, patterns and multi-output dots included ("Callback error
 * updating ..a.children...b.children..", '{"index":["MATCH"],"type":"out"}.children'), since
 * the renderer drops the request it sent once a request fails; mirrors `error_title` in
 * learndash/dispatch.py.
 */
export function errorTitle(request) {
  if (request.callback.noOutput) {
    return "Callback error with no output from input " + Object.keys(request.changedPropIds).join(", ");
  }
  return "Callback error updating " + request.callback.output;
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

/**
 * Note on a trace entry how its request ended: status, and the props it wrote (rules W-7, W-8),
 * as they arrived (`asAnswered`).
 */
export function readAnswerInto(record, result) {
  if (result.error) {
    record.status = "error";
    return;
  }
  record.status = result.prevented ? "prevented" : "ok";
  for (const [idString, props] of Object.entries(result.data.updates)) {
    for (const [prop, value] of Object.entries(props)) {
      record.outputs[`${idString}.${prop}`] = asAnswered(prop, value);
    }
  }
}

/**
 * A written value as the call record keeps it: `children` that hold components copied, since the
 * page goes on to edit the components it wrote, and the trace must show the answer as it arrived;
 * a text or number, and other props' values, are never edited in place (a Patch builds a new
 * value), so they are shared. Mirrors `as_answered`.
 */
export function asAnswered(prop, value) {
  return prop === "children" && value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
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
 * C-6: a request's POST body from the layout, or its answer when it cannot be sent: the error of
 * an id missing from the page, or skipped (null body: the callback does not run).
 * @param {Object} request
 * @param {*} layout
 * @param {LayoutIndex} index
 * @returns {{body: Object}|{result: Object}}
 */
export function prepareBody(request, layout, index) {
  let body;
  try {
    body = buildBody(request, layout, index);
  } catch (problem) {
    if (!(problem instanceof ReferenceProblem)) {
      throw problem;
    }
    const { dependency, role } = problem;
    const ids = [...index.paths.keys()].sort();
    return { result: { error: { ...missingObjectError(request.callback.name, role, stringifyId(dependency.id), dependency.property, ids), traceback: "" } } };
  }
  return body === null ? { result: { skipped: true } } : { body };
}

/**
 * Run one request whose body was prepared (`prepareBody`): POST it or call its clientside function.
 * `onSend` runs just before the POST of a request with running= values leaves (the page shows them
 * then, rule C-2 item 3).
 * @param {Object} request
 * @param {{body: Object}|{result: Object}} prepared
 * @param {{config: Object, onSend: function(): void, onRecord: Function}} context
 *   onRecord gets the trace entry as the request leaves; it is completed when the answer arrives
 * @returns {Promise<Object>} the result
 */
export async function executeRequest(request, prepared, { config, onSend, onRecord }) {
  if (prepared.result) {
    return prepared.result;
  }
  const { body } = prepared;
  const record = callRecord(request, body, config.callback_names);
  if (onRecord) {
    onRecord(record);
  }
  let result;
  try {
    if (showsRunning(request)) {
      onSend();
    }
    result = request.callback.clientsideFunction ? await runClientside(request, body) : await postUpdate(body, config);
    if (result.error) {
      result.error.title = errorTitle(request);
    }
  } catch (failure) {
    result = { error: { title: errorTitle(request), message: String(failure), traceback: "" } };
  }
  readAnswerInto(record, result);
  result.record = record;
  return result;
}

function hasValue(entry) {
  if (Array.isArray(entry)) {
    return entry.length > 0;
  }
  return entry !== null && "value" in entry;
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
