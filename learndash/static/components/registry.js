/**
 * Which module mounts which component: html.* share one module; each dcc component has its own.
 * Only these registered types mount; anything else in the layout (a dict built from data, a
 * component library learndash does not have) shows a visible error in its place.
 */
import * as html from "./html.js";
import { ELEMENT_NAMES } from "./html_elements.js";
import * as UnknownComponent from "./UnknownComponent.js";
import * as Button from "./Button.js";
import * as Checklist from "./Checklist.js";
import * as Dropdown from "./Dropdown.js";
import * as Graph from "./Graph.js";
import * as Input from "./Input.js";
import * as Interval from "./Interval.js";
import * as Link from "./Link.js";
import * as Loading from "./Loading.js";
import * as Location from "./Location.js";
import * as Markdown from "./Markdown.js";
import * as RadioItems from "./RadioItems.js";
import * as RangeSlider from "./RangeSlider.js";
import * as Slider from "./Slider.js";
import * as Store from "./Store.js";
import * as Tab from "./Tab.js";
import * as Tabs from "./Tabs.js";
import * as Textarea from "./Textarea.js";

const CORE = { Button, Checklist, Dropdown, Graph, Input, Interval, Link, Loading, Location, Markdown, RadioItems, RangeSlider, Slider, Store, Tab, Tabs, Textarea };

/**
 * The module for a component object ({namespace, type, props}): html.js for a known html.*
 * element, the component's own module for a known dcc one, else UnknownComponent.js.
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
  return UnknownComponent;
}
