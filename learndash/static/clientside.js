/**
 * Running one clientside callback (rule C-10): call `dash_clientside[namespace][function_name]`
 * with the request's input then state values, and answer the way the server answers a request
 * (rule W-7), so the rest of the page cannot tell where the callback ran.
 *
 * This one module runs in both places a clientside function can run: in the page (dispatch.js
 * imports it) and in the headless harness, whose V8 engine (clientside_engine.py) loads it as a
 * plain script. So it imports nothing but protocol.js, which the engine loads first.
 */
import { stringifyId, valuesByPropId } from "./protocol.js";

/** `dash_clientside.no_update` and `PreventUpdate`: markers compared by identity, as in Dash. */
export function installClientsideMarkers(dc) {
  dc.no_update = dc.no_update || { description: "Return to prevent updating an Output." };
  dc.PreventUpdate = dc.PreventUpdate || { description: "Throw to prevent updating all Outputs." };
  return dc;
}

/**
 * The id part of the first changed prop id: a string, or the parsed dict id (rule X-1); undefined
 * when nothing changed (the initial call), as Dash leaves it, so `ctx.triggered_id === undefined`
 * and JSON.stringify(ctx) read the same as on Dash's page.
 */
export function triggeredIdOf(changedPropIds) {
  if (!changedPropIds.length) {
    return undefined;
  }
  const first = changedPropIds[0];
  const idPart = first.slice(0, first.lastIndexOf("."));
  return idPart.startsWith("{") ? JSON.parse(idPart) : idPart;
}

/** `dash_clientside.callback_context` for one call: what Dash's renderer sets (rules ). */
export function clientsideContext(body) {
  const inputs = valuesByPropId(body.inputs);
  return {
    triggered: body.changedPropIds.map((changed) => ({ prop_id: changed, value: inputs[changed] })),
    triggered_id: triggeredIdOf(body.changedPropIds),
    inputs_list: body.inputs,
    inputs,
    states_list: body.state || [],
    states: valuesByPropId(body.state),
    outputs_list: body.outputs,
  };
}

/**
 * Outputs paired with returned values as Dash pairs them (ramda's zip): as many pairs as the
 * shorter of the two has items, so a text gives one character to each output. A value with no
 * length (a number: `return a, b;` is b alone) throws a RangeError and null a TypeError, which
 * make the call a callback error, as in Dash (C-10).
 * @param {Array} outputs
 * @param {*} values
 * @returns {Array<Array>} [output, value] pairs
 */
export function zipLikeDash(outputs, values) {
  const pairs = new Array(Math.min(outputs.length, values.length)); // NaN throws "Invalid array length"
  for (let index = 0; index < pairs.length; index += 1) {
    pairs[index] = [outputs[index], values[index]];
  }
  return pairs;
}

/** A lone `no_update` for several outputs stands for a list of them, as in Dash (O-2). */
function noUpdateAlone(dc, value) {
  return value === dc.no_update ? [value] : value;
}

/** `{idString: {prop: value}}` of what the function returned; `no_update` leaves a prop out (O-4). */
export function clientsideResponse(dc, body, returned) {
  const response = {};
  if (body.outputs === undefined || body.outputs === null) {
    return response; // a no-output callback writes nothing (W-6)
  }
  const pairs = Array.isArray(body.outputs) ? zipLikeDash(body.outputs, noUpdateAlone(dc, returned)) : [[body.outputs, returned]];
  for (const [spec, value] of pairs) {
    const items = Array.isArray(spec) ? zipLikeDash(spec, noUpdateAlone(dc, value)) : [[spec, value]];
    for (const [each, itemValue] of items) {
      const key = stringifyId(each.id);
      response[key] = response[key] || {};
      if (itemValue !== dc.no_update) {
        response[key][each.property.split("@")[0]] = itemValue;
      }
    }
  }
  return response;
}

/**
 * Call the clientside function for one request body and answer like the server (rule W-7):
 * [200, {multi: true, response}], [204, null] for PreventUpdate, or [500, {error}] when the
 * function is missing or throws. A returned Promise is awaited (an async function).
 * @param {Object} dc window.dash_clientside
 * @param {{namespace: string, function_name: string}} reference
 * @param {Object} body the /_dash-update-component body the request would have sent (rule W-6)
 * @returns {Promise<Array>} [status, answer]
 */
export async function answerClientside(dc, reference, body) {
  const { namespace, function_name: name } = reference;
  const functions = dc[namespace];
  if (!functions || typeof functions[name] !== "function") {
    const message =
      `dash_clientside.${namespace}.${name} is not a function. A ClientsideFunction("${namespace}", "${name}") ` +
      `needs a script in the app's assets/ folder that defines window.dash_clientside.${namespace}.${name}.`;
    return [500, { error: { type: "ReferenceError", message } }];
  }
  const args = [...body.inputs, ...(body.state || [])].map((spec) => (Array.isArray(spec) ? spec.map((each) => each.value) : spec.value));
  dc.callback_context = clientsideContext(body);
  let response;
  try {
    const returned = functions[name](...args);
    delete dc.callback_context; // Dash's context lives until the function returns, not across awaits
    response = clientsideResponse(dc, body, await returned);
  } catch (thrown) {
    delete dc.callback_context;
    if (thrown === dc.PreventUpdate) {
      return [204, null];
    }
    return [500, { error: thrownError(thrown) }];
  }
  return [200, { multi: true, response }];
}

/**
 * The error body for whatever a clientside function threw: an Error's name and message, or any
 * other value as text (`throw "oops"`). A value with no text form (`Object.create(null)`, an
 * object whose toString throws) is named by its kind, so the call still ends as this callback's
 * error, with the same text in the page and in the headless harness's V8.
 */
export function thrownError(thrown) {
  try {
    const message = thrown && thrown.message !== undefined ? thrown.message : thrown;
    const name = thrown && typeof thrown.name === "string" && thrown.name ? thrown.name : "Error";
    return { type: name, message: typeof message === "string" ? message : String(message) };
  } catch (failure) {
    return { type: "Error", message: `a thrown ${typeof thrown} with no text form (its toString failed or is missing)` };
  }
}
