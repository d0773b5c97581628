"""The core interactive components (dcc.*): their props, positional order and browser defaults.

Each class only declares data; learndash.component.Component does the work. The docstrings
name the K-rule that says what the component writes on its own in the browser. The
`_js_defaults` are what the browser assumes while a prop is unset: they are never sent and
read as None in callbacks until the component writes them (K-0a).

Dash lists the props of components written in TypeScript in declaration order, and those of
components written in JavaScript as `children`, `id`, then alphabetically; `_prop_names`
follows suit, because it decides the key order of the JSON.
"""
from __future__ import annotations

from learndash.component import Component, dash_prop_order

NAMESPACE = "dash_core_components"

PERSISTENCE = ("persistence", "persisted_props", "persistence_type")


class CoreComponent(Component):
    """Base of every dcc class: only fixes the namespace."""

    _namespace = NAMESPACE


class Input(CoreComponent):
    """A text or number box (K-2): writes value as the user types (or on Enter/blur with
    debounce=True), n_submit on Enter and n_blur on blur."""

    _type = "Input"
    _positional = (
        "value", "type", "debounce", "placeholder", "n_submit", "n_submit_timestamp",
        "inputMode", "autoComplete", "readOnly", "required", "autoFocus", "disabled", "list",
        "multiple", "spellCheck", "name", "min", "max", "step", "minLength", "maxLength",
        "pattern", "selectionStart", "selectionEnd", "selectionDirection", "n_blur",
        "n_blur_timestamp", "size", "style", "className", *PERSISTENCE, "id",
    )
    _prop_names = _positional
    _js_defaults = {
        "type": "text", "debounce": False, "n_submit": 0, "n_submit_timestamp": -1,
        "n_blur": 0, "n_blur_timestamp": -1, "inputMode": "verbatim", "autoComplete": "off",
        "step": "any",
    }


class Textarea(CoreComponent):
    """A multi-line text box (K-14): writes value as the user types, n_blur on blur and
    n_clicks on click."""

    _type = "Textarea"
    _positional = (
        "value", "autoFocus", "cols", "disabled", "form", "maxLength", "minLength", "name",
        "placeholder", "readOnly", "required", "rows", "wrap", "accessKey", "contentEditable",
        "contextMenu", "dir", "draggable", "hidden", "lang", "spellCheck", "style", "tabIndex",
        "title", "n_blur", "n_blur_timestamp", "n_clicks", "n_clicks_timestamp", "className",
        *PERSISTENCE, "id",
    )
    _prop_names = dash_prop_order(_positional)
    _js_defaults = {"n_blur": 0, "n_blur_timestamp": -1, "n_clicks": 0, "n_clicks_timestamp": -1}


class Button(CoreComponent):
    """Dash 4's themed button (K-14): like html.Button, a click writes n_clicks + 1 with
    n_clicks_timestamp (K-1); a blur writes n_blur with n_blur_timestamp."""

    _type = "Button"
    _positional = (
        "children", "className", *PERSISTENCE, "id", "type", "autoFocus", "disabled", "form",
        "formAction", "formEncType", "formMethod", "formNoValidate", "formTarget", "name", "value",
        "accessKey", "contentEditable", "dir", "draggable", "hidden", "lang", "role", "spellCheck",
        "style", "tabIndex", "title", "n_blur", "n_blur_timestamp", "n_clicks", "n_clicks_timestamp",
    )
    _prop_names = dash_prop_order(_positional)
    _js_defaults = {"type": "button", "n_blur": 0, "n_blur_timestamp": -1, "n_clicks": 0, "n_clicks_timestamp": -1}


class Dropdown(CoreComponent):
    """A select menu (K-3): writes value (a list when multi) and search_value, and removes a
    value itself when new options no longer contain it."""

    _type = "Dropdown"
    _positional = (
        "options", "value", "multi", "clearable", "searchable", "search_value", "placeholder",
        "disabled", "closeOnSelect", "optionHeight", "maxHeight", "style", "labels",
        "debounce", "search_order", "className", *PERSISTENCE, "id",
    )
    _prop_names = _positional
    _js_defaults = {
        "multi": False, "clearable": True, "searchable": True, "disabled": False,
        "debounce": False, "optionHeight": "auto", "maxHeight": 200,
    }


class Slider(CoreComponent):
    """A one-handle slider (K-4): writes value on release (or while dragging with
    updatemode="drag") and drag_value while dragging; value stays None until moved."""

    _type = "Slider"
    _positional = (
        "min", "max", "step", "marks", "value", "drag_value", "disabled", "dots", "included",
        "reverse", "tooltip", "updatemode", "vertical", "verticalHeight", "allow_direct_input",
        "className", *PERSISTENCE, "id",
    )
    _prop_names = _positional
    _js_defaults = {"updatemode": "mouseup", "verticalHeight": 400, "allow_direct_input": True}


class RangeSlider(CoreComponent):
    """A slider with several handles (K-4): like Slider, but value is a list of numbers."""

    _type = "RangeSlider"
    _positional = (
        "min", "max", "step", "marks", "value", "drag_value", "allowCross", "pushable",
        "disabled", "count", "dots", "included", "reverse", "tooltip", "updatemode", "vertical",
        "verticalHeight", "allow_direct_input", "className", *PERSISTENCE, "id",
    )
    _prop_names = _positional
    _js_defaults = {"updatemode": "mouseup", "verticalHeight": 400, "allow_direct_input": True}


