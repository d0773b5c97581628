/**
 * dcc.Link (rule K-14): an <a> that, unless refresh=True, pushes a history entry instead of
 * loading a page, and tells every dcc.Location about it.
 */
import { applyCommon, safeUrl } from "./dom.js";
import { PUSHSTATE_EVENT } from "./Location.js";

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createElement("a");

  function update(next, changed) {
    applyCommon(element, next);
    element.href = safeUrl(next.href ?? "", "href of dcc.Link");
    if (next.target) {
      element.target = next.target;
    }
    if (next.title) {
      element.title = next.title;
    }
    if (changed.includes("children")) {
      element.replaceChildren(api.renderChildren(next.children));
    }
  }

  element.addEventListener("click", (event) => {
    const live = component.props;
    const elsewhere = live.target !== undefined && live.target !== null && live.target !== "_self";
    if (live.refresh || elsewhere || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    const target = new URL(element.href);
    if (target.origin !== window.location.origin) {
      if (target.href === "about:blank") {
        event.preventDefault(); // a blocked script URL (dom.js safeUrl) goes nowhere
      }
      return; // another site: history only takes this origin's URLs, so the browser follows it
    }
    event.preventDefault();
    if (target.href !== window.location.href) {
      window.history.pushState({}, "", element.href);
      window.scrollTo(0, 0);
      window.dispatchEvent(new CustomEvent(PUSHSTATE_EVENT));
    }
  });
  update(props, ["children"]);
  return { element, update };
}
