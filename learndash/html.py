"""Every HTML element as a component class, built in a loop from the table in html_elements.py.

`html.Button("Go", "go-button")` is the `<button id="go-button">Go</button>` of the page. Every
element counts its clicks (K-1): once it has an id, a click writes n_clicks (first click: 1)
and n_clicks_timestamp. Until then both read as None in callbacks.
"""
from __future__ import annotations

import keyword

from learndash import component, html_elements

NAMESPACE = "dash_html_components"


def make_element_class(class_name: str, own_attributes: str) -> type[component.Component]:
    """Create the component class for one row of the table, e.g. ("Label", "htmlFor")."""
    own = tuple(own_attributes.split())
    tag = html_elements.TAG_NAMES.get(class_name, class_name.lower())
    # A Python keyword such as `async` cannot be a parameter name, so it is keyword-only.
    positional = (
        html_elements.LEADING_PROPS
        + tuple(name for name in own if not keyword.iskeyword(name))
        + html_elements.GLOBAL_ATTRIBUTES
    )
    every_prop = html_elements.LEADING_PROPS + own + html_elements.GLOBAL_ATTRIBUTES
    attributes_doc = ", ".join(own) if own else "none beyond the global ones"
    return type(class_name, (component.Component,), {
        "__doc__": (
            f"The HTML <{tag}> element (K-1).\n\n"
            f"Call it as html.{class_name}(children, id, **props). "
            f"Its own attributes: {attributes_doc}.\n"
            f"It also takes className, style, title, hidden, the other global attributes, "
            f"data-* / aria-*, and the click counters n_clicks / n_clicks_timestamp."
        ),
        "__module__": __name__,
        "_type": class_name,
        "_namespace": NAMESPACE,
        "_prop_names": component.dash_prop_order(every_prop + html_elements.WILDCARD_ATTRIBUTES),
        "_positional": positional,
        "_js_defaults": dict(html_elements.CLICK_DEFAULTS),
    })


__all__ = list(html_elements.ELEMENTS)

for _class_name, _own_attributes in html_elements.ELEMENTS.items():
    globals()[_class_name] = make_element_class(_class_name, _own_attributes)
del _class_name, _own_attributes