_CHOICE_PROPS = (
    "options", "value", "inline", "style", "inputStyle", "inputClassName", "labelStyle",
    "labelClassName", "className", *PERSISTENCE, "id",
)


class RadioItems(CoreComponent):
    """Radio buttons (K-5): clicking an option writes value, a single option value."""

    _type = "RadioItems"
    _positional = _CHOICE_PROPS
    _prop_names = _positional
    _js_defaults = {"options": [], "inline": False}


class Checklist(CoreComponent):
    """Checkboxes (K-6): value is a list; checking appends in click order, unchecking removes."""

    _type = "Checklist"
    _positional = _CHOICE_PROPS
    _prop_names = _positional
    _js_defaults = {"options": [], "value": [], "inline": False}


class Graph(CoreComponent):
    """A Plotly chart (K-7): writes clickData, hoverData, selectedData, relayoutData and
    restyleData on user events. figure may be a plotly go.Figure or a dict."""

    _type = "Graph"
    _positional = (
        "id", "responsive", "clickData", "clickAnnotationData", "hoverData", "clear_on_unhover",
        "selectedData", "relayoutData", "extendData", "prependData", "restyleData", "figure",
        "style", "className", "mathjax", "animate", "animation_options", "config",
    )
    _prop_names = dash_prop_order(_positional)
    _js_defaults = {
        "figure": {"data": [], "layout": {}, "frames": []}, "responsive": "auto",
        "clear_on_unhover": False, "mathjax": False, "animate": False, "config": {},
    }


class Location(CoreComponent):
    """The browser's address bar (K-8): at mount writes pathname, href, hash and search that
    are unset; writes them again on navigation."""

    _type = "Location"
    _positional = ("id", "pathname", "search", "hash", "href", "refresh")
    _prop_names = dash_prop_order(_positional)
    _required = ("id",)
    _js_defaults = {"refresh": True}


class Store(CoreComponent):
    """Invisible JSON storage (K-9): writes modified_timestamp after every change to data,
    and data itself when storage or clear_data says so."""

    _type = "Store"
    _positional = ("id", "storage_type", "data", "clear_data", "modified_timestamp")
    _prop_names = dash_prop_order(_positional)
    _required = ("id",)
    _js_defaults = {"storage_type": "memory", "clear_data": False, "modified_timestamp": -1}


class Loading(CoreComponent):
    """A spinner around its children while one of them awaits a callback (K-10); writes
    nothing."""

    _type = "Loading"
    _positional = (
        "children", "type", "fullscreen", "debug", "style", "parent_className", "parent_style",
        "overlay_style", "color", "display", "delay_hide", "delay_show", "show_initially",
        "target_components", "custom_spinner", "className", *PERSISTENCE, "id",
    )
    _prop_names = dash_prop_order(_positional)
    _component_props = ("children", "custom_spinner")
    _js_defaults = {"display": "auto", "delay_hide": 0, "delay_show": 0, "show_initially": True}


class Markdown(CoreComponent):
    """Markdown text, a string or a list of strings (K-11); writes nothing."""

    _type = "Markdown"
    _positional = (
        "children", "id", "className", "mathjax", "dangerously_allow_html", "link_target",
        "dedent", "highlight_config", "style",
    )
    _prop_names = dash_prop_order(_positional)
    _js_defaults = {
        "mathjax": False, "dangerously_allow_html": False, "dedent": True,
        "highlight_config": {},
    }


class Interval(CoreComponent):
    """A timer (K-12): every `interval` ms writes n_intervals + 1 (the first tick gives 1),
    until disabled or max_intervals is reached."""

    _type = "Interval"
    _positional = ("id", "interval", "disabled", "n_intervals", "max_intervals")
    _prop_names = dash_prop_order(_positional)
    _js_defaults = {"interval": 1000, "n_intervals": 0, "max_intervals": -1}


class Tabs(CoreComponent):
    """A row of Tab components (K-13): clicking a tab writes value; at mount, an unset value
    becomes the first Tab's value or "tab-1"."""

    _type = "Tabs"
    _positional = (
        "children", "value", "content_className", "parent_className", "style", "parent_style",
        "content_style", "vertical", "mobile_breakpoint", "colors", "className", *PERSISTENCE,
        "id",
    )
    _prop_names = dash_prop_order(_positional)
    _js_defaults = {"vertical": False, "mobile_breakpoint": 800}


class Tab(CoreComponent):
    """One tab inside Tabs (K-13); writes nothing. Without a value it is `"tab-<n>"`, n its position from 1."""

    _type = "Tab"
    _positional = (
        "children", "label", "value", "disabled", "disabled_style", "disabled_className",
        "className", "selected_className", "style", "selected_style", "width", *PERSISTENCE,
        "id",
    )
    _prop_names = dash_prop_order(_positional)
    _component_props = ("children", "label")
    _js_defaults = {"disabled": False}


class Link(CoreComponent):
    """An in-app link (K-14): a click updates dcc.Location without reloading the page,
    unless refresh=True."""

    _type = "Link"
    _positional = (
        "children", "href", "target", "refresh", "title", "className", "style", "id",
        "loading_state",
    )
    _prop_names = _positional
    _required = ("href",)
    _js_defaults = {"refresh": False}


__all__ = [
    "Input", "Textarea", "Button", "Dropdown", "Slider", "RangeSlider", "RadioItems", "Checklist",
    "Graph", "Location", "Store", "Loading", "Markdown", "Interval", "Tabs", "Tab", "Link",
]
