/**
 * dcc.Input (rule K-2): value on every keystroke, or on Enter / blur with debounce=True, or after
 * `debounce` seconds of quiet; n_submit on Enter, n_blur on blur. type="number" writes numbers,
 * and what the browser finds invalid (empty, unparsable, outside min / max, off `step`) writes
 * null (NaN in Dash, which reaches Python as None), but only when the number really changes.
 *
 * Drawn as Dash 4 draws it: a full-width box (className and style) holding the text field (the
 * id), and for type="number" a − and a + button that step the value at once, within min / max.
 */
import { applyAttributes, applyStyle, make } from "./dom.js";
import { stringifyId } from "../protocol.js";

const PASSED_THROUGH = ["placeholder", "disabled", "readOnly", "min", "max", "step", "maxLength", "minLength", "pattern", "required", "autoComplete", "name", "list", "size"];

/** A value as Dash compares numbers: a number, or text that is one, else NaN ("5" -> 5, null -> NaN). */
function asNumber(value) {
  if (typeof value === "number") {
    return value;
  }
  return typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
}

/**
 * The edit that committing the box makes, as Dash makes it: a number box writes its number (null
 * when the browser's own check fails, e.g. 12 with max=10) only when it differs from `value`, NaN
 * counting as equal to NaN, so typing "-" into an empty box writes nothing; a text box writes its
 * text, except that an empty box leaves a value that was never set unset.
 * Example: value 5, the box shows "5.0" -> {}; value 5, the box shows "50", max 10 -> {value: null}.
 */
function valueEdit(box, props) {
  if (props.type !== "number") {
    return box.value === "" && props.value === undefined ? {} : { value: box.value };
  }
  const typed = boxNumber(box);
  return sameNumber(typed, asNumber(props.value)) ? {} : { value: Number.isNaN(typed) ? null : typed };
}

/** The number a number box holds as Dash reads it: NaN when the browser finds the box invalid. */
function boxNumber(box) {
  return box.checkValidity() ? asNumber(box.value) : NaN;
}

/** Equal numbers, NaN being equal to NaN (both mean "no valid number"). */
function sameNumber(a, b) {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * The number a stepper button leads to: one `step` (default 1) up or down from what the box
 * shows, kept within min / max and rounded to the step's decimals.
 * Example: shown "0.3", step 0.1, direction +1 -> 0.4 (not 0.30000000000000004).
 */
export function steppedValue(shown, props, direction) {
  const step = parseFloat(props.step) || 1;
  let value = (parseFloat(shown) || 0) + direction * step;
  if (props.min !== null && props.min !== undefined && props.min !== "") {
    value = Math.max(value, parseFloat(props.min));
  }
  if (props.max !== null && props.max !== undefined && props.max !== "") {
    value = Math.min(value, parseFloat(props.max));
  }
  const decimals = (String(step).split(".")[1] || "").length;
  return parseFloat(value.toFixed(decimals));
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("div");
  const box = make("input", { className: "learndash-input-box" });
  const down = make("button", { type: "button", className: "learndash-stepper learndash-stepper-down", textContent: "\u2212" });
  const up = make("button", { type: "button", className: "learndash-stepper learndash-stepper-up", textContent: "+" });
  down.setAttribute("aria-label", "Decrease value");
  up.setAttribute("aria-label", "Increase value");
  element.append(box, down, up);
  let timer = null;

  function commitValue(extra = {}) {
    clearTimeout(timer);
    api.setProps({ ...valueEdit(box, component.props), ...extra });
  }

  function update(next) {
    const type = next.type || "text";
    element.className = ["learndash-input", type === "hidden" ? "learndash-input-hidden" : "", next.className].filter(Boolean).join(" ");
    applyStyle(element, next.style);
    if (next.id !== undefined && next.id !== null) {
      box.id = stringifyId(next.id);
    }
    box.type = type;
    // Without a step the browser would find 1.5 off its default step of 1; Dash sets "any".
    applyAttributes(box, PASSED_THROUGH, { ...next, step: next.step === undefined ? "any" : next.step });
    const shown = next.value === undefined || next.value === null ? "" : String(next.value);
    // Rewriting an equal value would move the caret while the user types; a number box that
    // holds an invalid number (written as null) keeps it, as Dash's does.
    const showsValue = type === "number" ? sameNumber(boxNumber(box), asNumber(next.value)) : box.value === shown;
    if (!showsValue) {
      box.value = shown;
    }
    const number = parseFloat(box.value) || 0;
    down.hidden = up.hidden = type !== "number";
    down.disabled = Boolean(next.disabled) || (next.min != null && number <= Number(next.min));
    up.disabled = Boolean(next.disabled) || (next.max != null && number >= Number(next.max));
  }

  for (const [button, direction] of [[down, -1], [up, 1]]) {
    button.addEventListener("click", () => {
      box.value = String(steppedValue(box.value, component.props, direction));
      commitValue();
    });
  }

  box.addEventListener("input", () => {
    const debounce = component.props.debounce;
    if (debounce === true) {
      return;
    }
    if (typeof debounce === "number" && debounce > 0) {
      clearTimeout(timer);
      timer = setTimeout(() => commitValue(), debounce * 1000);
      return;
    }
    commitValue();
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const live = component.props;
      const submit = { n_submit: (live.n_submit || 0) + 1, n_submit_timestamp: Date.now() };
      if (live.debounce === true) {
        commitValue(submit);
      } else {
        api.setProps(submit);
      }
    }
  });
  box.addEventListener("blur", () => {
    const live = component.props;
    const blur = { n_blur: (live.n_blur || 0) + 1, n_blur_timestamp: Date.now() };
    if (live.debounce === true) {
      commitValue(blur);
    } else {
      api.setProps(blur);
    }
  });
  update(props);
  return { element, update, unmount: () => clearTimeout(timer) };
}
