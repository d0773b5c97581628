/**
 * Mounting the layout into the DOM, the part of the renderer only the browser needs (the Python
 * model in learndash/renderer.py keeps props and never draws). Each component object in the tree
 * is mounted once as an *instance* {element, update(props, changed), unmount()} by its module in
 * components/, and remembered by object identity, so the page's writes (renderer.js) can update it.
 */
import { isComponent, walkComponents } from "./layout.js";
import { outputPropIds } from "./callback_graph.js";
import { parseId } from "./protocol.js";
import { componentModule } from "./components/registry.js";

/**
 * Dash's dcc loads these components' code on first use, in chunks shared by kind, so they mount
 * after the requests of the page load (or of the first insertion) were sent (R-6); only the ones
 * that write as they mount are listed (mirrors behaviors.LAZY_CHUNKS).
 */
const LAZY_CHUNKS = { Dropdown: "dropdown", Slider: "slider", RangeSlider: "slider" };

export class Mounter {
  /**
   * @param {Page} page the page (renderer.js) whose layout is drawn: components write through it
   */
  constructor(page) {
    this.page = page;
    this.instances = new Map();
    this.loadingWatchers = new Set();
    this.componentsBusy = 0;
  }

  /**
   * DOM for any children value: components are mounted, strings and numbers become text nodes
   * (never HTML), null and booleans render nothing, arrays render each item.
   * @returns {DocumentFragment}
   */
  renderValue(value) {
    const fragment = document.createDocumentFragment();
    if (Array.isArray(value)) {
      value.forEach((item) => fragment.appendChild(this.renderValue(item)));
    } else if (isComponent(value)) {
      fragment.appendChild(this.mount(value).element);
    } else if (typeof value === "string" || typeof value === "number") {
      fragment.appendChild(document.createTextNode(String(value)));
    }
    return fragment;
  }

  /** Mount one component object with its module; the instance is remembered by object identity. */
  mount(component) {
    const module = componentModule(component);
    const api = {
      setProps: (props) => this.page.setProps(component, props),
      renderChildren: (value) => this.renderValue(value),
      instanceOf: (child) => this.instances.get(child),
      unmountChildren: (value) => this.unmount(value),
      adopt: (child, instance) => this.instances.set(child, instance),
      track: (promise) => this.track(promise),
      afterRequestsSent: (write) => this.page.mountLate(write, LAZY_CHUNKS[component.type] || component.type),
      isLoadingWithin: (element) => this.isLoadingWithin(element),
      watchLoading: (refresh) => this.watchLoading(refresh),
      renderer: this.page,
    };
    const instance = module.mount(component.props, api, component);
    this.instances.set(component, instance);
    return instance;
  }

  /**
   * Count a component's asynchronous work (plotly.js loading, a figure drawing) as pending, the
   * way Dash holds callbacks of lazily loaded components in `blocked`.
   * @param {Promise} promise
   */
  track(promise) {
    this.componentsBusy += 1;
    const done = () => {
      this.componentsBusy -= 1;
    };
    promise.then(done, done);
    return promise;
  }

  /** Forget every instance under a children value (stop timers and listeners). */
  unmount(value) {
    walkComponents(value, [], (path, component) => {
      const instance = this.instances.get(component);
      if (instance && instance.unmount) {
        instance.unmount();
      }
      this.instances.delete(component);
    });
  }

  /**
   * Is any component inside `element` an output of an in-flight request (dcc.Loading, rule K-10)?
   * @param {Node} element
   * @returns {boolean}
   */
  isLoadingWithin(element) {
    const page = this.page;
    for (const request of page.scheduler.executing) {
      for (const output of outputPropIds(request, page.index)) {
        const component = page.componentById(parseId(output.slice(0, output.lastIndexOf("."))));
        const instance = component && this.instances.get(component);
        if (instance && element.contains(instance.element)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Call `refresh` whenever the requests in flight change (dcc.Loading redraws its spinner).
   * @param {function(): void} refresh
   * @returns {function(): void} stops the calls, for the component's unmount
   */
  watchLoading(refresh) {
    this.loadingWatchers.add(refresh);
    return () => this.loadingWatchers.delete(refresh);
  }

  /** The requests in flight changed: every dcc.Loading checks its spinner (rule C-6 step 5). */
  refreshLoading() {
    this.loadingWatchers.forEach((refresh) => refresh());
  }
}
