/**
 * `running=`: what a callback's running Outputs show while its request is in flight (rule C-2 item 3).
 * Twin of learndash/running.py (which shows the wire form): the page writes `running` as side
 * updates just before it sends the request, and `runningOff` when the answer arrives.
 */
import { resolve } from "./patterns.js";
import { parseId, splitPropId, stringifyId } from "./protocol.js";

/**
 * Whether the page writes the request's running= values: Dash does for server callbacks only, so a
 * clientside callback's running= is ignored, its "off" values too. Twin of shows_running.
 * @param {Object} request
 * @returns {boolean}
 */
export function showsRunning(request) {
  return !request.callback.clientsideFunction && Object.keys(request.callback.running || {}).length > 0;
}

/**
 * {"save.disabled": true} as side updates {"save": {"disabled": true}}, with patterns resolved for
 * `request` (MATCH: its own component, ALL: every match). A string id stays even when it is not on
 * the page, so the page can say so.
 * @param {Object} values prop id -> value
 * @param {Object} request
 * @param {LayoutIndex} index
 * @returns {Object} id string -> props
 */
export function runningUpdates(values, request, index) {
  const updates = {};
  for (const [propIdString, value] of Object.entries(values)) {
    const { idString, property } = splitPropId(propIdString);
    const id = parseId(idString);
    const targets = typeof id === "object" ? resolve({ id, property }, index, request.matchValues) : [id];
    for (const target of targets) {
      const key = stringifyId(target);
      updates[key] = { ...(updates[key] || {}), [property]: value };
    }
  }
  return updates;
}
