/**
 * The errors the page itself finds while it runs, worded once (rules V-6, C-2 item 3).
 * Mirrors learndash/page_errors.py word for word, so the overlay and the headless harness show
 * the same text. A page error is {title, message}.
 */
import { didYouMean } from "./suggest.js";

/**
 * ['a', 'b']: names in quotes, as the messages list them.
 * @param {string[]} names
 * @returns {string}
 */
export function quotedList(names) {
  return "[" + names.map((name) => `'${name}'`).join(", ") + "]";
}

/**
 * 'A nonexistent object was used in an Input…', in learndash's teaching form (V-6).
 * @returns {string}
 */
export function missingObjectMessage(callbackName, role, idString, property, idsOnPage) {
  const hint = didYouMean(idString, idsOnPage);
  return (
    `${callbackName}() uses ${role}('${idString}', '${property}'), but no component with id '${idString}' is on the ` +
    `page right now, so the callback did not run. ${hint ? hint + " " : ""}The ids on the page are: ` +
    `${quotedList(idsOnPage)}. If the component only appears later (another tab or page, or a ` +
    "callback creates it), make sure every Input of this callback appears together, or use a " +
    "pattern-matching id with ALL, which accepts zero components."
  );
}

/** The page error of a callback that needs a component that is not there (V-6). */
export function missingObjectError(callbackName, role, idString, property, idsOnPage) {
  return {
    title: `A nonexistent object was used in an \`${role}\` of a Dash callback`,
    message: missingObjectMessage(callbackName, role, idString, property, idsOnPage),
  };
}

/** A callback's set_props named an id that is not on the page (rule C-2 item 3). */
export function setPropsTargetMessage(callbackName, idString, idsOnPage) {
  const hint = didYouMean(idString, idsOnPage);
  return (
    `${callbackName}() called set_props('${idString}', ...), but no component with that id is on the page, ` +
    `so nothing was changed. ${hint ? hint + " " : ""}The ids on the page are: ` +
    `${quotedList(idsOnPage)}. Its own outputs were still updated.`
  );
}

/** The page error of a set_props aimed at a missing id (C-2 item 3). */
export function setPropsTargetMissing(callbackName, idString, idsOnPage) {
  return { title: "ID running component not found in layout", message: setPropsTargetMessage(callbackName, idString, idsOnPage) };
}
