/**
 * Which module mounts which component: html.* share one module; each dcc component has its own.
 * Only these registered types mount; anything else in the layout (a dict built from data, a
 * component library learndash does not have) shows a visible error in its place.
 *
 * The larger dcc components most pages do without (LATER) are not in the page's bundle: their
 * modules are imported when a layout holds them, as Dash loads its component chunks on demand.
 * The page loads those of its first layout before it renders (the server has the browser fetch
 * them with the bundle); one that a callback returns later mounts a stand-in, replaced by the
 * component once its module is there.
 */
import * as html from "./html.js";
import { ELEMENT_NAMES } from "./html_elements.js";
import * as UnknownComponent from "./UnknownComponent.js";
import * as Button from "./Button.js";
import * as Checklist from "./Checklist.js";
import * as Input from "./Input.js";
import * as Interval from "./Interval.js";
import * as Link from "./Link.js";
import * as Loading from "./Loading.js";
import * as Location from "./Location.js";
import * as RadioItems from "./RadioItems.js";
import * as RangeSlider from "./RangeSlider.js";
import * as Slider from "./Slider.js";
import * as Store from "./Store.js";
import * as Tab from "./Tab.js";
import * as Textarea from "./Textarea.js";
import { walkComponents } from "../layout.js";

const CORE = { Button, Checklist, Input, Interval, Link, Loading, Location, RadioItems, RangeSlider, Slider, Store, Tab, Textarea };

const LATER = {
  Dropdown: () => import("./Dropdown.js"),
  Graph: () => import("./Graph.js"),
  Markdown: () => import("./Markdown.js"),
  Tabs: () => import("./Tabs.js"),
};

/** The LATER modules imported so far, by component type. */
const loaded = {};

function isLater(component) {
  return component.namespace === "dash_core_components" && Object.hasOwn(LATER, component.type);
}

async function load(type) {
  loaded[type] = await LATER[type]();
  return loaded[type];
}

/**
 * Import the modules of the LATER components in a layout that are not loaded yet.
 * @param {*} layout a component tree (the page's first layout)
 * @returns {Promise} settled when they are loaded
 */
export function loadModulesFor(layout) {
  const types = new Set();
  walkComponents(layout, [], (path, component) => {
    if (isLater(component) && !Object.hasOwn(loaded, component.type)) {
      types.add(component.type);
    }
  });
  return Promise.all([...types].map(load));
}

/**
 * The stand-in for a LATER component whose module is not loaded yet: an empty hidden element
 * that the component replaces once its module is there (counted as pending until then, like
 * plotly.js loading), unless it was unmounted meanwhile. The component mounts with its props
 * of that moment, so updates in between are not lost.
 */
const StandIn = {
  mount(props, api, component) {
    const element = document.createElement("div");
    element.hidden = true;
    let unmounted = false;
    api.track(
      load(component.type).then(() => {
        if (!unmounted) {
          element.replaceWith(api.renderChildren(component));
        }
      }),
    );
    return {
      element,
      update() {},
      unmount() {
        unmounted = true;
      },
    };
  },
};

/**
 * The module for a component object ({namespace, type, props}): html.js for a known html.*
 * element, the component's own module for a known dcc one (or its stand-in while a LATER one
 * loads), else UnknownComponent.js.
 * @returns {{mount: function}}
 */
export function componentModule(component) {
  const { namespace, type } = component;
  if (namespace === "dash_html_components" && ELEMENT_NAMES.has(type)) {
    return html;
  }
  if (namespace === "dash_core_components" && Object.hasOwn(CORE, type)) {
    return CORE[type];
  }
  if (isLater(component)) {
    return Object.hasOwn(loaded, type) ? loaded[type] : StandIn;
  }
  return UnknownComponent;
}
