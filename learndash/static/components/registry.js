/**
 * Which module mounts which component: html.* share one module; each dcc component has its own.
 */
import * as html from "./html.js";
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
 * The module for a component object ({namespace, type, props}). Unknown core components fall
 * back to a plain <div> of their children, so an app still renders.
 * @returns {{mount: function}}
 */
export function componentModule(component) {
  if (component.namespace === "dash_core_components" && CORE[component.type]) {
    return CORE[component.type];
  }
  return html;
}
