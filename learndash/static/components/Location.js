/**
 * dcc.Location (rule K-8). On mount it writes the unset ones of pathname / search / hash / href
 * from window.location, in one setProps (rule I-9), so callbacks see "/" rather than None.
 * Back / forward (popstate) and dcc.Link clicks write the props that changed. When a callback
 * writes a URL prop: refresh=True navigates with a full page load, False pushes a history entry,
 * "callback-nav" pushes and then tells every Location, like a Link click.
 *
 * A URL that would run script (javascript:, a data: page, ...) is never navigated to, whichever
 * prop carried it: the page stays where it is and the error overlay says why (Dash would run it).
 */
import { isScriptUrl } from "./dom.js";

/** The event a dcc.Link fires after pushing a history entry. */
export const PUSHSTATE_EVENT = "_dashprivate_pushstate";

const URL_PROPS = ["pathname", "search", "hash", "href"];

function currentUrl() {
  const { pathname, search, hash, href } = window.location;
  return { pathname, search, hash, href };
}

/** The URL a callback asked for, built from the prop it wrote. */
function targetOf(props, changed) {
  if (changed.includes("href") && props.href) {
    return new URL(props.href, window.location.href);
  }
  const target = new URL(window.location.href);
  if (changed.includes("pathname")) {
    target.pathname = props.pathname ?? "/";
  }
  if (changed.includes("search")) {
    target.search = props.search ?? "";
  }
  if (changed.includes("hash")) {
    target.hash = props.hash ?? "";
  }
  return target;
}

function blockedMessage(props, written, target) {
  const name = written.includes("href") ? "href" : written[0];
  return (
    `A callback set dcc.Location ${JSON.stringify(props.id)}'s ${name} to ${JSON.stringify(String(props[name]).slice(0, 80))}, ` +
    `which makes the address ${JSON.stringify(target.href.slice(0, 80))}: following it would run script in the page, ` +
    "so learndash stays on this page. Set pathname (or an http(s) href) to move between pages."
  );
}

/**
 * A Location that mounts with refresh=True (its default) and URL props set in its layout goes
 * where they point, loading the page there: how an app redirects by returning
 * dcc.Location(id="go", pathname="/login"). Without refresh it keeps them and pushes nothing (K-8).
 */
function navigateAtMount(props, update) {
  if ((props.refresh ?? true) !== true) {
    return;
  }
  const set = URL_PROPS.filter((name) => props[name] !== undefined && props[name] !== null);
  if (set.length) {
    update(props, set);
  }
}

/**
 * @param {Object} props
 * @param {Object} api
 * @param {Object} component the live layout object
 */
export function mount(props, api, component) {
  const element = document.createComment("dcc.Location");

  function syncFromBrowser() {
    const url = currentUrl();
    const changed = {};
    for (const name of URL_PROPS) {
      if (component.props[name] !== url[name]) {
        changed[name] = url[name];
      }
    }
    api.setProps(changed);
  }

  function update(next, changed) {
    const written = changed.filter((name) => URL_PROPS.includes(name));
    if (!written.length) {
      return;
    }
    const target = targetOf(next, written);
    if (target.href === window.location.href) {
      // No navigation; a prop a callback set to null is written back from the address bar.
      const url = currentUrl();
      const cleared = written.filter((name) => next[name] === null || next[name] === undefined);
      if (cleared.length) {
        api.setProps(Object.fromEntries(cleared.map((name) => [name, url[name]])));
      }
      return;
    }
    if (isScriptUrl(target.href)) {
      api.renderer.overlay.add({ title: "Blocked navigation", message: blockedMessage(next, written, target) });
      return;
    }
    const refresh = next.refresh ?? true;
    if (refresh === true) {
      window.location.assign(target.href);
      return;
    }
    // refresh=False only pushes: the other URL props (href too) keep their old values.
    window.history.pushState({}, "", target.href);
    if (refresh === "callback-nav") {
      window.dispatchEvent(new CustomEvent(PUSHSTATE_EVENT));
    }
  }

  const mountWrite = {};
  const url = currentUrl();
  for (const name of URL_PROPS) {
    if (props[name] === undefined || props[name] === null) {
      mountWrite[name] = url[name];
    }
  }
  api.setProps(mountWrite);
  navigateAtMount(props, update);
  window.addEventListener("popstate", syncFromBrowser);
  window.addEventListener(PUSHSTATE_EVENT, syncFromBrowser);
  const unmount = () => {
    window.removeEventListener("popstate", syncFromBrowser);
    window.removeEventListener(PUSHSTATE_EVENT, syncFromBrowser);
  };
  return { element, update, unmount };
}
