"""What the browser does when a click submits an `html.Form` (rule K-1).

A button inside a form is a *submit* button unless its `type` says otherwise, so a click on it
first counts (`n_clicks`), then makes the browser load the form's address with the form's named
fields in the query: `html.Form([dcc.Input(name="q", value="ada"), html.Button("Go")])` loads
`/?q=ada`, and the app's page starts again, every edit and callback answer gone. Dash's page and
learndash's page get this from the browser; the headless harness reads it from here.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from ..behaviors import CORE
from ..html import NAMESPACE as HTML
from ..layout import walk_components
from ..protocol import javascript_text

FORM = (HTML, "Form")
#: Components the browser sends in a form's query when they have a `name`.
FIELDS = {(HTML, "Select"), (HTML, "Textarea"), (CORE, "Input"), (CORE, "Textarea")}


def kind_of(component: dict) -> tuple[str | None, str | None]:
    """(namespace, type) of a component on the page, e.g. `FORM`."""
    return component.get("namespace"), component.get("type")


def submitted_form(around: list[dict]) -> tuple[dict, dict] | None:
    """`(form, submitter)` when a click on `around[0]` (the components around it, innermost first)
    submits a form with method GET; None otherwise. The innermost button decides: one of type
    "button" inside a form submits nothing. A POST form is not followed (see the differences page)."""
    for place, node in enumerate(around):
        if kind_of(node) == (HTML, "Button"):
            if str(node["props"].get("type") or "submit").lower() != "submit":
                return None
            form = next((outer for outer in around[place + 1:] if kind_of(outer) == FORM), None)
            if form is None or str(form["props"].get("method") or "get").lower() != "get":
                return None
            return form, node
    return None


def form_fields(form: dict, submitter: dict) -> list[tuple[str, str]]:
    """The (name, value) pairs the browser sends, in page order: every named, enabled field, then
    the clicked button when it has a name."""
    pairs = []
    for _, node in walk_components(form):
        props = node["props"]
        if kind_of(node) in FIELDS and props.get("name") and not props.get("disabled"):
            pairs.append((props["name"], field_text(props.get("value"))))
    if submitter["props"].get("name"):
        pairs.append((submitter["props"]["name"], field_text(submitter["props"].get("value"))))
    return pairs


def field_text(value: Any) -> str:
    """A field's value as the browser sends it: an empty box for None, numbers as JavaScript writes them."""
    return "" if value is None else value if isinstance(value, str) else javascript_text(value)


def submission_address(form: dict, submitter: dict, *, url: str) -> str:
    """The address a GET form loads: its `action` (this page's address by default) read from
    `url`, with the query replaced by the form's fields."""
    action = urlsplit(urljoin(url, form["props"].get("action") or url))
    return urlunsplit(action._replace(query=urlencode(form_fields(form, submitter))))
