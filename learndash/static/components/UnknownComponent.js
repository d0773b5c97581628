/**
 * What the page shows for a component it does not know: a visible error box in its place, and
 * the same message in the error overlay, never a tag named by the data. A layout (or a callback's
 * return value) can hold any dict; only registered html.* and dcc.* types mount (registry.js).
 */

/**
 * The teaching message for an unknown component object.
 * @param {Object} component
 * @returns {string}
 */
export function unknownComponentMessage(component) {
  const name = `${String(component.namespace)}.${String(component.type)}`.slice(0, 120);
  const id = component.props.id !== undefined ? ` (id ${JSON.stringify(component.props.id)})` : "";
  return (
    `The layout holds a component of type ${JSON.stringify(name)}${id}, which learndash cannot render, ` +
    "so this box stands in its place. Only html.* elements and learndash's dcc components mount; a " +
    'component written as a dict needs one of their types, e.g. {"type": "Div", "namespace": ' +
    '"dash_html_components", "props": {"children": "text"}}.'
  );
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component
 * @returns {{element: HTMLElement, update: function(): void}}
 */
export function mount(props, api, component) {
  const message = unknownComponentMessage(component);
  const element = document.createElement("div");
  element.className = "learndash-unknown-component";
  element.setAttribute("role", "alert");
  element.style.cssText = "border: 2px dashed #c62828; color: #c62828; padding: 4px 8px; font-family: monospace;";
  element.textContent = message;
  api.renderer.overlay.add({ title: "Unknown component type", message });
  return { element, update() {} };
}
