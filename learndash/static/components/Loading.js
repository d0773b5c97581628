/**
 * dcc.Loading (rule K-10): shows a spinner over its children while any of them is an output of
 * an in-flight callback. The children stay mounted the whole time.
 */
import { applyCommon, make } from "./dom.js";

/**
 * @param {Object} props
 * @param {Object} api
 */
export function mount(props, api) {
  const element = document.createElement("div");
  const content = make("div", { className: "learndash-loading-content" });
  const spinner = make("div", { className: "learndash-spinner", hidden: true });
  spinner.setAttribute("aria-label", "loading");
  element.append(content, spinner);
  let showTimer = null;

  function refresh() {
    const loading = api.isLoadingWithin(content);
    if (loading && spinner.hidden && showTimer === null) {
      showTimer = setTimeout(() => {
        showTimer = null;
        spinner.hidden = !api.isLoadingWithin(content);
        element.dataset.loading = String(!spinner.hidden);
      }, props.delay_show || 0);
    } else if (!loading) {
      clearTimeout(showTimer);
      showTimer = null;
      spinner.hidden = true;
      element.dataset.loading = "false";
    }
  }

  function update(next, changed) {
    applyCommon(element, next, "learndash-loading");
    spinner.className = "learndash-spinner learndash-spinner-" + (next.type || "default");
    if (changed.includes("children")) {
      content.replaceChildren(api.renderChildren(next.children));
    }
  }

  update(props, ["children"]);
  const stopWatching = api.watchLoading(refresh);
  return { element, update, unmount: stopWatching };
}
